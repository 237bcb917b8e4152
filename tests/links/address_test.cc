// Where a reference leads from a page of the site, read as a browser reads
// it.
#include "links/address.h"

#include <gtest/gtest.h>

#include <string>

namespace disclose {
namespace {

using Kind = Destination::Kind;

// "site:<path>", "outside:<url path>" or "elsewhere", then "#fragment".
std::string Where(const SiteAddress& site, std::string_view page,
                  std::string_view reference) {
  const Destination d = site.Resolve(page, reference);
  std::string out = d.kind == Kind::kSite          ? "site:" + d.path
                    : d.kind == Kind::kOutsideSite ? "outside:" + d.url_path
                                                   : "elsewhere";
  if (d.has_fragment) out += "#" + d.fragment;
  return out;
}

class AddressTest : public ::testing::Test {
 protected:
  SiteAddress root_{"https://zwgk.example.gov.cn/"};
  SiteAddress under_{"https://www.example.gov.cn/zwgk/"};
  const std::string page_ = "notices/2005/x/index.html";
};

TEST_F(AddressTest, PathsFromTheRootAndFromThePage) {
  EXPECT_EQ(Where(root_, page_, "/notices/"), "site:notices/");
  EXPECT_EQ(Where(root_, page_, "/"), "site:");
  EXPECT_EQ(Where(root_, page_, "history/"), "site:notices/2005/x/history/");
  EXPECT_EQ(Where(root_, page_, "../y/"), "site:notices/2005/y/");
  EXPECT_EQ(Where(root_, page_, "./fees-1.csv"),
            "site:notices/2005/x/fees-1.csv");
  EXPECT_EQ(Where(root_, "404.html", "assets/style.css"),
            "site:assets/style.css");
  // ".." never climbs above the root, as in a browser.
  EXPECT_EQ(Where(root_, page_, "../../../../../a/"), "site:a/");
  EXPECT_EQ(Where(root_, page_, "/a/./b/../c"), "site:a/c");
  EXPECT_EQ(Where(root_, page_, "/a/%2e%2E/b/.%2e/c/"), "site:c/");
  EXPECT_EQ(Where(root_, page_, "/a/b/.."), "site:a/");
}

TEST_F(AddressTest, TheEmptyReferenceAFragmentOrAQueryStayOnThePage) {
  EXPECT_EQ(Where(root_, page_, ""), "site:notices/2005/x/index.html");
  EXPECT_EQ(Where(root_, page_, "#main"),
            "site:notices/2005/x/index.html#main");
  EXPECT_EQ(Where(root_, page_, "?page=2"), "site:notices/2005/x/index.html");
  EXPECT_EQ(Where(root_, page_, "/a/?q=1#frag"), "site:a/#frag");
  EXPECT_EQ(Where(root_, page_, "/a/#"), "site:a/#");
  EXPECT_FALSE(root_.Resolve(page_, "#x").relative);
  EXPECT_TRUE(root_.Resolve(page_, "y/").relative);
}

TEST_F(AddressTest, AFullAddressOnTheSiteIsFollowed) {
  EXPECT_EQ(Where(root_, page_, "https://zwgk.example.gov.cn/fees/"),
            "site:fees/");
  EXPECT_EQ(Where(root_, page_, "HTTPS://ZWGK.Example.gov.cn:443/fees/"),
            "site:fees/");
  EXPECT_EQ(Where(root_, page_, "http://zwgk.example.gov.cn"), "site:");
  EXPECT_EQ(Where(root_, page_, "//zwgk.example.gov.cn/a/"), "site:a/");
  EXPECT_EQ(Where(root_, page_, "https://user@zwgk.example.gov.cn./a/"),
            "site:a/");
}

TEST_F(AddressTest, OtherHostsAndSchemesAreNotFollowed) {
  for (const char* r :
       {"https://www.gov.cn/", "http://zwgk.example.gov.cn:8080/a/",
        "//other.example/x", "mailto:zwzx@example.gov.cn", "tel:12345",
        "data:image/png;base64,AAAA", "javascript:alert(1)", "ftp://x/y",
        "https://zwgk.example.gov.cn.evil.example/"}) {
    EXPECT_EQ(Where(root_, page_, r), "elsewhere") << r;
  }
}

TEST_F(AddressTest, ReadsWhatABrowserIgnoresOrRewrites) {
  EXPECT_EQ(Where(root_, page_, "  /a/\n  "), "site:a/");
  EXPECT_EQ(Where(root_, page_, "/a\t/b/"), "site:a/b/");
  EXPECT_EQ(Where(root_, page_, "\\a\\b"), "site:a/b");
  EXPECT_EQ(Where(root_, page_, "java\nscript:alert(1)"), "elsewhere");
}

TEST_F(AddressTest, PathsArePercentDecoded) {
  EXPECT_EQ(Where(root_, page_, "/%E5%85%AC%E5%BC%80/a%20b.csv"),
            "site:公开/a b.csv");
  EXPECT_EQ(Where(root_, page_, "/100%/%zz"), "site:100%/%zz");
  EXPECT_EQ(PercentDecode("%41%4a%4A%"), "AJJ%");
}

TEST_F(AddressTest, ASiteUnderAPathOwnsOnlyThatPath) {
  const std::string page = "notices/2005/x/index.html";
  EXPECT_EQ(Where(under_, page, "/zwgk/notices/"), "site:notices/");
  EXPECT_EQ(Where(under_, page, "/zwgk"), "site:");
  EXPECT_EQ(Where(under_, page, "../y/"), "site:notices/2005/y/");
  EXPECT_EQ(Where(under_, page, "https://www.example.gov.cn/zwgk/a/"),
            "site:a/");
  // Written as a path, it was meant for the site; written in full, it is
  // another part of the host.
  EXPECT_EQ(Where(under_, page, "/notices/"), "outside:/notices/");
  EXPECT_EQ(Where(under_, page, "../../../../y/"), "outside:/y/");
  EXPECT_EQ(Where(under_, page, "https://www.example.gov.cn/other/"),
            "elsewhere");
  EXPECT_EQ(under_.base_path(), "/zwgk/");
}

}  // namespace
}  // namespace disclose
