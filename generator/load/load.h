// load: reads every file a build needs, and nothing else touches the disk
// before `write`.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/status.h"
#include "model/source.h"

namespace disclose {

struct LoadOptions {
  std::string site_root = ".";    // holds content/ and themes/
  std::string theme = "default";  // themes/<theme>/
  // A document or schema larger than this is not read (its size, from the
  // listing, is kept for the D105 that validation reports).
  uint64_t max_file_bytes = uint64_t{2} * 1024 * 1024;
};

// Fails (environment error) when content/site.yaml, content/departments.yaml
// or the theme folder is missing, or a file cannot be read.
StatusOr<SiteSources> LoadSite(const FileSystem& fs, const LoadOptions& opts);

// D111 for each of sources.unread: a link or a special file where a
// document, schema, theme file or folder of them would be.
void ReportUnread(const SiteSources& sources, Diagnostics& diags);

}  // namespace disclose
