// `check --links` on whole sites in memory: the sample has no broken link
// (also once it has a history of versions), and a broken one written in a
// document's body is reported at its line, in the site's language.
#include <gtest/gtest.h>

#include <memory>

#include "base/clock.h"
#include "history/published.h"
#include "pipeline/pipeline.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

constexpr char kNotice[] = "content/notices/2005/consolidate-approval-items.md";

class SiteLinksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LoadSampleSite(fs_);
    opts_.load.site_root = "site";
    opts_.validate.today = Date{2026, 1, 1};
    opts_.publication_date = "2026-01-01";
  }

  CheckedSite Check() {
    auto site = CheckSite(fs_, opts_);
    EXPECT_TRUE(site.ok()) << site.status().message();
    return site.ok() ? std::move(*site) : CheckedSite();
  }

  // Checks the site, then its links.
  CheckedSite CheckWithLinks(LinkStats* stats = nullptr) {
    CheckedSite site = Check();
    auto followed = CheckSiteLinks(site, opts_);
    EXPECT_TRUE(followed.ok()) << followed.status().message();
    if (stats != nullptr && followed.ok()) *stats = *followed;
    return site;
  }

  void Edit(const std::string& rel, const std::string& from,
            const std::string& to) {
    auto text = fs_.ReadFile("site/" + rel);
    ASSERT_TRUE(text.ok()) << rel;
    const size_t at = text->find(from);
    ASSERT_NE(at, std::string::npos) << rel << " has no " << from;
    text->replace(at, from.size(), to);
    ASSERT_TRUE(fs_.WriteFile("site/" + rel, *text, false).ok());
  }

  MemoryFileSystem fs_;
  PipelineOptions opts_;
};

TEST_F(SiteLinksTest, TheSampleSiteHasNoBrokenLink) {
  LinkStats stats;
  CheckedSite site = CheckWithLinks(&stats);
  EXPECT_EQ(FormatText(site.diagnostics), "");
  EXPECT_FALSE(site.failed);
  EXPECT_GE(stats.pages, 100u);
  EXPECT_GE(stats.references, 3000u);
}

TEST_F(SiteLinksTest, TheSampleServedUnderAPathHasNoBrokenLink) {
  Edit("content/site.yaml", "base_url: https://zwgk.example.gov.cn/",
       "base_url: https://www.example.gov.cn/zwgk/");
  CheckedSite site = CheckWithLinks();
  EXPECT_EQ(FormatText(site.diagnostics), "");
}

// History, frozen copies of each version and their comparisons link to
// each other and to the document.
TEST_F(SiteLinksTest, TheSampleWithVersionsHasNoBrokenLink) {
  auto published = std::make_shared<MemoryPublished>();
  opts_.published = published;
  opts_.clock = std::make_shared<FixedClock>(Instant{1772416800, 480});
  auto publish = [&](const std::string& date) {
    CheckedSite site = Check();
    ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
    const Config& config = site.config;
    published->Publish(site.documents, date,
                       [&config](const std::string& t, const std::string& v) {
                         return config.ValidityOf(t, v);
                       });
  };
  publish("2025-06-01");
  Edit(kNotice, "validity: 有效", "change_note: 更正正文\nvalidity: 有效");
  Edit(kNotice, "市直各有关单位：", "市直各单位：");
  publish("2025-07-01");
  LinkStats stats;
  CheckedSite site = CheckWithLinks(&stats);
  EXPECT_EQ(FormatText(site.diagnostics), "");
  EXPECT_GE(stats.pages, 150u);
}

// Staff link to a page that is not there, to a heading (which has no
// anchor) and to an image the site does not have. Each is reported once,
// at the line of the document that writes it; the copy of the version
// shows the same text and adds nothing.
TEST_F(SiteLinksTest, BrokenLinksOfABodyAreReportedAtTheirLine) {
  Edit(kNotice, "市直各有关单位：",
       "市直各有关单位：\n\n详见[办事指南](/nowhere/"
       ")和[第三条](#missing-anchor)。"
       "\n\n![中心平面图](/assets/missing.png)");
  CheckedSite site = CheckWithLinks();
  EXPECT_TRUE(site.failed);
  EXPECT_EQ(
      FormatText(site.diagnostics, Language::kZh),
      "content/notices/2005/consolidate-approval-items.md:17:10: error[D900]: "
      "页面 notices/2005/consolidate-approval-items/index.html（第 102 行）上的"
      "链接“/nowhere/”所指的文件在生成的网站中不存在\n"
      "  提示：网站中没有文件 nowhere/index.html；请写浏览器中显示的站内地址，"
      "站外地址请写完整（https://…）\n"
      "content/notices/2005/consolidate-approval-items.md:17:27: "
      "error[D901]: 页面 notices/2005/consolidate-approval-items/index.html"
      "（第 102 行）上的链接“#missing-anchor”所指的锚点不存在：本页中没有 id 为"
      "“missing-anchor”的元素\n"
      "  提示：请去掉“#…”直接链接到该页面，或链接到页面中已有的锚点；"
      "文档正文中的标题没有锚点\n"
      "content/notices/2005/consolidate-approval-items.md:19:10: error[D900]: "
      "页面 notices/2005/consolidate-approval-items/index.html（第 103 行）上的"
      "图片“/assets/missing.png”所指的文件在生成的网站中不存在\n"
      "  提示：网站中没有文件 assets/missing.png；请写浏览器中显示的站内地址，"
      "站外地址请写完整（https://…）\n");

  Edit("content/site.yaml", "language: zh-CN", "language: en");
  site = CheckWithLinks();
  EXPECT_EQ(
      FormatText(site.diagnostics, Language::kEn),
      "content/notices/2005/consolidate-approval-items.md:17:10: error[D900]: "
      "the link \"/nowhere/\" on the page "
      "notices/2005/consolidate-approval-items/index.html (line 102) leads to "
      "no file of the built site\n"
      "  hint: the site has no file nowhere/index.html; write an address of "
      "the site as the browser shows it, or the full address (https://…) of "
      "another site\n"
      "content/notices/2005/consolidate-approval-items.md:17:27: "
      "error[D901]: the link \"#missing-anchor\" on the page "
      "notices/2005/consolidate-approval-items/index.html (line 102) leads to "
      "no anchor: the page has no element with id \"missing-anchor\"\n"
      "  hint: link to the page without \"#…\", or to an anchor it has; "
      "headings in a document's text get no anchor\n"
      "content/notices/2005/consolidate-approval-items.md:19:10: error[D900]: "
      "the image \"/assets/missing.png\" on the page "
      "notices/2005/consolidate-approval-items/index.html (line 103) leads to "
      "no file of the built site\n"
      "  hint: the site has no file assets/missing.png; write an address of "
      "the site as the browser shows it, or the full address (https://…) of "
      "another site\n");
}

TEST_F(SiteLinksTest, ASiteThatFailsItsCheckIsNotFollowed) {
  Edit(kNotice, "published: 2005-02-05", "published: 2005-02-30");
  LinkStats stats;
  CheckedSite site = CheckWithLinks(&stats);
  EXPECT_TRUE(site.failed);
  EXPECT_EQ(stats.pages, 0u);
  for (const Diagnostic& d : site.diagnostics.items()) {
    EXPECT_NE(d.code.substr(0, 2), "D9") << FormatText(d);
  }
}

}  // namespace
}  // namespace disclose
