#include "load/load.h"

#include "base/text.h"

namespace disclose {

namespace {

Status ReadInto(const FileSystem& fs, const std::string& root,
                const std::string& rel, SourceFile& out) {
  auto text = fs.ReadFile(JoinPath(root, rel));
  if (!text.ok()) return text.status();
  out.path = rel;
  out.text = std::move(*text);
  return Status::Ok();
}

}  // namespace

StatusOr<SiteSources> LoadSite(const FileSystem& fs, const LoadOptions& opts) {
  const std::string& root = opts.site_root;
  SiteSources src;
  for (const char* required :
       {"content/site.yaml", "content/departments.yaml"}) {
    if (!fs.IsFile(JoinPath(root, required))) {
      return Status::Error("no site here: " + JoinPath(root, required) +
                           " does not exist (use --site DIR)");
    }
  }
  Status s = ReadInto(fs, root, "content/site.yaml", src.site_config);
  if (!s.ok()) return s;
  s = ReadInto(fs, root, "content/departments.yaml", src.departments);
  if (!s.ok()) return s;

  auto content = fs.ListFiles(JoinPath(root, "content"));
  if (!content.ok()) return content.status();
  for (const auto& rel : *content) {
    const std::string path = "content/" + rel;
    if (StartsWith(rel, "schemas/")) {
      if (EndsWith(rel, ".yaml")) {
        src.schemas.emplace_back();
        s = ReadInto(fs, root, path, src.schemas.back());
        if (!s.ok()) return s;
      }
    } else if (EndsWith(rel, ".md")) {
      src.documents.emplace_back();
      s = ReadInto(fs, root, path, src.documents.back());
      if (!s.ok()) return s;
    }
  }

  src.theme_root = "themes/" + opts.theme;
  const std::string theme_dir = JoinPath(root, src.theme_root);
  if (!fs.IsDirectory(theme_dir)) {
    return Status::Error("theme not found: " + theme_dir);
  }
  auto theme = fs.ListFiles(theme_dir);
  if (!theme.ok()) return theme.status();
  for (const auto& rel : *theme) {
    src.theme.emplace_back();
    s = ReadInto(fs, root, src.theme_root + "/" + rel, src.theme.back());
    if (!s.ok()) return s;
  }
  return src;
}

}  // namespace disclose
