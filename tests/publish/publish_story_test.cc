// A story of publications in a temporary copy of the sample, told with the
// real `disclose` binary and checked with the real `git` command, the way
// an auditor who has never seen this tool would check it.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "publish/story_fixture.h"

namespace disclose {
namespace {

using testing::Slurp;

TEST_F(PublishStoryTest, PublishesOnceAndAgainWithoutACommit) {
  Output r = Disclose("publish");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("发布了 "), std::string::npos) << r.out;
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(Git("status --porcelain").out, "");
  EXPECT_EQ(Git("log -1 --format=%an%n%ae").out,
            "市政务服务中心\nzwzx@example.gov.cn\n");
  Output trailers =
      Git("log -1 '--format=%(trailers:key=Disclose-Added,valueonly)'");
  EXPECT_NE(trailers.out.find("00817552-6/2005-00006"), std::string::npos);
  EXPECT_TRUE(
      fs::exists(dir_ / "public/fees/2005/city-hospital-outpatient-fees/"
                        "index.json"));

  r = Disclose("publish");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("自上次发布以来没有变化"), std::string::npos);
  EXPECT_EQ(Commits(), 1);
  EXPECT_EQ(Git("fsck --strict").code, 0);
  Output v = Disclose("verify");
  EXPECT_EQ(v.code, 0);
  EXPECT_TRUE(std::regex_match(
      v.out, std::regex("verified: .*public is publication [0-9a-f]{10}; last "
                        "publication [0-9a-f]{10}, [0-9]+ objects read: 0 "
                        "problems\n")))
      << v.out;
}

TEST_F(PublishStoryTest, AnAmendmentNeedsAChangeNoteAndBecomesVersionTwo) {
  ASSERT_EQ(Disclose("publish").code, 0);
  Edit(fees_, "| 专家门诊诊查费 | 人次 | 8-10 |",
       "| 专家门诊诊查费 | 人次 | 10-12 |");
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(fees_ + ":1:1: error[D803]: 文档发布后有改动，"
                               "更新说明（change_note）应说明改了什么\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Commits(), 1);

  Edit(fees_, "validity: 有效",
       "change_note: 调整专家门诊诊查费\nvalidity: 有效");
  r = Disclose("publish --author \"王审核 <shenhe@example.gov.cn>\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(Commits(), 2);
  EXPECT_EQ(Git("log -1 --format=%an").out, "王审核\n");
  EXPECT_EQ(Git("log -1 --format=%s").out, "Publish: 1 amended\n");
  // git show tells the story of the amendment on its own.
  Output show =
      Git("show HEAD -- fees/2005/city-hospital-outpatient-fees/index.json");
  EXPECT_NE(show.out.find("+    \"change_note\": \"调整专家门诊诊查费\""),
            std::string::npos)
      << show.out;
  EXPECT_NE(show.out.find("10-12"), std::string::npos);

  Output log = Disclose("log 00817552-6/2005-00006");
  EXPECT_EQ(log.code, 0);
  EXPECT_NE(log.out.find("v2  "), std::string::npos) << log.out;
  EXPECT_NE(log.out.find("调整专家门诊诊查费"), std::string::npos);
  EXPECT_NE(log.out.find("v1  "), std::string::npos);

  Output diff = Disclose("diff HEAD~1 HEAD");
  EXPECT_EQ(diff.code, 0);
  EXPECT_NE(diff.out.find("~ 00817552-6/2005-00006"), std::string::npos);
  EXPECT_NE(
      diff.out.find("fee row 挂号费及诊查费 / 专家门诊诊查费: 8-10 -> 10-12"),
      std::string::npos)
      << diff.out;
  Output json = Disclose("diff HEAD~1 HEAD --format json");
  EXPECT_NE(json.out.find("\"fee_rows\":[{\"change\":\"changed\",\"table\":"
                          "\"挂号费及诊查费\",\"item\":\"专家门诊诊查费\","
                          "\"before\":\"8-10\",\"after\":\"10-12\""),
            std::string::npos)
      << json.out;
  // A date means "as published on that day".
  EXPECT_EQ(Disclose("diff 2000-01-01 HEAD").code, 2);

  // The pages tell the same story.
  const fs::path doc = dir_ / "public/fees/2005/city-hospital-outpatient-fees";
  const std::string page = Slurp(doc / "index.html");
  EXPECT_NE(page.find("共 1 次更新 · 历史版本"), std::string::npos);
  const std::string history = Slurp(doc / "history/index.html");
  EXPECT_NE(history.find("<td>第 2 版</td>"), std::string::npos) << history;
  EXPECT_NE(history.find("调整专家门诊诊查费"), std::string::npos);
  EXPECT_NE(
      history.find("href=\"/fees/2005/city-hospital-outpatient-fees/diff/2/\""),
      std::string::npos);
  const std::string v1 = Slurp(doc / "v/1/index.html");
  EXPECT_NE(v1.find("banner-version"), std::string::npos);
  EXPECT_NE(v1.find("<td>8-10</td>"), std::string::npos);
  EXPECT_NE(v1.find("第 1 版 / 2"), std::string::npos);
  const std::string diff_page = Slurp(doc / "diff/2/index.html");
  EXPECT_NE(diff_page.find("<th scope=\"row\">专家门诊诊查费</th><td>修改</td>"
                           "<td>8–10 元/人次</td><td>10–12 元/人次</td>"),
            std::string::npos)
      << diff_page;
  EXPECT_NE(
      diff_page.find("<del><span class=\"visually-hidden\">[删除]</span>8-"),
      std::string::npos);
  EXPECT_NE(
      diff_page.find("<ins><span class=\"visually-hidden\">[新增]</span>-12"),
      std::string::npos);
  // The home page lists the amendment first among the latest updates.
  const std::string home = Slurp(dir_ / "public/index.html");
  const size_t recent = home.find("<ul class=\"recent-updates\">");
  ASSERT_NE(recent, std::string::npos) << home;
  EXPECT_EQ(home.find("<span class=\"update-kind\">", recent),
            home.find("<span class=\"update-kind\">修改</span> <a href=\"/"
                      "fees/2005/city-hospital-outpatient-fees/\">",
                      recent));
  const std::string updates = Slurp(dir_ / "public/updates/index.html");
  EXPECT_NE(updates.find("<strong>修改</strong>：<a href=\"/fees/2005/"
                         "city-hospital-outpatient-fees/\">"),
            std::string::npos)
      << updates;
  EXPECT_NE(
      Slurp(dir_ / "public/updates/feed.xml").find("修改：市第一人民医院"),
      std::string::npos);
  // Rebuilding what was published changes nothing.
  EXPECT_NE(Disclose("publish").out.find("自上次发布以来没有变化"),
            std::string::npos);
  EXPECT_EQ(Commits(), 2);
}

TEST_F(PublishStoryTest, TheCachedHistoryGivesTheSamePagesAsAFullWalk) {
  ASSERT_EQ(Disclose("publish").code, 0);
  Edit(fees_, "validity: 有效", "change_note: 补充说明\nvalidity: 有效");
  Edit(fees_, "医院不得在公示标准以外另立项目收费", "医院不得另立项目收费");
  ASSERT_EQ(Disclose("publish").code, 0);
  const fs::path cache = dir_ / ".public.disclose/history.json";
  ASSERT_TRUE(fs::exists(cache));
  ASSERT_EQ(Disclose("build --out " + (dir_ / "cached").string()).code, 0);
  fs::remove(cache);
  ASSERT_EQ(Disclose("build --out " + (dir_ / "walked").string()).code, 0);
  EXPECT_FALSE(fs::exists(cache));  // only publish writes the cache
  Output diff = Shell("diff -r " + (dir_ / "cached").string() + " " +
                      (dir_ / "walked").string());
  EXPECT_EQ(diff.code, 0) << diff.out;
  Output same =
      Shell("diff -r -x .git -x .disclose-build " + (dir_ / "public").string() +
            " " + (dir_ / "walked").string());
  EXPECT_EQ(same.code, 0) << same.out;
}

TEST_F(PublishStoryTest, APublishedDocumentCannotDisappearOrBeRenumbered) {
  ASSERT_EQ(Disclose("publish").code, 0);
  const std::string news = "content/news/2004/vice-mayor-window-visit.md";
  fs::rename(dir_ / news, dir_ / "moved.md");
  Output r = Disclose("check");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(news + ": error[D800]: 这份文档（索引号 "
                              "00817365-1/2004-00045"),
            std::string::npos)
      << r.out;
  fs::rename(dir_ / "moved.md", dir_ / news);
  Edit(news, "\"00817365-1/2004-00045\"", "\"00817365-1/2004-00046\"");
  r = Disclose("publish");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(news + ":4:11: error[D801]: 索引号（index_no）已按"
                              "“00817365-1/2004-00045”发布，不能更改，现为"
                              "“00817365-1/2004-00046”\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Commits(), 1);
}

TEST_F(PublishStoryTest, WithdrawingKeepsThePageWithABannerAndLeavesTheLists) {
  ASSERT_EQ(Disclose("publish").code, 0);
  const std::string doc = "content/notices/2005/consolidate-approval-items.md";
  Edit(doc, "validity: 有效",
       "withdrawn:\n  date: 2005-06-01\n  reason: 内容有误，已另行发布\n"
       "validity: 有效");  // the reason is the note: no change_note needed
  Output r = Disclose("publish");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(Git("log -1 --format=%s").out, "Publish: 1 withdrawn\n");
  EXPECT_NE(Git("log -1 --format=%B")
                .out.find("Disclose-Withdrawn: 00817301-0/2005-00003"),
            std::string::npos);
  const std::string page =
      Slurp(dir_ / "public/notices/2005/consolidate-approval-items/index.html");
  EXPECT_NE(page.find("已撤回"), std::string::npos);
  EXPECT_NE(page.find("内容有误，已另行发布"), std::string::npos);
  EXPECT_EQ(Slurp(dir_ / "public/catalogue/index.html")
                .find("consolidate-approval-items"),
            std::string::npos);
  // The history shows the reason as the version's note.
  Output log = Disclose("log 00817301-0/2005-00003");
  EXPECT_NE(log.out.find("内容有误，已另行发布"), std::string::npos) << log.out;
}

TEST_F(PublishStoryTest, RepealingIsRecordedAsSuch) {
  ASSERT_EQ(Disclose("publish").code, 0);
  const std::string doc = "content/notices/2004/new-year-holiday-duty.md";
  Edit(doc, "validity: 失效",
       "validity: 废止\nrepeal_reason: 值班安排已执行完毕");
  Output r = Disclose("publish");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(Git("log -1 --format=%s").out, "Publish: 1 repealed\n");
  EXPECT_NE(Slurp(dir_ / "public/notices/2004/new-year-holiday-duty/index.html")
                .find("已废止"),
            std::string::npos);
}

TEST_F(PublishStoryTest, ATemplateChangeIsNotAnUpdateOfAnyDocument) {
  ASSERT_EQ(Disclose("publish").code, 0);
  Edit("themes/default/templates/base.mustache", "</footer>",
       "<p>网站标识码 0000000000</p></footer>");
  Output r = Disclose("publish");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(Commits(), 2);
  EXPECT_EQ(Git("log -1 --format=%s").out,
            "Publish: presentation only, no document changed\n");
  Output log = Disclose("log 00817552-6/2005-00006");
  EXPECT_EQ(log.out.find("v2"), std::string::npos) << log.out;
}

TEST_F(PublishStoryTest, BuildLeavesThePublishedSiteAlone) {
  ASSERT_EQ(Disclose("publish").code, 0);
  Output r = Disclose("build --out public");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("--out public: that is the published site's folder, "
                       "which only disclose publish writes"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Disclose("build").code, 0);  // into site-preview
  EXPECT_TRUE(fs::exists(dir_ / "site-preview/index.html"));
  EXPECT_EQ(Disclose("verify").code, 0);
}

TEST_F(PublishStoryTest, VerifyFindsAPageEditedByHand) {
  ASSERT_EQ(Disclose("publish").code, 0);
  EXPECT_EQ(Disclose("verify").code, 0);
  std::ofstream(dir_ / "public/index.html", std::ios::app) << "<!-- edited -->";
  std::ofstream(dir_ / "public/extra.html") << "x";
  Output r = Disclose("verify");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("changed: index.html"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("added by hand: extra.html"), std::string::npos);
}

TEST_F(PublishStoryTest, PushMirrorsToABareRepository) {
  const fs::path bare = dir_ / "mirror.git";
  ASSERT_EQ(Shell("git init -q --bare " + bare.string()).code, 0);
  Output r = Disclose("publish --push " + bare.string());
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(Shell("git -C " + bare.string() + " rev-parse main").out,
            Git("rev-parse HEAD").out);
  EXPECT_EQ(Shell("git -C " + bare.string() + " fsck --strict").code, 0);
}

TEST_F(PublishStoryTest, ALockLeftByAPublisherThatDiedStopsNoOne) {
  ASSERT_EQ(Disclose("publish").code, 0);
  // The lock file of a publisher killed with -9 still names it.
  std::ofstream(dir_ / ".public.disclose/lock") << 999999 << "\n";
  Edit(fees_, "validity: 有效", "change_note: 补充说明\nvalidity: 有效");
  Edit(fees_, "医院不得在公示标准以外另立项目收费", "医院不得另立项目收费");
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.find("waiting"), std::string::npos) << r.out;
  EXPECT_EQ(Commits(), 2);
  EXPECT_EQ(Disclose("verify").code, 0);
}

TEST_F(PublishStoryTest, ASecondPublisherWaitsForTheFirst) {
  ASSERT_EQ(Disclose("publish").code, 0);
  const std::string lock = (dir_ / ".public.disclose/lock").string();
  const std::string ready = (dir_ / "ready").string();
  // Another holder of the kernel lock, for one second.
  ASSERT_EQ(Shell("(flock " + lock + " -c 'touch " + ready +
                  "; sleep 2' >/dev/null 2>&1 &) ; while [ ! -e " + ready +
                  " ]; do sleep 0.05; done")
                .code,
            0);
  Edit(fees_, "validity: 有效", "change_note: 补充说明\nvalidity: 有效");
  Edit(fees_, "医院不得在公示标准以外另立项目收费", "医院不得另立项目收费");
  Output r = Disclose("publish");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("waiting for another publication (process"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Commits(), 2);
}

}  // namespace
}  // namespace disclose
