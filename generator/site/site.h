// site: from validated documents to every file of the website, in memory.
// Page data is built here; the theme's templates turn it into HTML.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "config/config.h"
#include "model/document.h"
#include "templating/theme.h"

namespace disclose {

struct OutputFile {
  std::string path;  // relative to the output root, e.g. "fees/2005/x/index.html"
  std::string data;
};

// REQUIRES: docs passed validation (no errors), sorted by source path.
// Returns every file of the site, sorted by path. Deterministic: the same
// input gives byte-identical output.
StatusOr<std::vector<OutputFile>> RenderSite(const Config& config,
                                             const std::vector<Document>& docs,
                                             const Theme& theme);

// Fee table downloads (exposed for tests).
std::string FeeTableCsv(const FeeTable& table);
Value FeeTableJson(const Document& doc, const FeeTable& table);
// The structured record of a document written beside its page (index.json).
Value DocumentRecord(const Document& doc);

}  // namespace disclose
