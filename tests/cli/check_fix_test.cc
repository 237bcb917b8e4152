// `disclose check --fix` on a copy of the sample whose documents carry the
// warnings a real department's files do: it applies every certain fix,
// prints each change, and the files it leaves pass `check --strict`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/sample_copy.h"

namespace disclose {
namespace {

using testing::CommandResult;
using testing::Slurp;

const char kNotice[] = "content/notices/2005/consolidate-approval-items.md";
const char kNews[] = "content/news/2005/coordination-group-meeting.md";

// text with a byte order mark and CRLF line ends.
std::string AsWindowsFile(const std::string& text) {
  std::string out = "\xEF\xBB\xBF";
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

class CheckFixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    notice_ = Slurp(copy_.dir() / kNotice);
    news_ = Slurp(copy_.dir() / kNews);
    copy_.Edit(kNotice, "published: 2005-02-05", "published: 2005年2月5日");
    copy_.Edit(kNotice, "doc_no: \"常政办发〔2005〕3号\"",
               "doc_no: \"常政办发[2005]3号\"  # as the paper copy prints it");
    copy_.Edit(kNotice,
               "keywords: [审批事项, 联合审批, 政务服务中心, 目标管理]",
               "keywords: 审批事项、联合审批 政务服务中心，目标管理");
    std::ofstream(copy_.dir() / kNews, std::ios::binary)
        << AsWindowsFile(news_);
    copy_.Edit(kNews, "written: 2005-01-21", "written: ２００５年１月２１日");
  }

  testing::SampleCopy copy_;
  std::string notice_, news_;
};

TEST_F(CheckFixTest, AppliesEveryFixThenStrictCheckPasses) {
  CommandResult before = copy_.Disclose("check --strict");
  EXPECT_EQ(before.exit_code, 1) << before.err;

  CommandResult r = copy_.Disclose("check --fix");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string changes =
      "content/news/2005/coordination-group-meeting.md:7: 成文日期 "
      "\"２００５年１月２１日\" → \"2005-01-21\"\n"
      "content/notices/2005/consolidate-approval-items.md:6: 发布日期 "
      "\"2005年2月5日\" → \"2005-02-05\"\n"
      "content/notices/2005/consolidate-approval-items.md:9: 文号 "
      "\"常政办发[2005]3号\" → \"常政办发〔2005〕3号\"\n"
      "content/notices/2005/consolidate-approval-items.md:10: 主题词 "
      "\"审批事项、联合审批 政务服务中心，目标管理\" → "
      "\"[审批事项, 联合审批, 政务服务中心, 目标管理]\"\n";
  EXPECT_EQ(r.err.substr(0, changes.size()), changes) << r.err;
  EXPECT_NE(r.err.find("改正了 4 处；检查了 26 个文档：0 个错误，0 个警告（"),
            std::string::npos)
      << r.err;

  // Every other byte is as it was: the comment, the quotes, CRLF, the BOM.
  EXPECT_EQ(Slurp(copy_.dir() / kNotice), [&] {
    std::string t = notice_;
    const std::string no = "\"常政办发〔2005〕3号\"";
    t.insert(t.find(no) + no.size(), "  # as the paper copy prints it");
    return t;
  }());
  EXPECT_EQ(Slurp(copy_.dir() / kNews), AsWindowsFile(news_));
  for (const auto& e : std::filesystem::directory_iterator(
           copy_.dir() / "content/notices/2005")) {
    EXPECT_EQ(e.path().extension(), ".md") << e.path();  // no temporary left
  }

  CommandResult strict = copy_.Disclose("check --strict");
  EXPECT_EQ(strict.exit_code, 0) << strict.err;
  CommandResult again = copy_.Disclose("check --fix");
  EXPECT_EQ(again.err.find("fixed"), std::string::npos) << again.err;
}

TEST_F(CheckFixTest, JsonCarriesEachFix) {
  CommandResult r = copy_.Disclose("check --format json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"D220\",\"path\":\"content/notices/2005/"
                       "consolidate-approval-items.md\",\"line\":9,"
                       "\"column\":9,\"message\":"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"fix\":{\"line\":9,\"column\":9,\"from\":\"常政办发["
                       "2005]3号\",\"to\":\"常政办发〔2005〕3号\"}"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace disclose
