// versions: the published versions of a document as its pages name and
// link them: history/ (every version), v/<n>/ (version n as it was),
// diff/<n>/ (version n against n-1).
#pragma once

#include <string>
#include <vector>

#include "base/value.h"
#include "model/document.h"
#include "model/site_history.h"
#include "site/context.h"

namespace disclose {

// doc's versions, oldest first, or null when the site has no history of it.
const std::vector<DocumentVersion>* VersionsOf(const SiteContext& ctx,
                                               const Document& doc);

// "第 2 版", "version 2".
std::string VersionLabel(const SiteContext& ctx, int n);

// Site-relative addresses of doc's history page, of version n and of the
// comparison of version n with n-1.
std::string HistoryUrl(const Document& doc);
std::string VersionUrl(const Document& doc, int n);
std::string DiffUrl(const Document& doc, int n);

// The line under a document's title: published, last updated, how many
// updates, linking to its history page. Null when it has no versions.
Value HistoryLine(const SiteContext& ctx, const Document& doc);

}  // namespace disclose
