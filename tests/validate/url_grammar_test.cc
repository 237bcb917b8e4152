// Web addresses of `url` fields (CheckWebAddress in validate/grammar.h):
// only http and https, written whole, with their exact messages.
#include <gtest/gtest.h>

#include "validate/grammar.h"

namespace disclose {
namespace {

TEST(UrlGrammarTest, AcceptsWholeHttpAndHttpsAddresses) {
  for (const char* text : {
           "https://zwfw.example.gov.cn/item/GS-XK-001",
           "http://www.changde.gov.cn",
           "HTTPS://WWW.EXAMPLE.GOV.CN/",  // case does not matter
           "https://zwfw.example.gov.cn:8443/a?b=1&c=%E4%B8%AD#d",
           "https://政府.cn/办事指南",  // characters beyond ASCII
           " https://www.example.gov.cn ",
       }) {
    EXPECT_FALSE(CheckWebAddress(text).has_value()) << text;
  }
}

TEST(UrlGrammarTest, RefusesEveryOtherSchemeNamingIt) {
  for (const char* text :
       {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>",
        "file:///etc/passwd", "ftp://ftp.example.gov.cn/", "vbscript:x",
        "//www.example.gov.cn/", "www.example.gov.cn", "/guides/",
        " javascript:alert(1)", "java\tscript:alert(1)"}) {
    auto err = CheckWebAddress(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message.en.rfind("must be a web address starting with "
                                    "https:// or http://, got ",
                                    0),
              0u)
        << text;
  }
  auto err = CheckWebAddress("javascript:alert(1)");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.zh,
            "应为以 https:// 或 http:// 开头的网址，现为“javascript:alert(1)”");
  EXPECT_EQ(
      err->hint.zh,
      "照浏览器地址栏写出完整网址，例如 https://zwfw.example.gov.cn/item/1");
}

TEST(UrlGrammarTest, RefusesAddressesThatAreNotWhole) {
  for (const char* text : {
           "https://",            // no host
           "https://localhost/",  // no dot
           "https://.example.cn/",
           "https://a..cn/",                       // empty labels
           "https://www.example.gov.cn:80x/",      // not a port
           "https://user:pw@www.example.gov.cn/",  // credentials
           "https://www.example.gov.cn/a b",       // a space
           "https://www.example.gov.cn/\"onmouseover=\"x",
           "https://www.example.gov.cn/<script>",
           "https://www.exa_mple.gov.cn/",
       }) {
    auto err = CheckWebAddress(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message.en.rfind("must be a whole web address such as "
                                    "https://zwfw.example.gov.cn/item/1, got ",
                                    0),
              0u)
        << text;
  }
  EXPECT_TRUE(
      CheckWebAddress("https://" + std::string(2000, 'a') + ".cn").has_value());
}

}  // namespace
}  // namespace disclose
