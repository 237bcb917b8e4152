// site: from validated documents to every file of the website, in memory.
// Page data is built here; the theme's templates turn it into HTML.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "config/config.h"
#include "model/document.h"
#include "model/output.h"
#include "model/site_history.h"
#include "templating/theme.h"

namespace disclose {

// REQUIRES: docs passed validation (no errors), sorted by source path.
// Returns every file of the site, sorted by path. Deterministic: the same
// input gives byte-identical output.
// history: versions and publications for the history pages, the updates
// page and the line on every document; null when there is none.
StatusOr<std::vector<OutputFile>> RenderSite(const Config& config,
                                             const std::vector<Document>& docs,
                                             const Theme& theme,
                                             const SiteHistory* history = nullptr);

// Fee table downloads (exposed for tests).
std::string FeeTableCsv(const FeeTable& table);
Value FeeTableJson(const Document& doc, const FeeTable& table);

}  // namespace disclose
