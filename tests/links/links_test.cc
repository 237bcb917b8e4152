// CheckLinks on sites made by hand: what resolves, what is reported, where
// and in which words.
#include "links/links.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/text.h"

namespace disclose {
namespace {

// A page of the site's frame around `body`.
std::string Page(const std::string& body) {
  return "<!DOCTYPE html>\n<html><head>\n"
         "<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
         "<script src=\"/assets/prefs.js\" defer></script>\n"
         "</head><body>\n<a href=\"#main\">skip</a>\n"
         "<main id=\"main\">\n" +
         body + "\n</main></body></html>\n";
}

class LinksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_ = {
        {"404.html", Page("<a href=\"/\">home</a>")},
        {"assets/prefs.js", "(function(){})();"},
        {"assets/style.css", "body{}"},
        {"feed.xml", "<feed/>"},
        {"index.html",
         Page("<a href=\"/notices/2005/x/\">x</a>\n"
              "<a href=\"/notices/2005/x/#doc-title\">title</a>")},
        {"notices/2005/x/fees-1.csv", "a,b\r\n"},
        {"notices/2005/x/index.html",
         Page("<h1 id=\"doc-title\">x</h1>\n<a href=\"fees-1.csv\">csv</a>")},
    };
  }

  Diagnostics Check(LinkStats* stats = nullptr) {
    std::sort(files_.begin(), files_.end(),
              [](const OutputFile& a, const OutputFile& b) {
                return a.path < b.path;
              });
    return CheckLinks(files_, options_, stats);
  }

  void Add(const std::string& path, const std::string& body) {
    files_.push_back({path, Page(body)});
  }

  // The text of the diagnostics in both languages.
  std::string Said(const Diagnostics& d) {
    return FormatText(d, Language::kEn) + FormatText(d, Language::kZh);
  }

  std::vector<OutputFile> files_;
  LinkOptions options_{"https://zwgk.example.gov.cn/", {}};
};

TEST_F(LinksTest, FollowsPagesFoldersFilesAnchorsAndAssets) {
  Add("a/index.html",
      "<a href=\"/\">1</a> <a href=\"/notices/2005/x\">2</a>\n"
      "<a href=\"/404/\">3</a> <a href=\"/404.html\">4</a>\n"
      "<a href=\"../notices/2005/x/fees-1.csv#row=2\">5</a>\n"
      "<a href=\"#\">6</a> <a href=\"#top\">7</a> <a href=\"#TOP\">8</a>\n"
      "<a href=\"https://zwgk.example.gov.cn/notices/2005/x/#doc-title\">9</a>"
      "\n<a href=\"/notices/2005/x/index.html?x=1#%6Dain\">10</a>\n"
      "<img src=\"/assets/style.css\" srcset=\"/feed.xml 2x\">\n"
      "<a href=\"https://www.gov.cn/nowhere/\">elsewhere</a>\n"
      "<a href=\"mailto:x@example.gov.cn\">mail</a> <a "
      "href=\"tel:12345\">t</a>");
  LinkStats stats;
  EXPECT_EQ(Said(Check(&stats)), "");
  EXPECT_EQ(stats.pages, 4u);
  // Every page: the stylesheet, the script and the skip link; the home page
  // 2 more, the document 1, a/ 12 (not the three elsewhere), 404.html 1.
  EXPECT_EQ(stats.references, 4u * 3 + 2 + 1 + 12 + 1);
}

// The codes_test.cc entry for D900 names this test.
TEST_F(LinksTest, ReportsALinkOrAnAssetToNoFileOfTheSite) {
  Add("a/index.html",
      "<p>\n<a href=\"/nowhere/\">x</a>\n"
      "<img src=\"/assets/missing.png\" alt=\"\">\n"
      "<a href=\"/notices/2005/y/\">y</a>");
  EXPECT_EQ(
      Said(Check()),
      "a/index.html:9:10: error[D900]: the link \"/nowhere/\" on the page "
      "a/index.html (line 9) leads to no file of the built site\n"
      "  hint: the site has no file nowhere/index.html; write an address of "
      "the site as the browser shows it, or the full address (https://…) of "
      "another site\n"
      "a/index.html:10:11: error[D900]: the image \"/assets/missing.png\" on "
      "the page a/index.html (line 10) leads to no file of the built site\n"
      "  hint: the site has no file assets/missing.png; write an address of "
      "the site as the browser shows it, or the full address (https://…) of "
      "another site\n"
      "a/index.html:11:10: error[D900]: the link \"/notices/2005/y/\" on the "
      "page a/index.html (line 11) leads to no file of the built site\n"
      "  hint: did you mean \"/notices/2005/x/\"?\n"
      "a/index.html:9:10: error[D900]: 页面 a/index.html（第 9 行）上的链接"
      "“/nowhere/”所指的文件在生成的网站中不存在\n"
      "  提示：网站中没有文件 nowhere/index.html；请写浏览器中显示的站内地址，"
      "站外地址请写完整（https://…）\n"
      "a/index.html:10:11: error[D900]: 页面 a/index.html（第 10 行）上的图片"
      "“/assets/missing.png”所指的文件在生成的网站中不存在\n"
      "  提示：网站中没有文件 assets/missing.png；请写浏览器中显示的站内地址，"
      "站外地址请写完整（https://…）\n"
      "a/index.html:11:10: error[D900]: 页面 a/index.html（第 11 行）上的链接"
      "“/notices/2005/y/”所指的文件在生成的网站中不存在\n"
      "  提示：是否应为“/notices/2005/x/”？\n");
}

// The codes_test.cc entry for D901 names this test.
TEST_F(LinksTest, ReportsAnAnchorThePageLacks) {
  Add("a/index.html",
      "<a href=\"#missing\">x</a>\n"
      "<a href=\"/notices/2005/x/#doc-titel\">y</a>");
  EXPECT_EQ(
      Said(Check()),
      "a/index.html:8:10: error[D901]: the link \"#missing\" on the page "
      "a/index.html (line 8) leads to no anchor: the page has no element "
      "with id \"missing\"\n"
      "  hint: link to the page without \"#…\", or to an anchor it has; "
      "headings in a document's text get no anchor\n"
      "a/index.html:9:10: error[D901]: the link \"/notices/2005/x/#doc-titel\" "
      "on the page a/index.html (line 9) leads to no anchor: "
      "notices/2005/x/index.html has no element with id \"doc-titel\"\n"
      "  hint: did you mean \"#doc-title\"?\n"
      "a/index.html:8:10: error[D901]: 页面 a/index.html（第 8 行）上的链接"
      "“#missing”所指的锚点不存在：本页中没有 id 为“missing”的元素\n"
      "  提示：请去掉“#…”直接链接到该页面，或链接到页面中已有的锚点；"
      "文档正文中的标题没有锚点\n"
      "a/index.html:9:10: error[D901]: 页面 a/index.html（第 9 行）上的链接"
      "“/notices/2005/x/#doc-titel”所指的锚点不存在："
      "notices/2005/x/index.html 中没有 id 为“doc-titel”的元素\n"
      "  提示：是否应为“#doc-title”？\n");
}

TEST_F(LinksTest, EachTargetOnceAPageInOrder) {
  Add("b/index.html", "<a href=\"/gone/\">1</a> <a href=\"/gone/\">2</a>");
  Add("a/index.html", "<a href=\"/gone/\">1</a><img src=\"/gone/\">");
  const Diagnostics d = Check();
  ASSERT_EQ(d.items().size(), 2u) << Said(d);
  EXPECT_EQ(d.items()[0].path, "a/index.html");
  EXPECT_EQ(d.items()[1].path, "b/index.html");
}

TEST_F(LinksTest, ADocumentsPageIsReportedAtItsFileAndLine) {
  const SourceFile source{"content/notices/2005/x.md",
                          "---\ntitle: x\n---\n\n见[这里](/gone/)。\n"
                          "[ref]: /公\n"};
  options_.documents = {{"notices/2005/x/", &source}};
  Add("notices/2005/x/history/index.html",
      "<a href=\"/gone/\">1</a>\n<a href=\"/%E5%85%AC\">2</a>\n"
      "<a href=\"/not-in-the-file/\">3</a>");
  const Diagnostics d = Check();
  ASSERT_EQ(d.items().size(), 3u) << Said(d);
  // Where the file writes it (as written, or percent-decoded), else at the
  // file; the message names the page and its line.
  EXPECT_EQ(d.items()[0].path, "content/notices/2005/x.md");
  EXPECT_EQ(d.items()[0].line, 0);
  EXPECT_NE(d.items()[0].message.en.find("\"/not-in-the-file/\" on the page "
                                         "notices/2005/x/history/index.html "
                                         "(line 10)"),
            std::string::npos)
      << d.items()[0].message.en;
  EXPECT_EQ(d.items()[1].line, 5);
  EXPECT_EQ(d.items()[1].column, 7);
  EXPECT_EQ(d.items()[2].line, 6);
  EXPECT_EQ(d.items()[2].column, 8);
}

// A version as it was published cannot change: what is broken on its
// frozen copy is a warning. The latest version's copy shows what the
// document's page shows, so only what breaks on the copy alone is reported.
TEST_F(LinksTest, FrozenCopiesOfEarlierVersionsWarn) {
  const SourceFile source{"content/notices/2005/x.md", "---\n---\n"};
  options_.documents = {{"notices/2005/x/", &source}};
  files_.erase(std::find_if(files_.begin(), files_.end(), [](auto& f) {
    return f.path == "notices/2005/x/index.html";
  }));
  Add("notices/2005/x/index.html",
      "<h1 id=\"doc-title\">x</h1> <a href=\"/gone/\">x</a>");
  Add("notices/2005/x/v/1/index.html", "<a href=\"/old-gone/\">x</a>");
  Add("notices/2005/x/v/2/index.html",
      "<a href=\"/gone/\">x</a> <a href=\"fees-1.csv\">csv</a>");
  const Diagnostics d = Check();
  EXPECT_EQ(
      FormatText(d, Language::kEn),
      "content/notices/2005/x.md: error[D900]: the link \"/gone/\" on the "
      "page notices/2005/x/index.html (line 8) leads to no file of the built "
      "site\n"
      "  hint: the site has no file gone/index.html; write an address of the "
      "site as the browser shows it, or the full address (https://…) of "
      "another site\n"
      "content/notices/2005/x.md: warning[D900]: the link \"/old-gone/\" on "
      "the page notices/2005/x/v/1/index.html (line 8) leads to no file of "
      "the built site\n"
      "  hint: this page is version 1 of the document as it was published, "
      "which cannot change; the current version can be corrected\n"
      "content/notices/2005/x.md: error[D900]: the link \"fees-1.csv\" on "
      "the page notices/2005/x/v/2/index.html (line 8) leads to no file of "
      "the built site\n"
      "  hint: an address that does not start with / is read from the "
      "page's folder, here as /notices/2005/x/v/2/fees-1.csv; write it from "
      "the site's root (starting with /) so that it reads the same on every "
      "page\n");
  EXPECT_EQ(d.ErrorCount(), 2);
}

TEST_F(LinksTest, OnASiteUnderAPathOnlyThatPathIsTheSite) {
  options_.base_url = "https://www.example.gov.cn/zwgk/";
  Add("a/index.html",
      "<a href='/notices/2005/x/'>1</a>\n<a href='/elsewhere/'>2</a>\n"
      "<a href='https://www.example.gov.cn/elsewhere/'>not followed</a>");
  // The site's own links carry its path.
  for (OutputFile& f : files_) {
    for (size_t at = 0; (at = f.data.find("\"/", at)) != std::string::npos;) {
      f.data.insert(at + 1, "/zwgk");
      at += 6;
    }
  }
  EXPECT_EQ(
      Said(Check()),
      "a/index.html:8:10: error[D900]: the link \"/notices/2005/x/\" on the "
      "page a/index.html (line 8) leads to no file of the built site\n"
      "  hint: did you mean \"/zwgk/notices/2005/x/\"?\n"
      "a/index.html:9:10: error[D900]: the link \"/elsewhere/\" on the page "
      "a/index.html (line 9) leads to no file of the built site\n"
      "  hint: the site's addresses start with /zwgk/: write /zwgk/… for a "
      "page of the site, or the full address (https://…) for a page outside "
      "it\n"
      "a/index.html:8:10: error[D900]: 页面 a/index.html（第 8 行）上的链接"
      "“/notices/2005/x/”所指的文件在生成的网站中不存在\n"
      "  提示：是否应为“/zwgk/notices/2005/x/”？\n"
      "a/index.html:9:10: error[D900]: 页面 a/index.html（第 9 行）上的链接"
      "“/elsewhere/”所指的文件在生成的网站中不存在\n"
      "  提示：本站的地址都以 /zwgk/ 开头：站内页面请写 /zwgk/…，站外页面请写"
      "完整地址（https://…）\n");
}

TEST_F(LinksTest, ALongTargetIsShortenedInTheMessage) {
  const std::string target = "/" + std::string(300, 'x');
  Add("a/index.html", "<a href=\"" + target + "\">x</a>");
  const Diagnostics d = Check();
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_NE(d.items()[0].message.en.find("\"/" + std::string(99, 'x') + "…\""),
            std::string::npos)
      << d.items()[0].message.en;
}

// A body that links ten thousand times to pages that do not exist, in a
// folder of thousands: every one is reported, the first hundred at their
// line, and the suggestions stop at their budget, so the check stays fast.
TEST_F(LinksTest, ManyBrokenLinksAreReportedInBoundedTime) {
  for (int i = 0; i < 6000; ++i) {
    files_.push_back(
        {"notices/2005/page-" + std::to_string(i) + "/index.html", "<p>"});
  }
  std::string body;
  std::string text = "---\n---\n";
  for (int i = 0; i < 10000; ++i) {
    const std::string target = "/notices/2005/pagee-" + std::to_string(i) + "/";
    body += "<a href=\"" + target + "\">x</a>\n";
    text += "[x](" + target + ")\n";
  }
  const SourceFile source{"content/notices/2005/x.md", text};
  options_.documents = {{"notices/2005/x/", &source}};
  Add("notices/2005/x/history/index.html", body);
  const Diagnostics d = Check();
  ASSERT_EQ(d.items().size(), 10000u);
  int located = 0;
  int suggested = 0;
  for (const Diagnostic& item : d.items()) {
    located += item.line > 0 ? 1 : 0;
    suggested += StartsWith(item.hint.en, "did you mean") ? 1 : 0;
    if (item.message.en.find("\"/notices/2005/pagee-0/\"") !=
        std::string::npos) {
      EXPECT_EQ(item.line, 3);
      EXPECT_EQ(item.hint.en, "did you mean \"/notices/2005/page-0/\"?");
    }
  }
  EXPECT_EQ(located, 100);
  EXPECT_GT(suggested, 10);
  EXPECT_LT(suggested, 1000);
}

}  // namespace
}  // namespace disclose
