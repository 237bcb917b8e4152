// document_page: a document as citizens read it: its metadata table (the
// fields of its schema, with links to its department, category, type and
// the documents it names), banners when it is withdrawn, expired, repealed
// or an earlier version, the documents it repealed, its text, and links to
// its fee tables' downloads.
#pragma once

#include <vector>

#include "model/document.h"
#include "model/site_history.h"
#include "site/context.h"
#include "site/page.h"

namespace disclose {

// REQUIRES: doc's type has a schema in ctx.config. replaces: the documents
// doc repealed. With `frozen`, the page of that earlier version (of
// version_count) at <url>v/<n>/, with a banner and without downloads;
// otherwise the current page, with the line about its history.
Page DocumentPage(const SiteContext& ctx, const Document& doc,
                  const std::vector<const Document*>& replaces,
                  const DocumentVersion* frozen = nullptr,
                  int version_count = 0);

}  // namespace disclose
