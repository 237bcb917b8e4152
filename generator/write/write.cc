#include "write/write.h"

#include <set>

namespace disclose {

namespace {

// Writes `files` (and the marker) into the new directory `root`.
Status WriteTree(FileSystem& fs, const std::string& root,
                 const std::vector<OutputFile>& files,
                 const WriteOptions& opts) {
  Status s = fs.MakeDirectories(root);
  if (!s.ok()) return s;
  // Every directory first, so that writing a file is one open().
  std::set<std::string> dirs;
  for (const auto& f : files) {
    size_t slash = f.path.rfind('/');
    if (slash != std::string::npos) dirs.insert(f.path.substr(0, slash));
  }
  for (const auto& d : dirs) {
    s = fs.MakeDirectories(JoinPath(root, d));
    if (!s.ok()) return s;
  }
  for (const auto& f : files) {
    s = fs.WriteFile(JoinPath(root, f.path), f.data, false);
    if (!s.ok()) return s;
  }
  if (!opts.marker) return Status::Ok();
  return fs.WriteFile(JoinPath(root, kBuildMarkerName), kBuildMarkerText,
                      false);
}

// Puts `fresh` in the place of the existing `dir`, and the previous tree
// below `temp`. On failure dir is as it was, unless *stranded is set: then
// the previous tree could not be put back and is still below temp (the
// message says where).
Status Swap(FileSystem& fs, const std::string& dir, const std::string& fresh,
            const std::string& temp, bool* stranded) {
  auto exchanged = fs.Exchange(fresh, dir);
  if (!exchanged.ok()) return exchanged.status();
  if (*exchanged) return Status::Ok();
  // The kernel cannot swap here: two renames, the previous tree first into
  // this run's own temporary directory, where no name can be taken.
  const std::string previous = JoinPath(temp, "previous");
  Status s = fs.Rename(dir, previous);
  if (!s.ok()) return s;
  s = fs.Rename(fresh, dir);
  if (s.ok() || fs.Rename(previous, dir).ok()) return s;
  *stranded = true;
  return Status::Error(s.message() + "; the previous output is now at " +
                       previous);
}

}  // namespace

Status WriteSite(FileSystem& fs, const std::string& out_dir,
                 const std::vector<OutputFile>& files,
                 const WriteOptions& opts) {
  std::string dir = out_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  auto temp = fs.MakeTempDirectory(dir + ".disclose-new-");
  if (!temp.ok()) return temp.status();
  // One level down: the temporary directory itself is private (mkdtemp),
  // the tree in it gets the usual permissions.
  const std::string fresh = JoinPath(*temp, "site");
  bool stranded = false;
  Status s = WriteTree(fs, fresh, files, opts);
  if (s.ok()) {
    s = fs.IsDirectory(dir) ? Swap(fs, dir, fresh, *temp, &stranded)
                            : fs.Rename(fresh, dir);
  }
  // Never remove what the user had: what could not be put back stays.
  if (stranded) return s;
  Status removed = fs.RemoveAll(*temp);
  return s.ok() ? removed : s;
}

}  // namespace disclose
