// Runs the real `disclose` binary the way department staff and CI do.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/hand_made_commit.h"
#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;

using testing::CommandResult;
using testing::RunCommand;
using testing::Slurp;

class CliTest : public ::testing::Test {
 protected:
  CommandResult Disclose(const std::string& args) {
    return RunCommand(
        std::string(DISCLOSE_BINARY) + " " + args + " --today 2026-01-01",
        dir_ / "stderr.txt");
  }
  void Edit(const std::string& rel, const std::string& from,
            const std::string& to) {
    copy_.Edit(rel, from, to);
  }
  std::string Site() const { return "--site " + dir_.string(); }

  testing::SampleCopy copy_;
  const fs::path& dir_ = copy_.dir();
};

TEST_F(CliTest, CheckPassesOnTheSample) {
  CommandResult r = Disclose("check " + Site());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("检查了 26 个文档：0 个错误，0 个警告（"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, ReportsEveryProblemOfEveryFileSorted) {
  Edit("content/fees/2005/city-hospital-outpatient-fees.md",
       "| 主任医师诊查费 | 人次 | 6 |", "| 主任医师诊查费 | 人次 | 6元/年 |");
  Edit("content/news/2005/coordination-group-meeting.md",
       "category: ", "category: 不存在的分类\nx_category: ");
  Edit("content/notices/2004/window-work-interim-rules.md",
       "published: 2004-03-15", "published: 2004-02-30");
  CommandResult r = Disclose("check " + Site());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.find("content/fees/2005/city-hospital-outpatient-fees.md:"),
            0u)
      << r.err;
  EXPECT_NE(r.err.find("error[D405]: 收费标准“6元/年”的单位是 元/年，但计费"
                       "单位为“人次”（第一个收费表第 5 行）\n"
                       "  提示：两处写同一个单位，或让计费单位留空\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("content/news/2005/coordination-group-meeting.md:"),
            std::string::npos);
  EXPECT_NE(r.err.find("content/notices/2004/window-work-interim-rules.md:"),
            std::string::npos);
  EXPECT_LT(r.err.find("content/news/"), r.err.find("content/notices/"));
  EXPECT_NE(r.err.find("4 个错误，0 个警告"), std::string::npos);
}

// The same problems on a site whose language is English: the same codes,
// places and JSON shape, each message and hint in English.
TEST_F(CliTest, SpeaksTheLanguageOfTheSite) {
  Edit("content/fees/2005/city-hospital-outpatient-fees.md",
       "| 主任医师诊查费 | 人次 | 6 |", "| 主任医师诊查费 | 人次 | 6元/年 |");
  Edit("content/news/2005/coordination-group-meeting.md", "validity: 有效",
       "validity: 有用");
  const std::string zh = Disclose("check " + Site()).err;
  const std::string zh_json = Disclose("check --format json " + Site()).out;
  Edit("content/site.yaml", "language: zh-CN", "language: en");
  CommandResult en = Disclose("check " + Site());
  EXPECT_EQ(en.exit_code, 1);
  EXPECT_EQ(en.err.substr(0, en.err.find("checked 26 documents: ")),
            "content/fees/2005/city-hospital-outpatient-fees.md:35:22: "
            "error[D405]: 收费标准 \"6元/年\" names the unit 元/年, but "
            "计费单位 says \"人次\" (row 5 of the first fee table)\n"
            "  hint: write the same unit in both, or leave 计费单位 empty\n"
            "content/news/2005/coordination-group-meeting.md:11:11: "
            "error[D205]: 有效性 (validity) must be one of 有效, 失效, 废止, "
            "got \"有用\"\n");
  EXPECT_NE(en.err.find("checked 26 documents: 2 errors, 0 warnings ("),
            std::string::npos)
      << en.err;
  EXPECT_EQ(zh.substr(0, zh.find("检查了 26 个文档：")),
            "content/fees/2005/city-hospital-outpatient-fees.md:35:22: "
            "error[D405]: 收费标准“6元/年”的单位是 元/年，但计费单位为“人次”"
            "（第一个收费表第 5 行）\n"
            "  提示：两处写同一个单位，或让计费单位留空\n"
            "content/news/2005/coordination-group-meeting.md:11:11: "
            "error[D205]: 有效性（validity）应为以下之一：有效、失效、废止，"
            "现为“有用”\n");
  EXPECT_NE(zh.find("检查了 26 个文档：2 个错误，0 个警告（"),
            std::string::npos)
      << zh;
  // JSON: the same document but for the words of "message" and "hint".
  auto shape = [](std::string json) {
    for (const char* key : {"\"message\":\"", "\"hint\":\""}) {
      for (size_t at = json.find(key); at != std::string::npos;
           at = json.find(key, at + 1)) {
        const size_t start = at + std::string(key).size();
        size_t end = start;
        while (json[end] != '"') end += json[end] == '\\' ? 2 : 1;
        json.erase(start, end - start);
      }
    }
    return json;
  };
  const std::string en_json = Disclose("check --format json " + Site()).out;
  EXPECT_NE(en_json, zh_json);
  EXPECT_EQ(shape(en_json), shape(zh_json));
  EXPECT_NE(shape(en_json).find("\"code\":\"D205\""), std::string::npos);
}

TEST_F(CliTest, FormatJsonPrintsDiagnosticsOnStdout) {
  Edit("content/news/2005/coordination-group-meeting.md", "validity: 有效",
       "validity: 有用");
  CommandResult r = Disclose("check --format json " + Site());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.find("{\"errors\":1,\"warnings\":0,\"diagnostics\":[{"
                       "\"severity\":\"error\",\"code\":\"D205\",\"path\":"
                       "\"content/news/2005/coordination-group-meeting.md\""),
            0u)
      << r.out;
}

// The bytes of s that a terminal acts on: below 0x20 but line feed, and DEL.
std::string RawControls(const std::string& s) {
  std::string found;
  for (unsigned char c : s) {
    if ((c < 0x20 && c != '\n') || c == 0x7F) found += std::to_string(c) + " ";
  }
  return found;
}

TEST_F(CliTest, NeverPrintsAControlCharacterOfTheContent) {
  Edit("content/notices/2005/consolidate-approval-items.md",
       "title: 关于进一步归集行政审批服务事项进驻市政务服务中心的通知",
       "title: \"\\e]0;x\\a\\e[2J\"");
  Edit("content/news/2005/coordination-group-meeting.md", "validity: 有效",
       "validity: \"有效\\e[2J\\x7f\"");
  Edit("content/news/2004/vice-mayor-window-visit.md", "title: 常务副市长",
       "title: 常务副市长\u202E");
  Edit("content/notices/2005/window-staff-management-rules.md", "## ",
       "\x1b[31m\r## ");
  for (const char* flags : {"", "--quiet ", "--strict "}) {
    CommandResult r = Disclose(std::string("check ") + flags + Site());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(RawControls(r.err), "") << flags << r.err;
    EXPECT_NE(r.err.find("error[D109]: 标题（title）的第 1 个字符是控制字符 "
                         "U+001B（转义符）\n"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("error[D109]: 有效性（validity）的第 3 个字符是控制"
                         "字符 U+001B（转义符）\n"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("\u202E"), std::string::npos) << r.err;
  }
  CommandResult json = Disclose("check --format json " + Site());
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_EQ(RawControls(json.out), "") << json.out;
  EXPECT_NE(json.out.find("\"message\":\"有效性（validity）的第 3 个字符是控制"
                          "字符 U+001B（转义符）\""),
            std::string::npos)
      << json.out;
}

TEST_F(CliTest, CommonFlagsWorkBeforeAndAfterTheCommand) {
  EXPECT_EQ(Disclose(Site() + " check").exit_code, 0);
  EXPECT_EQ(Disclose("check " + Site()).exit_code, 0);
  CommandResult quiet = Disclose("--quiet check " + Site());
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Disclose("check --no-such-flag " + Site()).exit_code, 2);
  EXPECT_EQ(Disclose("frobnicate").exit_code, 2);
  EXPECT_EQ(Disclose("check --format xml " + Site()).exit_code, 2);
  CommandResult r = Disclose("check --site " + (dir_ / "nowhere").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("disclose: error: no site here:"), std::string::npos)
      << r.err;
}

TEST_F(CliTest, WarningsFailOnlyWhenStrict) {
  Edit("content/news/2005/coordination-group-meeting.md",
       "published: 2005-01-24", "published: 2027-01-24");
  Edit("content/news/2005/coordination-group-meeting.md",
       "\"00817334-4/2005-00002\"", "\"00817334-4/2027-00002\"");
  fs::create_directories(dir_ / "content/news/2027");
  fs::rename(dir_ / "content/news/2005/coordination-group-meeting.md",
             dir_ / "content/news/2027/coordination-group-meeting.md");
  CommandResult r = Disclose("check " + Site());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning[D213]: 发布日期（published）2027-01-24 "
                       "是将来的日期"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Disclose("check --strict " + Site()).exit_code, 1);
}

TEST_F(CliTest, BuildWritesTheSiteAndAFailedBuildKeepsIt) {
  const std::string out = (dir_ / "out").string();
  CommandResult r = Disclose("build --out " + out + " " + Site());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir_ / "out/index.html"));
  const std::string before = Slurp(dir_ / "out/catalogue/index.html");
  Edit("content/news/2005/coordination-group-meeting.md",
       "title: ", "title:\ntitle2: ");
  r = Disclose("build --out " + out + " " + Site());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("个错误，0 个警告（"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("）；未写出任何文件\n"), std::string::npos) << r.err;
  EXPECT_EQ(Slurp(dir_ / "out/catalogue/index.html"), before);
  EXPECT_FALSE(fs::exists(dir_ / "out.disclose-new"));
}

// Regression: `disclose log DOC` crashed (a null pointer) when a record of
// the last publication had no url, as one made by hand or by an older
// version may not.
TEST_F(CliTest, LogOfADocumentWhoseRecordHasNoAddress) {
  ASSERT_EQ(Disclose("publish -q " + Site()).exit_code, 0);
  testing::CommitRecordWithout(
      dir_, "fees/2005/city-hospital-outpatient-fees/index.json", "\"url\":");
  CommandResult r = Disclose("log 00817552-6/2005-00006 " + Site());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("v2  "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("v1  "), std::string::npos) << r.out;
  r = Disclose("log content/news/2004/vice-mayor-window-visit.md " + Site());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = Disclose("log /fees/2005/city-hospital-outpatient-fees/ " + Site());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "disclose: error: no published document is "
            "\"/fees/2005/city-hospital-outpatient-fees/\" (give its 索引号, "
            "its file or its address)\n");
}

}  // namespace
}  // namespace disclose
