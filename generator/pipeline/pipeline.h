// pipeline: the whole tool in one page.
//   load -> config -> validate (front matter, fields, markdown, fee tables)
//   -> across documents -> theme -> render site -> write
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/status.h"
#include "config/config.h"
#include "load/load.h"
#include "model/document.h"
#include "validate/validate.h"

namespace disclose {

struct PipelineOptions {
  LoadOptions load;          // where the site is
  ValidateOptions validate;  // today's date for future-date warnings
  bool strict = false;       // warnings fail the build too
  std::string out_dir = "public";  // `build` writes here (site-relative if
                                   // not absolute)
};

// The validated site: what `check` reports and `build` renders.
struct CheckedSite {
  SiteSources sources;
  Config config;
  std::vector<Document> documents;  // sorted by source path
  Diagnostics diagnostics;          // sorted
  bool failed = false;              // errors, or warnings under strict
};

struct BuildStats {
  int documents = 0;
  int pages = 0;   // HTML pages written
  int files = 0;   // all files written
};

// Environment problems (no site, unreadable files) are a failed Status;
// problems with the content are diagnostics in the result.
StatusOr<CheckedSite> CheckSite(const FileSystem& fs,
                                const PipelineOptions& opts);

// Checks, and when the site is valid renders it and replaces out_dir.
// `site` receives the checked site either way.
StatusOr<BuildStats> BuildSite(FileSystem& fs, const PipelineOptions& opts,
                               CheckedSite* site);

// The output directory of opts, resolved against the site root.
std::string OutputDirectory(const PipelineOptions& opts);

}  // namespace disclose
