#include "pipeline/output_dir.h"

#include <vector>

#include "write/write.h"

namespace disclose {

namespace {

constexpr char kChooseAnother[] =
    ". Choose a new folder, e.g. --out site-preview";

// A folder build must never replace, nor any folder holding it, nor
// (unless `inside` is empty) a folder inside it.
struct Place {
  std::vector<std::string> paths;  // canonical: where it is, where it leads
  std::string is;                  // "that is the site's content folder"
  std::string holds;               // "that folder holds the site"
  std::string inside;              // "that is inside the ..."; "": allowed
  std::string loses;               // what replacing it would do
  std::string loses_inside;        // what replacing a folder inside would do
};

// Whether canonical `path` is `dir` or below it.
bool Within(const std::string& path, const std::string& dir) {
  if (path == dir) return true;
  if (dir == "/") return !path.empty() && path[0] == '/';
  // In memory, relative paths stay relative and "." holds them all.
  if (dir == ".") return !path.empty() && path[0] != '/';
  return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
         path[dir.size()] == '/';
}

// Where `path` itself is, with its last part not followed when it is a
// symbolic link, and where it leads: both canonical.
std::vector<std::string> BothEnds(const FileSystem& fs,
                                  const std::string& path) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  const size_t slash = p.rfind('/');
  const std::string name = slash == std::string::npos ? p : p.substr(slash + 1);
  const std::string target = fs.Canonical(p);
  if (name.empty() || name == "." || name == "..") return {target};
  const std::string parent = slash == std::string::npos ? "."
                             : slash == 0               ? "/"
                                                        : p.substr(0, slash);
  return {JoinPath(fs.Canonical(parent), name), target};
}

std::vector<Place> ProtectedPlaces(const FileSystem& fs,
                                   const PipelineOptions& opts) {
  const std::string& root = opts.load.site_root;
  const std::string kept = "it must stay as it was published";
  const std::string published =
      "the published site's folder, which only disclose publish writes";
  const std::string history = "it would destroy the publication history";
  const std::string store =
      "the published site's store, where disclose publish keeps its history";
  return {
      {BothEnds(fs, root), "that is the site itself",
       "that folder holds the site", "",
       "it would replace every document, site.yaml and the theme", ""},
      {BothEnds(fs, JoinPath(root, "content")),
       "that is the site's content folder",
       "that folder holds the site's content folder",
       "that is inside the site's content folder",
       "it would replace every document", "it would replace documents"},
      {BothEnds(fs, JoinPath(root, "themes")),
       "that is the site's themes folder",
       "that folder holds the site's themes folder",
       "that is inside the site's themes folder", "it would replace the theme",
       "it would replace theme files"},
      {BothEnds(fs, PublishedDirectory(opts)), "that is " + published,
       "that folder holds the published site", "that is inside " + published,
       kept, kept},
      {BothEnds(fs, PublishedStoreDirectory(opts)), "that is " + store,
       "that folder holds " + store, "that is inside " + store, history,
       history},
  };
}

Status Refuse(const std::string& out_dir, const std::string& reason,
              const std::string& loses) {
  return Status::Error("--out " + out_dir + ": " + reason +
                       "; build refuses to write there (" + loses + ")" +
                       kChooseAnother);
}

// The protected place `out` is, else the one it is inside of, else the one
// it holds: the most telling reason first.
Status CheckPlaces(const std::vector<Place>& places, const std::string& out,
                   const std::string& out_dir) {
  for (const Place& place : places) {
    for (const std::string& path : place.paths) {
      if (out == path) return Refuse(out_dir, place.is, place.loses);
    }
  }
  for (const Place& place : places) {
    for (const std::string& path : place.paths) {
      if (!place.inside.empty() && Within(out, path)) {
        return Refuse(out_dir, place.inside, place.loses_inside);
      }
    }
  }
  for (const Place& place : places) {
    for (const std::string& path : place.paths) {
      if (Within(path, out)) return Refuse(out_dir, place.holds, place.loses);
    }
  }
  return Status::Ok();
}

// What is at `out` now: nothing, an empty folder or an earlier build.
Status CheckContents(const FileSystem& fs, const std::string& out,
                     const std::string& out_dir) {
  if (!fs.Exists(out)) return Status::Ok();
  if (!fs.IsDirectory(out)) {
    return Status::Error("--out " + out_dir +
                         ": that is a file, not a folder; build refuses to "
                         "replace it" +
                         kChooseAnother);
  }
  if (fs.Exists(JoinPath(out, ".git"))) {
    return Refuse(out_dir, "that folder is a git repository (it holds .git)",
                  "it would replace the repository and its history");
  }
  auto names = fs.ListDirectory(out);
  if (!names.ok()) return names.status();
  if (names->empty() || fs.IsFile(JoinPath(out, kBuildMarkerName))) {
    return Status::Ok();
  }
  return Refuse(out_dir,
                "that folder is not empty and was not written by disclose "
                "build",
                "it would replace everything in it");
}

}  // namespace

StatusOr<std::string> CheckOutputDirectory(const FileSystem& fs,
                                           const PipelineOptions& opts,
                                           const std::string& out_dir) {
  PipelineOptions resolved = opts;
  resolved.out_dir = out_dir;
  const std::string out = fs.Canonical(OutputDirectory(resolved));
  Status s = CheckPlaces(ProtectedPlaces(fs, opts), out, out_dir);
  if (s.ok()) s = CheckContents(fs, out, out_dir);
  if (!s.ok()) return s;
  return out;
}

}  // namespace disclose
