// `disclose check --links`, run as CI runs it: the real binary on a copy of
// the sample, which passes, and on one with a broken link, which fails.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "support/sample_copy.h"

namespace disclose {
namespace {

using testing::CommandResult;

const char kNotice[] = "content/notices/2005/consolidate-approval-items.md";

// Every path below dir, for "nothing was written".
std::set<std::string> Tree(const std::filesystem::path& dir) {
  std::set<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    const std::string rel = std::filesystem::relative(e.path(), dir).string();
    if (rel != "stderr.txt") out.insert(rel);
  }
  return out;
}

class CheckLinksTest : public ::testing::Test {
 protected:
  testing::SampleCopy copy_;
};

TEST_F(CheckLinksTest, TheSamplePassesAndNothingIsWritten) {
  const auto before = Tree(copy_.dir());
  CommandResult r = copy_.Disclose("check --links");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("检查了 26 个文档，"), 0u) << r.err;
  EXPECT_NE(r.err.find(" 个页面上的 "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" 个链接：0 个错误，0 个警告（"), std::string::npos)
      << r.err;
  EXPECT_EQ(Tree(copy_.dir()), before);
}

TEST_F(CheckLinksTest, ABrokenLinkFailsOnlyWhenLinksAreFollowed) {
  copy_.Edit(
      kNotice, "市直各有关单位：",
      "市直各有关单位：\n\n详见[办事指南](/guides/2005/no-such-guide/)。");
  CommandResult plain = copy_.Disclose("check");
  EXPECT_EQ(plain.exit_code, 0) << plain.err;

  CommandResult r = copy_.Disclose("check --links");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(
      r.err.find(std::string(kNotice) +
                 ":17:10: error[D900]: 页面 "
                 "notices/2005/consolidate-approval-items/index.html（第 102 "
                 "行）上的链接“/guides/2005/no-such-guide/”所指的文件在生成的"
                 "网站中不存在\n"
                 "  提示：网站中没有文件 guides/2005/no-such-guide/index.html；"
                 "请写浏览器中显示的站内地址，站外地址请写完整（https://…）\n"),
      0u)
      << r.err;
  EXPECT_NE(r.err.find("个链接：1 个错误，0 个警告（"), std::string::npos)
      << r.err;

  CommandResult json = copy_.Disclose("check --links --format json");
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_NE(
      json.out.find("{\"errors\":1,\"warnings\":0,\"diagnostics\":[{"
                    "\"severity\":\"error\",\"code\":\"D900\",\"path\":"
                    "\"" +
                    std::string(kNotice) + "\",\"line\":17,\"column\":10,"),
      std::string::npos)
      << json.out;
}

TEST_F(CheckLinksTest, ASiteThatFailsItsCheckIsNotBuilt) {
  copy_.Edit(kNotice, "published: 2005-02-05", "published: 2005-02-30");
  CommandResult r = copy_.Disclose("check --links");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("：1 个错误，0 个警告（"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("）；网站未通过检查，未检查链接\n"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("[D9"), std::string::npos) << r.err;
}

TEST_F(CheckLinksTest, SpeaksTheLanguageOfTheSite) {
  copy_.Edit("content/site.yaml", "language: zh-CN", "language: en");
  CommandResult r = copy_.Disclose("check --links");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("checked 26 documents, followed "), 0u) << r.err;
  EXPECT_NE(r.err.find(" pages: 0 errors, 0 warnings ("), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace disclose
