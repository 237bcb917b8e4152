// pagination: a long list of documents split into pages of the site's
// page_size, at <list>/, <list>/page/2/, ... Each page links to the
// previous and next ones and to page numbers: all of them for a short
// list; for a long one the first, the last and those near the current
// page, so that every page's navigation stays short.
#pragma once

#include <string>
#include <vector>

#include "base/value.h"
#include "site/context.h"

namespace disclose {

// Up to this many pages, every page links to every other.
inline constexpr size_t kAllPageNumbers = 10;
// Beyond, a page links to the numbers this close to its own.
inline constexpr size_t kNearPageNumbers = 2;

// How many pages `items` take at page_size a page: at least one.
size_t PageCount(size_t items, size_t page_size);

// Page n of the list at base_url: base_url itself for page 1, else
// base_url + "page/<n>/".
std::string ListPageUrl(const std::string& base_url, size_t n);

// The page numbers page `current` (1-based) of `pages` shows, in order,
// with 0 where numbers are left out. A gap never stands for one number
// alone.
std::vector<size_t> PageNumbers(size_t current, size_t pages);

// REQUIRES: pages > 1. The navigation of page `current`: {prev: {url},
// next: {url}, pages: [{number, url, current} or {gap}]}.
Value PaginationNav(const SiteContext& ctx, const std::string& base_url,
                    size_t current, size_t pages);

}  // namespace disclose
