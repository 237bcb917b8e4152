// Publish in-process, with a fixed clock: the commit records the clock's
// instant, and the versions it makes are dated in the clock's time zone.
#include "publish/publish.h"

#include <gtest/gtest.h>

#include <memory>

#include "base/clock.h"
#include "base/file_system.h"
#include "support/sample_copy.h"

namespace disclose {
namespace {

class PublishClockTest : public ::testing::Test {
 protected:
  PipelineOptions Options(const Instant& at) const {
    PipelineOptions opts;
    opts.load.site_root = copy_.dir().string();
    opts.clock = std::make_shared<FixedClock>(at);
    opts.validate.today = opts.clock->Today();
    return opts;
  }

  // The commits of the published repository, by id.
  std::map<std::string, CommitInfo> Commits() const {
    std::map<std::string, CommitInfo> out;
    const PublishedStore store = StoreFor((copy_.dir() / "public").string());
    auto repo = Repository::Open(store.repository(), false);
    EXPECT_TRUE(repo.ok()) << repo.status().message();
    if (!repo.ok()) return out;
    auto log = (*repo)->Log();
    EXPECT_TRUE(log.ok());
    if (log.ok()) {
      for (const auto& c : *log) out[c.id] = c;
    }
    return out;
  }

  testing::SampleCopy copy_;
  const std::string fees_ =
      "content/fees/2005/city-hospital-outpatient-fees.md";
};

TEST_F(PublishClockTest, CommitsAtTheClocksInstantAndDatesVersionsByIt) {
  RealFileSystem fs;
  const Instant first{1772416800, 480};    // 2026-03-02T10:00+08:00
  const Instant second{1775104200, -300};  // 2026-04-01T23:30-05:00
  auto one = Publish(fs, Options(first), PublishOptions{});
  ASSERT_TRUE(one.ok()) << one.status().message();
  ASSERT_TRUE(one->committed);
  copy_.Edit(fees_, "validity: 有效",
             "change_note: 更正收费标准\nvalidity: 有效");
  auto two = Publish(fs, Options(second), PublishOptions{});
  ASSERT_TRUE(two.ok()) << two.status().message();
  ASSERT_TRUE(two->committed);

  auto commits = Commits();
  ASSERT_EQ(commits.size(), 2u);
  EXPECT_EQ(commits[one->commit].time, first.seconds);
  EXPECT_EQ(commits[one->commit].offset_minutes, first.offset_minutes);
  EXPECT_EQ(commits[two->commit].time, second.seconds);
  EXPECT_EQ(commits[two->commit].offset_minutes, second.offset_minutes);
  // Real git reads the same.
  testing::CommandResult git = testing::RunCommand(
      "git --git-dir=" +
          StoreFor((copy_.dir() / "public").string()).repository() +
          " log --format='%ct %ci'",
      copy_.dir() / "git.txt");
  EXPECT_EQ(git.out,
            "1775104200 2026-04-01 23:30:00 -0500\n"
            "1772416800 2026-03-02 10:00:00 +0800\n");

  // The second version is dated on the day it was published where it was
  // published (in UTC it was already 2026-04-02).
  const std::string history =
      testing::Slurp(copy_.dir() /
                     "public/fees/2005/city-hospital-outpatient-fees/history/"
                     "index.html");
  EXPECT_NE(history.find("2026-03-02"), std::string::npos) << history;
  EXPECT_NE(history.find("2026-04-01"), std::string::npos) << history;
  EXPECT_EQ(history.find("2026-04-02"), std::string::npos) << history;
}

}  // namespace
}  // namespace disclose
