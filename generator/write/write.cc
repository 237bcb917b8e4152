#include "write/write.h"

#include <set>


namespace disclose {

Status WriteSite(FileSystem& fs, const std::string& out_dir,
                 const std::vector<OutputFile>& files,
                 const WriteOptions& opts) {
  std::string dir = out_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  const std::string fresh = dir + ".disclose-new";
  const std::string old = dir + ".disclose-old";
  Status s = fs.RemoveAll(fresh);
  if (!s.ok()) return s;
  s = fs.MakeDirectories(fresh);
  if (!s.ok()) return s;
  // Every directory first, so that writing a file is one open().
  std::set<std::string> dirs;
  for (const auto& f : files) {
    size_t slash = f.path.rfind('/');
    if (slash != std::string::npos) dirs.insert(f.path.substr(0, slash));
  }
  for (const auto& d : dirs) {
    s = fs.MakeDirectories(JoinPath(fresh, d));
    if (!s.ok()) {
      fs.RemoveAll(fresh);
      return s;
    }
  }
  for (const auto& f : files) {
    s = fs.WriteFile(JoinPath(fresh, f.path), f.data, opts.sync);
    if (!s.ok()) {
      fs.RemoveAll(fresh);
      return s;
    }
  }
  if (!fs.IsDirectory(dir)) return fs.Rename(fresh, dir);

  const std::string git = JoinPath(dir, ".git");
  const bool has_git = fs.IsDirectory(git) || fs.IsFile(git);
  if (has_git) {
    s = fs.Rename(git, JoinPath(fresh, ".git"));
    if (!s.ok()) {
      fs.RemoveAll(fresh);
      return s;
    }
  }
  fs.RemoveAll(old);
  s = fs.Rename(dir, old);
  if (s.ok()) s = fs.Rename(fresh, dir);
  if (!s.ok()) {
    // Put the previous output back as it was.
    if (!fs.IsDirectory(dir) && fs.IsDirectory(old)) fs.Rename(old, dir);
    if (has_git) fs.Rename(JoinPath(fresh, ".git"), git);
    fs.RemoveAll(fresh);
    return s;
  }
  return fs.RemoveAll(old);
}

}  // namespace disclose
