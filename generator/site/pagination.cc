#include "site/pagination.h"

#include <algorithm>

namespace disclose {

namespace {

Value UrlValue(const std::string& url) {
  Value v = Value::Map();
  v.Set("url", url);
  return v;
}

}  // namespace

size_t PageCount(size_t items, size_t page_size) {
  if (page_size == 0) return 1;
  return std::max<size_t>(1, (items + page_size - 1) / page_size);
}

std::string ListPageUrl(const std::string& base_url, size_t n) {
  return n == 1 ? base_url : base_url + "page/" + std::to_string(n) + "/";
}

std::vector<size_t> PageNumbers(size_t current, size_t pages) {
  std::vector<size_t> out;
  if (pages <= kAllPageNumbers) {
    for (size_t n = 1; n <= pages; ++n) out.push_back(n);
    return out;
  }
  // The first, the last, and those near current: a handful, whatever the
  // length of the list.
  std::vector<size_t> shown = {1};
  const size_t low =
      current > kNearPageNumbers + 1 ? current - kNearPageNumbers : 2;
  const size_t high = std::min(pages - 1, current + kNearPageNumbers);
  for (size_t n = low; n <= high; ++n) shown.push_back(n);
  shown.push_back(pages);
  for (size_t i = 0; i < shown.size(); ++i) {
    const size_t left_out = i ? shown[i] - shown[i - 1] - 1 : 0;
    // A gap for one number would be no shorter than the number.
    if (left_out == 1) out.push_back(shown[i] - 1);
    if (left_out > 1) out.push_back(0);
    out.push_back(shown[i]);
  }
  return out;
}

Value PaginationNav(const SiteContext& ctx, const std::string& base_url,
                    size_t current, size_t pages) {
  Value nav = Value::Map();
  if (current > 1) {
    nav.Set("prev", UrlValue(ctx.Link(ListPageUrl(base_url, current - 1))));
  }
  if (current < pages) {
    nav.Set("next", UrlValue(ctx.Link(ListPageUrl(base_url, current + 1))));
  }
  Value numbers = Value::List();
  for (size_t n : PageNumbers(current, pages)) {
    Value item = Value::Map();
    if (n == 0) {
      item.Set("gap", true);
    } else {
      item.Set("number", Count(n));
      item.Set("url", ctx.Link(ListPageUrl(base_url, n)));
      if (n == current) item.Set("current", true);
    }
    numbers.Push(std::move(item));
  }
  nav.Set("pages", std::move(numbers));
  return nav;
}

}  // namespace disclose
