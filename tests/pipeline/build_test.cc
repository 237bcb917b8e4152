// Builds whole sites in memory and checks what a reader of the site meets.
#include <gtest/gtest.h>

#include <atomic>
#include <regex>
#include <set>

#include "base/text.h"
#include "pipeline/pipeline.h"
#include "support/site_build.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

class BuildTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::LoadSampleSite(fs_); }

  // Builds site/ into out/; returns the checked site.
  CheckedSite Build() {
    CheckedSite site;
    auto stats = BuildSite(fs_, testing::SiteOptions(), &site);
    EXPECT_TRUE(stats.ok()) << stats.status().message();
    return site;
  }

  std::map<std::string, std::string> Output() const {
    return testing::OutputFiles(fs_);
  }

  MemoryFileSystem fs_;
};

TEST_F(BuildTest, WritesAPagePerDocumentAndTheIndexes) {
  CheckedSite site = Build();
  ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
  auto out = Output();
  for (const auto& doc : site.documents) {
    const std::string page = doc.url.substr(1) + "index.html";
    ASSERT_TRUE(out.count(page)) << page;
    // 索引号 exactly as written, in the page and in its record.
    EXPECT_NE(out[page].find("<td>" + doc.index_no + "</td>"),
              std::string::npos)
        << page;
    EXPECT_NE(out[doc.url.substr(1) + "index.json"].find("\"index_no\": \"" +
                                                         doc.index_no + "\""),
              std::string::npos);
    for (size_t i = 1; i <= doc.fee_tables.size(); ++i) {
      const std::string base = doc.url.substr(1) + "fees-" + std::to_string(i);
      EXPECT_TRUE(out.count(base + ".csv")) << base;
      EXPECT_TRUE(out.count(base + ".json")) << base;
    }
  }
  for (const char* page :
       {"index.html", "catalogue/index.html", "departments/index.html",
        "departments/zwzx/index.html", "categories/index.html",
        "years/2005/index.html", "types/fee-schedule/index.html",
        "fees/index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml",
        "assets/style.css"}) {
    EXPECT_TRUE(out.count(page)) << page;
  }
}

TEST_F(BuildTest, DatesWrittenTheChineseWayAreIsoInTheRecordAndThePage) {
  // The fixture writes 发布日期 2005年1月10日 and 成文日期 ２００５年１月７日
  // (two warnings); 主题词 as one text is read as its list.
  testing::ApplyFixture(
      testing::SourceDir() +
          "/tests/fixtures/invalid/published-date-chinese-form",
      fs_);
  const std::string path =
      "site/content/assessments/2005/window-ratings-2004-12.md";
  auto text = fs_.ReadFile(path);
  ASSERT_TRUE(text.ok());
  std::string t = *text;
  const std::string list =
      "keywords: [窗口考核, 红旗窗口, 先进窗口, 2004年12月]";
  t.replace(t.find(list), list.size(),
            "keywords: 窗口考核、红旗窗口、先进窗口");
  ASSERT_TRUE(fs_.WriteFile(path, t, false).ok());
  CheckedSite site = Build();
  ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
  EXPECT_EQ(site.diagnostics.WarningCount(), 3);
  auto out = Output();
  const std::string record =
      out["assessments/2005/window-ratings-2004-12/index.json"];
  EXPECT_NE(record.find("\"published\": \"2005-01-10\""), std::string::npos)
      << record;
  EXPECT_NE(record.find("\"written\": \"2005-01-07\""), std::string::npos);
  EXPECT_EQ(record.find("年1月"), std::string::npos) << record;
  const std::string page =
      out["assessments/2005/window-ratings-2004-12/index.html"];
  EXPECT_NE(page.find("2005-01-10"), std::string::npos);
  EXPECT_EQ(page.find("2005年1月10日"), std::string::npos);
  for (const auto& doc : site.documents) {
    if (doc.slug != "window-ratings-2004-12") continue;
    EXPECT_EQ(doc.published.ToString(), "2005-01-10");
    EXPECT_EQ(doc.keywords,
              (std::vector<std::string>{"窗口考核", "红旗窗口", "先进窗口"}));
  }
}

TEST_F(BuildTest, EveryFeeScheduleHasItsTablesAsCsvAndJson) {
  CheckedSite site = Build();
  int schedules = 0;
  for (const auto& doc : site.documents) {
    if (doc.type != "fee-schedule") continue;
    ++schedules;
    EXPECT_FALSE(doc.fee_tables.empty()) << doc.source_path;
  }
  EXPECT_GE(schedules, 3);
  auto out = Output();
  const std::string& csv =
      out["fees/2005/city-hospital-outpatient-fees/fees-1.csv"];
  EXPECT_TRUE(StartsWith(csv, "\xEF\xBB\xBF序号,收费项目,计费单位,收费标准"));
  EXPECT_NE(
      csv.find("\r\n1,普通门诊挂号费,人次,1,含病历首页,,exact,1,1,人次,\r\n"),
      std::string::npos);
  const std::string& json =
      out["fees/2005/city-hospital-outpatient-fees/fees-1.json"];
  EXPECT_NE(json.find("\"low_yuan\": \"8\""), std::string::npos);
  EXPECT_NE(json.find("\"high_yuan\": \"10\""), std::string::npos);
}

TEST_F(BuildTest, BuildingTwiceIsByteIdentical) {
  Build();
  auto first = Output();
  Build();
  EXPECT_EQ(Output(), first);
}

TEST_F(BuildTest, NothingADocumentSaysBecomesMarkupOrScript) {
  ASSERT_TRUE(fs_.WriteFile("site/content/notices/2005/injection.md", R"md(---
type: notice
title: "<script>alert('title')</script>"
index_no: "00817365-1/2005-00099"
department: zwzx
published: 2005-03-01
category: 政务公开
summary: "\"><img src=x onerror=alert(1)>"
keywords: ["<b>kw</b>"]
validity: 有效
---

<script>alert('body')</script>

<img src=x onerror=alert(2)>

[click](javascript:alert(3)) and <a href="javascript:alert(4)">x</a>

# <iframe src=x></iframe>

| 收费项目 | <style> |
|---|---|
| <svg onload=alert(5)> | x |
)md",
                            false)
                  .ok());
  CheckedSite site = Build();
  ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
  // Every tag in every page is one the theme or the Markdown renderer
  // writes, no attribute is an event handler, and no link runs script.
  const std::set<std::string> allowed = {
      "html", "head", "meta", "title", "link", "body", "input", "div", "a",
      "header", "p", "label", "nav", "ul", "li", "ol", "span", "main",
      "article", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption",
      "tbody", "thead", "tr", "th", "td", "section", "footer", "time", "strong",
      "em", "del", "code", "pre", "blockquote", "hr", "br", "dl", "dt", "dd",
      "!DOCTYPE",
      // The search forms (every page's header, the search page).
      "form", "button", "select", "option", "details", "summary",
      // The window record chart (partials/window-record.mustache).
      "svg", "desc", "line", "text", "polyline", "polygon", "circle"};
  const std::regex tag(R"re(<(!?[A-Za-z][A-Za-z0-9]*)([^>]*)>)re");
  const std::regex handler(R"re(\son[a-z]+\s*=)re", std::regex::icase);
  int pages = 0;
  for (const auto& [path, data] : Output()) {
    if (EndsWith(path, ".json")) {
      EXPECT_EQ(data.find('<'), std::string::npos) << path;
      continue;
    }
    if (!EndsWith(path, ".html")) continue;
    ++pages;
    std::string scripts_removed = data;
    // The theme's own deferred script is the only <script> allowed.
    const std::string own = "<script src=\"/assets/prefs.js\" defer></script>";
    size_t at = scripts_removed.find(own);
    ASSERT_NE(at, std::string::npos) << path;
    scripts_removed.erase(at, own.size());
    // The search page also runs the theme's search script.
    const std::string search =
        "<script src=\"/assets/search.js\" defer></script>";
    at = scripts_removed.find(search);
    if (path == "search/index.html") {
      ASSERT_NE(at, std::string::npos);
    }
    if (at != std::string::npos) scripts_removed.erase(at, search.size());
    for (std::sregex_iterator
             it(scripts_removed.begin(), scripts_removed.end(), tag),
         end;
         it != end; ++it) {
      EXPECT_TRUE(allowed.count((*it)[1])) << path << ": " << (*it)[0];
      const std::string attrs = (*it)[2];
      // Attribute names, with the quoted values taken out.
      const std::string names =
          std::regex_replace(attrs, std::regex("\"[^\"]*\""), "\"\"");
      EXPECT_FALSE(std::regex_search(names, handler)) << path << ": " << attrs;
      EXPECT_FALSE(std::regex_search(
          attrs, std::regex("(href|src)=\"\\s*javascript:", std::regex::icase)))
          << path << ": " << attrs;
    }
  }
  EXPECT_GT(pages, 50);
  auto out = Output();
  EXPECT_NE(out["notices/2005/injection/index.html"].find(
                "&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt;"),
            std::string::npos);
}

TEST_F(BuildTest, ACancelledRunStopsBetweenDocumentsAndWritesNothing) {
  PipelineOptions opts = testing::SiteOptions();
  std::atomic<bool> cancel{false};
  opts.cancel = &cancel;
  // Raised once the first document is validated.
  opts.progress = [&](const Progress&) { cancel = true; };
  CheckedSite site;
  auto stats = BuildSite(fs_, opts, &site);
  ASSERT_FALSE(stats.ok());
  EXPECT_EQ(stats.status().message(), "the build was cancelled");
  EXPECT_TRUE(Output().empty());

  // Raised before rendering: the checked site renders nothing.
  cancel = false;
  opts.progress = nullptr;
  auto checked = CheckSite(fs_, opts);
  ASSERT_TRUE(checked.ok());
  cancel = true;
  auto files = RenderCheckedSite(*checked, opts);
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().message(), kCancelledMessage);
}

// 城 written as the compatibility ideograph U+2F852: the same category.
TEST_F(BuildTest, ACategoryNamedWithOtherCodePointsIsTheDeclaredOne) {
  const std::string path = "site/content/guides/2005/construction-permit.md";
  std::string text = *fs_.ReadFile(path);
  const std::string written = "category: 城乡建设\\建筑业";
  ASSERT_NE(text.find(written), std::string::npos);
  text.replace(text.find(written), written.size(),
               "category: \U0002F852乡建设\\建筑业");
  ASSERT_TRUE(fs_.WriteFile(path, text, false).ok());
  CheckedSite site = Build();
  ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
  auto out = Output();
  const std::string& page = out["guides/2005/construction-permit/index.html"];
  EXPECT_NE(page.find(">城乡建设\\建筑业</a>"), std::string::npos);
  EXPECT_EQ(page.find("\U0002F852"), std::string::npos);
  const std::string slug = site.config.site.FindCategory("建筑业")->slug;
  EXPECT_NE(out["categories/" + slug + "/index.html"].find(
                "/guides/2005/construction-permit/"),
            std::string::npos);
}

TEST_F(BuildTest, InvalidSiteWritesNothingAndKeepsThePreviousOutput) {
  Build();
  auto before = Output();
  ASSERT_FALSE(before.empty());
  ASSERT_TRUE(fs_.WriteFile("site/content/notices/2005/broken.md",
                            "---\ntype: notice\n---\n", false)
                  .ok());
  CheckedSite site = Build();
  EXPECT_TRUE(site.failed);
  EXPECT_EQ(Output(), before);
}

TEST_F(BuildTest, WithdrawnDocumentStaysOnlineButLeavesTheLists) {
  auto text =
      fs_.ReadFile("site/content/notices/2005/consolidate-approval-items.md");
  ASSERT_TRUE(text.ok());
  std::string changed = *text;
  changed.insert(
      changed.find("validity:"),
      "withdrawn:\n  date: 2005-06-01\n  reason: 内容有误，已重新发布\n");
  ASSERT_TRUE(
      fs_.WriteFile("site/content/notices/2005/consolidate-approval-items.md",
                    changed, false)
          .ok());
  CheckedSite site = Build();
  ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
  auto out = Output();
  const std::string& page =
      out["notices/2005/consolidate-approval-items/index.html"];
  EXPECT_NE(page.find("banner-withdrawn"), std::string::npos);
  EXPECT_NE(page.find("内容有误，已重新发布"), std::string::npos);
  // 有效性 says what the reader must take it as, not the 有效 written.
  EXPECT_NE(page.find("<th scope=\"row\">有效性</th><td>已撤回（2005-06-01）"
                      "</td>"),
            std::string::npos);
  EXPECT_EQ(out["catalogue/index.html"].find("consolidate-approval-items"),
            std::string::npos);
  EXPECT_EQ(out["sitemap.xml"].find("consolidate-approval-items"),
            std::string::npos);
}

TEST_F(BuildTest, RepealedDocumentAndItsReplacementLinkBothWays) {
  Build();
  auto out = Output();
  const std::string& old_page =
      out["notices/2004/window-work-interim-rules/index.html"];
  EXPECT_NE(old_page.find("banner-repealed"), std::string::npos);
  // 废止 from the day the repealing document was published.
  EXPECT_NE(old_page.find("<th scope=\"row\">有效性</th><td>废止（2005-02-18 "
                          "起）</td>"),
            std::string::npos);
  EXPECT_NE(
      old_page.find("href=\"/notices/2005/window-staff-management-rules/\""),
      std::string::npos);
  const std::string& new_page =
      out["notices/2005/window-staff-management-rules/index.html"];
  EXPECT_NE(new_page.find("href=\"/notices/2004/window-work-interim-rules/\""),
            std::string::npos);
}

TEST_F(BuildTest, ListsArePaginated) {
  auto site_yaml = fs_.ReadFile("site/content/site.yaml");
  std::string text = *site_yaml;
  text.replace(text.find("page_size: 20"), 13, "page_size: 4");
  ASSERT_TRUE(fs_.WriteFile("site/content/site.yaml", text, false).ok());
  CheckedSite site = Build();
  ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
  auto out = Output();
  EXPECT_TRUE(out.count("catalogue/page/2/index.html"));
  EXPECT_TRUE(out.count("catalogue/page/4/index.html"));
  EXPECT_NE(out["catalogue/page/2/index.html"].find("rel=\"prev\""),
            std::string::npos);
  EXPECT_NE(out["catalogue/index.html"].find("aria-current=\"page\">1<"),
            std::string::npos);
}

}  // namespace
}  // namespace disclose
