// history_pages: the pages of a document's published versions (see
// site/versions.h): its history, each version as it was, and each
// version compared with the one before it, field by field, fee row by fee
// row, and its text character by character.
#pragma once

#include <vector>

#include "base/text_diff.h"
#include "base/value.h"
#include "model/document.h"
#include "site/context.h"
#include "site/page.h"

namespace disclose {

// REQUIRES: doc is current, its type has a schema. history/, v/<n>/ for
// every version and diff/<n>/ for every version after the first; none when
// the site has no history of doc. replaces: as for DocumentPage.
std::vector<Page> HistoryPages(const SiteContext& ctx, const Document& doc,
                               const std::vector<const Document*>& replaces);

// The text compared by character as the template "text-diff" shows it:
// spans {is_equal | is_insert | is_delete, text}, and for a long unchanged
// stretch {is_skip, head, skip_text, tail}: its ends and how much is left
// out between them, so that the changes stand out.
Value TextDiffSpans(const SiteContext& ctx, const std::vector<DiffSpan>& spans);

}  // namespace disclose
