// Pagination of long lists (site/pagination.h): which page numbers each
// page links to, and its navigation data.
#include "site/pagination.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace disclose {
namespace {

TEST(PaginationTest, CountsPagesAtLeastOne) {
  EXPECT_EQ(PageCount(0, 20), 1u);
  EXPECT_EQ(PageCount(20, 20), 1u);
  EXPECT_EQ(PageCount(21, 20), 2u);
  EXPECT_EQ(PageCount(3000, 20), 150u);
}

TEST(PaginationTest, FirstPageIsTheListItself) {
  EXPECT_EQ(ListPageUrl("/catalogue/", 1), "/catalogue/");
  EXPECT_EQ(ListPageUrl("/catalogue/", 12), "/catalogue/page/12/");
}

TEST(PaginationTest, AShortListLinksEveryPage) {
  for (size_t current = 1; current <= kAllPageNumbers; ++current) {
    std::vector<size_t> all;
    for (size_t n = 1; n <= kAllPageNumbers; ++n) all.push_back(n);
    EXPECT_EQ(PageNumbers(current, kAllPageNumbers), all) << current;
  }
}

TEST(PaginationTest, ALongListLinksTheEndsAndTheNeighbours) {
  EXPECT_EQ(PageNumbers(1, 150), (std::vector<size_t>{1, 2, 3, 0, 150}));
  EXPECT_EQ(PageNumbers(75, 150),
            (std::vector<size_t>{1, 0, 73, 74, 75, 76, 77, 0, 150}));
  EXPECT_EQ(PageNumbers(150, 150), (std::vector<size_t>{1, 0, 148, 149, 150}));
}

TEST(PaginationTest, AGapNeverHidesASingleNumber) {
  // Page 5 of 11 is near 3 to 7: 2 alone is left out, so it is shown.
  EXPECT_EQ(PageNumbers(5, 11),
            (std::vector<size_t>{1, 2, 3, 4, 5, 6, 7, 0, 11}));
  EXPECT_EQ(PageNumbers(7, 11),
            (std::vector<size_t>{1, 0, 5, 6, 7, 8, 9, 10, 11}));
}

TEST(PaginationTest, EveryPageOfAVeryLongListHasAShortNavigation) {
  const size_t pages = 100000;
  for (size_t current : {size_t{1}, size_t{2}, size_t{50000}, pages}) {
    const auto numbers = PageNumbers(current, pages);
    EXPECT_LE(numbers.size(), 9u) << current;
    EXPECT_EQ(numbers.front(), 1u);
    EXPECT_EQ(numbers.back(), pages);
    EXPECT_NE(std::find(numbers.begin(), numbers.end(), current),
              numbers.end());
  }
}

TEST(PaginationTest, NavigationLinksWithTheBasePath) {
  Config config;
  config.site.base_path = "/zw/";
  const Value strings = Value::Map();
  const SiteContext ctx{config, strings, nullptr, {}, {}, {}};
  const Value nav = PaginationNav(ctx, "/catalogue/", 1, 12);
  EXPECT_EQ(nav.Find("prev"), nullptr);
  EXPECT_EQ(nav.Find("next")->Find("url")->as_string(),
            "/zw/catalogue/page/2/");
  const auto& pages = nav.Find("pages")->list();
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_EQ(pages[0].Find("url")->as_string(), "/zw/catalogue/");
  EXPECT_TRUE(pages[0].Find("current")->as_bool());
  EXPECT_TRUE(pages[3].Find("gap")->as_bool());
  EXPECT_EQ(pages[3].Find("url"), nullptr);
  EXPECT_EQ(pages[4].Find("number")->as_string(), "12");
}

}  // namespace
}  // namespace disclose
