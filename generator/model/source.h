// SourceFile: a file as `load` read it. Nothing downstream touches the disk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/file_system.h"

namespace disclose {

struct SourceFile {
  std::string path;  // relative to the site root, e.g. "content/fees/2005/x.md"
  std::string text;  // raw bytes as read
  // The size on disk of a file load did not read because it is larger than
  // the limit (LoadOptions::max_file_bytes); 0 for a file that was read.
  uint64_t unread_bytes = 0;
};

// Everything a build reads, gathered by LoadSite.
struct SiteSources {
  SourceFile site_config;             // content/site.yaml
  SourceFile departments;             // content/departments.yaml
  std::vector<SourceFile> schemas;    // content/schemas/*.yaml, sorted
  std::vector<SourceFile> documents;  // content/**/*.md, sorted by path
  std::vector<SourceFile> theme;      // themes/<name>/**, sorted by path
  std::string theme_root;             // "themes/<name>"
  // What stands where a document, a schema, a theme file or a folder of
  // them would be, but is a symbolic link or a special file (FIFO, socket,
  // device): never opened, reported (D111). Paths relative to the site root.
  std::vector<DirEntry> unread;
};

}  // namespace disclose
