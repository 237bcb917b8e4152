// `disclose new` then `disclose check`, and `disclose serve` started and
// stopped, with the real binary on a copy of the sample site.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/sample_copy.h"
#include "support/serve_process.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

using testing::CommandResult;
using testing::Get;
using testing::ServedPort;
using testing::ServeProcess;
using testing::Slurp;

class NewServeTest : public ::testing::Test {
 protected:
  // Runs disclose on the copy (or, with a site given, on that folder).
  CommandResult Disclose(const std::string& args,
                         const std::string& site = "") {
    return copy_.Disclose(args, site);
  }

  // Replaces every placeholder of an active line, as an author would.
  void FillIn(const std::string& rel,
              const std::vector<std::pair<std::string, std::string>>& values,
              const std::string& append = "") {
    std::string text = Slurp(dir_ / rel);
    for (const auto& [placeholder, value] : values) {
      size_t at = 0;
      while ((at = text.find(placeholder, at)) != std::string::npos) {
        if (text[text.rfind('\n', at) + 1] != '#') {
          text.replace(at, placeholder.size(), value);
        }
        ++at;
      }
    }
    std::ofstream(dir_ / rel, std::ios::binary) << text << append;
  }

  testing::SampleCopy copy_;
  const fs::path& dir_ = copy_.dir();
};

TEST_F(NewServeTest, NewThenCheckReportsEachPlaceholderAndNothingElse) {
  CommandResult made = Disclose("new notice news/2026/duty-roster.md");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_EQ(made.err.rfind("wrote content/news/2026/duty-roster.md: 通知公告 "
                           "(notice) with 索引号 00817365-1/2026-00001; 2 "
                           "placeholders to fill in, then run disclose check (",
                           0),
            0u)
      << made.err;
  const std::string text = Slurp(dir_ / "content/news/2026/duty-roster.md");
  EXPECT_NE(text.find("\ntitle: 【待填写】标题\n"), std::string::npos);

  CommandResult checked = Disclose("check");
  EXPECT_EQ(checked.exit_code, 1);
  EXPECT_EQ(
      checked.err.substr(0, checked.err.find("检查了 ")),
      "content/news/2026/duty-roster.md:6:8: error[D299]: 标题（title）"
      "仍是占位内容：把“【待填写】标题”换成实际的值\n"
      "  提示：例如 关于公布2005年门诊收费标准的通知\n"
      "content/news/2026/duty-roster.md:18:11: error[D299]: "
      "主题分类（category）仍是占位内容：把“【待填写】主题分类”换成实际的值\n"
      "  提示：例如 政务公开\n");
  EXPECT_NE(checked.err.find("检查了 27 个文档：2 个错误，0 个警告（"),
            std::string::npos);

  FillIn("content/news/2026/duty-roster.md",
         {{"【待填写】标题", "关于2026年元旦值班安排的通知"},
          {"【待填写】主题分类", "政务公开"}},
         "元旦期间各窗口轮流值班。\n");
  checked = Disclose("check");
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_NE(checked.err.find("检查了 27 个文档：0 个错误，0 个警告（"),
            std::string::npos)
      << checked.err;
}

TEST_F(NewServeTest, NewFeeScheduleChecksOnceFilledIn) {
  CommandResult made = Disclose(
      "new fee-schedule content/fees/2026/parking-fees.md --department "
      "jiaotong");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  CommandResult checked = Disclose("check --format json");
  EXPECT_EQ(checked.exit_code, 1);
  EXPECT_EQ(checked.out.rfind("{\"errors\":10,\"warnings\":0,", 0), 0u)
      << checked.out;
  FillIn("content/fees/2026/parking-fees.md",
         {{"【待填写】标题", "市政务服务中心停车收费标准公示"},
          {"【待填写】主题分类", "收费管理"},
          {"【待填写】执行日期", "2026-02-01"},
          {"【待填写】批准机关", "市物价局"},
          {"【待填写】文号", "常价费〔2025〕8号"},
          {"【待填写】收费范围", "市政务服务中心停车场"},
          {"【待填写】投诉电话", "\"12358\""},
          {"【待填写】收费项目", "小型车停车费"},
          {"【待填写】计费单位", "小时"},
          {"【待填写】收费标准", "2"}},
         "| 大型车停车费 | 小时 | 5 |\n");
  checked = Disclose("check");
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  CommandResult built = Disclose("build --out " + (dir_ / "out").string());
  EXPECT_EQ(built.exit_code, 0) << built.err;
  EXPECT_TRUE(fs::exists(dir_ / "out/fees/2026/parking-fees/fees-1.csv"));
}

TEST_F(NewServeTest, NewNeverOverwritesAndHandsOutTheNextIndexNo) {
  ASSERT_EQ(Disclose("new notice news/2026/a.md -q").exit_code, 0);
  const std::string first = Slurp(dir_ / "content/news/2026/a.md");
  CommandResult again = Disclose("new notice news/2026/a.md");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(again.err,
            "disclose: error: content/news/2026/a.md already exists; disclose "
            "new never overwrites a file (choose another name, or edit that "
            "one)\n");
  EXPECT_EQ(Slurp(dir_ / "content/news/2026/a.md"), first);

  CommandResult second = Disclose("new notice news/2026/b.md -q");
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_EQ(second.err, "");  // quiet
  EXPECT_NE(Slurp(dir_ / "content/news/2026/b.md")
                .find("\nindex_no: \"00817365-1/2026-00002\"\n"),
            std::string::npos);
}

TEST_F(NewServeTest, NewRefusesWhatItCannotDoWithExitTwo) {
  CommandResult r = Disclose("new memo news/2026/a.md");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("disclose: error: \"memo\" is not a document type; "
                        "use one of: ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(Disclose("new notice news/2005/a.md").exit_code, 2);
  EXPECT_EQ(Disclose("new notice").exit_code, 2);
  EXPECT_FALSE(fs::exists(dir_ / "content/news/2005/a.md"));
}

TEST_F(NewServeTest, ProgressIsNeverWrittenIntoAPipe) {
  CommandResult r = Disclose("build --out " + (dir_ / "out").string());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_EQ(r.err.find("validating"), std::string::npos);
}

TEST_F(NewServeTest, ServePrintsItsAddressAndStopsCleanlyOnCtrlC) {
  for (int signal : {SIGINT, SIGTERM}) {
    ServeProcess serve({DISCLOSE_BINARY, "serve", "--port", "0", "--site",
                        dir_.string(), "--quiet"});
    const std::string line = serve.FirstLine();
    ASSERT_EQ(line.rfind("serving http://127.0.0.1:", 0), 0u) << line;
    EXPECT_EQ(line.substr(line.size() - 16), "/ (Ctrl-C stops)");
    const int port = ServedPort(line);
    EXPECT_EQ(Get(port, "/catalogue/").rfind("HTTP/1.1 200 OK\r\n", 0), 0u);
    const auto start = Clock::now();
    EXPECT_EQ(serve.Stop(signal), 0);
    EXPECT_LT(Clock::now() - start, std::chrono::seconds(2));
  }
  // It never wrote a thing into the site.
  EXPECT_FALSE(fs::exists(dir_ / "public"));
  EXPECT_FALSE(fs::exists(dir_ / "public.disclose-new"));
}

// --today governs serve as every other command: the versions not yet
// published are dated with it (they once were dated with the real day).
TEST_F(NewServeTest, ServeDatesUnpublishedVersionsWithToday) {
  ServeProcess serve({DISCLOSE_BINARY, "serve", "--port", "0", "--site",
                      dir_.string(), "--quiet", "--today", "2031-03-04"});
  const int port = ServedPort(serve.FirstLine());
  ASSERT_GT(port, 0);
  const std::string page =
      Get(port, "/fees/2005/city-hospital-outpatient-fees/");
  EXPECT_EQ(page.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << page;
  EXPECT_NE(page.find("最后更新 2031-03-04"), std::string::npos) << page;
  const std::string updates = Get(port, "/updates/");
  EXPECT_NE(updates.find("2031-03-04"), std::string::npos) << updates;
  EXPECT_EQ(serve.Stop(SIGINT), 0);
}

// A 发布日期 after --today is in the future (D213); under --strict that
// fails the preview's build, and every page shows the warning.
TEST_F(NewServeTest, ServeWarnsOfDatesAfterToday) {
  ServeProcess serve({DISCLOSE_BINARY, "serve", "--port", "0", "--site",
                      dir_.string(), "--quiet", "--strict", "--today",
                      "2005-01-20"});
  const int port = ServedPort(serve.FirstLine());
  ASSERT_GT(port, 0);
  const std::string page = Get(port, "/catalogue/");
  EXPECT_EQ(page.rfind("HTTP/1.1 503", 0), 0u) << page;
  EXPECT_NE(page.find("D213"), std::string::npos) << page;
  EXPECT_NE(page.find("2005-01-24"), std::string::npos) << page;
  EXPECT_EQ(serve.Stop(SIGINT), 0);
}

TEST_F(NewServeTest, ServeWithoutASiteOrWithABadPortExitsWithTwo) {
  CommandResult r = Disclose("serve --port 0", (dir_ / "nowhere").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("disclose: error: no site here: "), std::string::npos)
      << r.err;
  EXPECT_EQ(Disclose("serve --port 70000").exit_code, 2);
}

}  // namespace
}  // namespace disclose
