// The audit of a real repository: the sample published by the real binary,
// then amended and partly withdrawn. What log, diff and verify return is
// exactly what the commands print.
#include <gtest/gtest.h>

#include "audit/audit.h"
#include "audit/diff.h"
#include "audit/hand_made_commit.h"
#include "audit/log.h"
#include "audit/verify.h"
#include "base/text.h"
#include "support/sample_copy.h"

namespace disclose {
namespace {

const char kFees[] = "content/fees/2005/city-hospital-outpatient-fees.md";
const char kFeesIndexNo[] = "00817552-6/2005-00006";
const char kFeesRecord[] = "fees/2005/city-hospital-outpatient-fees/index.json";

std::string Text(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

class AuditStoryTest : public ::testing::Test {
 protected:
  void Publish(const std::string& args = "") {
    testing::CommandResult r = copy_.Disclose("publish -q " + args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void Open() {
    store_ = StoreFor((copy_.dir() / "public").string());
    auto repo = OpenAudited(store_);
    ASSERT_TRUE(repo.ok()) << repo.status().message();
    repo_ = std::move(*repo);
    auto history = ReadHistory(*repo_);
    ASSERT_TRUE(history.ok()) << history.status().message();
    history_ = std::move(*history);
  }
  testing::CommandResult Disclose(const std::string& args) {
    return copy_.Disclose(args);
  }

  testing::SampleCopy copy_;
  PublishedStore store_;
  std::unique_ptr<Repository> repo_;
  History history_;
};

TEST_F(AuditStoryTest, NothingPublishedIsAnErrorThatSaysWhatToDo) {
  auto repo = OpenAudited(StoreFor((copy_.dir() / "public").string()));
  ASSERT_FALSE(repo.ok());
  EXPECT_EQ(repo.status().message(),
            (copy_.dir() / "public").string() +
                " is not a published site yet (run disclose publish first)");
}

TEST_F(AuditStoryTest, LogDiffAndVerifyAreWhatTheCommandsPrint) {
  Publish();
  copy_.Edit(kFees, "validity: 有效",
             "change_note: 调整专家门诊诊查费\n"
             "validity: 有效");
  copy_.Edit(kFees, "| 8-10 |", "| 10-12 |");
  copy_.Edit("content/notices/2005/consolidate-approval-items.md",
             "validity: 有效",
             "withdrawn:\n  date: 2005-06-01\n  reason: 内容有误\n"
             "change_note: 撤回\nvalidity: 有效");
  Publish("-m 调整收费");
  Open();

  auto log = ReadLog(*repo_, history_, "");
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->publications.size(), 2u);
  EXPECT_EQ(log->publications[0].subject, "调整收费");
  EXPECT_EQ(log->publications[1].subject, "Publish: 26 added");
  EXPECT_EQ(Text(LogLines(*log)), Disclose("log").out);
  EXPECT_EQ(LogJson(*log).ToJson() + "\n", Disclose("log --format json").out);

  auto versions = ReadLog(*repo_, history_, kFees);
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->document, kFeesRecord);
  ASSERT_EQ(versions->versions.size(), 2u);
  EXPECT_EQ(versions->versions[0].change_note, "调整专家门诊诊查费");
  EXPECT_EQ(Text(LogLines(*versions)),
            Disclose(std::string("log ") + kFeesIndexNo).out);

  auto diff = DiffPublications(*repo_, history_, "HEAD~1", "HEAD", "");
  ASSERT_TRUE(diff.ok());
  ASSERT_EQ(diff->documents.size(), 2u);
  EXPECT_EQ(diff->documents[1].index_no, kFeesIndexNo);
  EXPECT_EQ(diff->documents[1].fee_rows.size(), 1u);
  const testing::CommandResult printed = Disclose("diff HEAD~1 HEAD");
  EXPECT_EQ(Text(DiffLines(*diff)), printed.out);
  EXPECT_EQ(DiffSummary(*diff) + "\n", printed.err);
  EXPECT_EQ(DiffJson(*diff).ToJson() + "\n",
            Disclose("diff HEAD~1 HEAD --format json").out);

  auto one = DiffPublications(*repo_, history_, "HEAD~1", "HEAD", kFees);
  ASSERT_TRUE(one.ok());
  ASSERT_EQ(one->documents.size(), 1u);
  EXPECT_EQ(one->documents[0].index_no, kFeesIndexNo);
  auto before = DiffPublications(*repo_, history_, "2000-01-01", "HEAD", "");
  ASSERT_FALSE(before.ok());
  EXPECT_EQ(before.status().message(),
            "nothing was published on or before 2000-01-01");

  auto report = Verify(store_);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(Verified(*report));
  EXPECT_EQ(report->head, history_.publications.back().commit.id);
  EXPECT_EQ(Text(VerifyLines(*report, false)), Disclose("verify").err);
}

// Regression: a record without url in the last publication (made by hand,
// or by an older version) crashed `disclose log DOC`.
TEST_F(AuditStoryTest, ARecordWithoutAddressDoesNotStopTheLog) {
  Publish();
  testing::CommitRecordWithout(copy_.dir(), kFeesRecord, "\"url\":");
  Open();
  auto log = ReadLog(*repo_, history_, kFeesIndexNo);
  ASSERT_TRUE(log.ok()) << log.status().message();
  EXPECT_EQ(log->document, kFeesRecord);
  ASSERT_EQ(log->versions.size(), 2u);
  EXPECT_EQ(log->versions[0].record.Find("url"), nullptr);
  EXPECT_TRUE(ReadLog(*repo_, history_, kFees).ok());
  auto other = ReadLog(*repo_, history_, "00817365-1/2004-00045");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->versions.size(), 1u);
  auto gone =
      ReadLog(*repo_, history_, "/fees/2005/city-hospital-outpatient-fees/");
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.status().message(),
            "no published document is "
            "\"/fees/2005/city-hospital-outpatient-fees/\" (give its 索引号, "
            "its file or its address)");
}

}  // namespace
}  // namespace disclose
