// SourceFile: a file as `load` read it. Nothing downstream touches the disk.
#pragma once

#include <string>
#include <vector>

namespace disclose {

struct SourceFile {
  std::string path;  // relative to the site root, e.g. "content/fees/2005/x.md"
  std::string text;  // raw bytes as read
};

// Everything a build reads, gathered by LoadSite.
struct SiteSources {
  SourceFile site_config;             // content/site.yaml
  SourceFile departments;             // content/departments.yaml
  std::vector<SourceFile> schemas;    // content/schemas/*.yaml, sorted
  std::vector<SourceFile> documents;  // content/**/*.md, sorted by path
  std::vector<SourceFile> theme;      // themes/<name>/**, sorted by path
  std::string theme_root;             // "themes/<name>"
};

}  // namespace disclose
