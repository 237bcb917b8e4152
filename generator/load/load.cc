#include "load/load.h"

#include "base/diagnostic_codes.h"
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

void ReportUnread(const SiteSources& sources, Diagnostics& diags) {
  for (const DirEntry& e : sources.unread) {
    if (e.kind == DirEntry::Kind::kLink) {
      diags.Error(
          kNotARegularFile, e.path, 0, 0,
          e.link_to_folder
              ? Said{"this is a symbolic link to a folder: nothing in it is "
                     "read",
                     "这是指向文件夹的符号链接，其中的文件都不会被读取"}
              : Said{"this is a symbolic link, not a file: it is not read",
                     "这是符号链接，不是文件，不会被读取"},
          {"put the file (or folder) itself here instead of the link, or "
           "remove the link",
           "用文件（或文件夹）本身替换这个链接，或删除这个链接"});
    } else {
      diags.Error(kNotARegularFile, e.path, 0, 0,
                  {"this is a FIFO, socket or device, not a file: it is not "
                   "read",
                   "这是命名管道、套接字或设备，不是文件，不会被读取"},
                  {"remove it, or put a file of that name here",
                   "删除它，或在这里放一个同名的文件"});
    }
  }
}

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

  auto content = fs.ListEntries(JoinPath(root, "content"));
  if (!content.ok()) return content.status();
  for (const DirEntry& entry : *content) {
    const std::string& rel = entry.path;
    const std::string path = "content/" + rel;
    const bool read = EndsWith(rel, ".md") ||
                      (StartsWith(rel, "schemas/") && EndsWith(rel, ".yaml"));
    if (entry.kind != DirEntry::Kind::kFile) {
      // Never opened: a FIFO would block the build, a link could reach
      // outside the site. Said where a document (or a folder) would be.
      if (read || entry.link_to_folder) {
        src.unread.push_back({path, entry.kind, entry.link_to_folder});
      }
      continue;
    }
    if (StartsWith(rel, "schemas/")) {
      if (EndsWith(rel, ".yaml")) {
        src.schemas.emplace_back();
        s = ReadInto(fs, root, path, src.schemas.back());
        if (!s.ok()) return s;
      }
    } else if (EndsWith(rel, ".md")) {
      src.documents.emplace_back();
      if (entry.size > opts.max_file_bytes) {
        // Refused by its size alone (D105): a huge file is never read.
        src.documents.back().path = path;
        src.documents.back().unread_bytes = entry.size;
        continue;
      }
      s = ReadInto(fs, root, path, src.documents.back());
      if (!s.ok()) return s;
    }
  }

  src.theme_root = "themes/" + opts.theme;
  const std::string theme_dir = JoinPath(root, src.theme_root);
  if (!fs.IsDirectory(theme_dir)) {
    return Status::Error("theme not found: " + theme_dir);
  }
  auto theme = fs.ListEntries(theme_dir);
  if (!theme.ok()) return theme.status();
  for (const DirEntry& entry : *theme) {
    const std::string path = src.theme_root + "/" + entry.path;
    if (entry.kind != DirEntry::Kind::kFile) {
      src.unread.push_back({path, entry.kind, entry.link_to_folder});
      continue;
    }
    src.theme.emplace_back();
    s = ReadInto(fs, root, path, src.theme.back());
    if (!s.ok()) return s;
  }
  return src;
}

}  // namespace disclose
