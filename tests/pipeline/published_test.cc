// The rules that keep the published record honest (D800-D804), checked by
// the pipeline against publications made in memory: no repository, no disk.
#include "history/published.h"

#include <gtest/gtest.h>

#include <memory>

#include "base/clock.h"
#include "base/text.h"
#include "pipeline/pipeline.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

constexpr char kFees[] = "content/fees/2005/city-hospital-outpatient-fees.md";
constexpr char kFeesIndexNo[] = "00817552-6/2005-00006";
constexpr char kNotice[] = "content/notices/2005/consolidate-approval-items.md";

class PipelinePublishedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::LoadSampleSite(fs_);
    opts_.load.site_root = "site";
    opts_.validate.today = Date{2026, 1, 1};
    opts_.out_dir = "/out";
    // 2026-03-02T10:00+08:00: the date of versions not yet published.
    opts_.clock = std::make_shared<FixedClock>(Instant{1772416800, 480});
    opts_.published = published_;
  }

  CheckedSite Check() {
    auto site = CheckSite(fs_, opts_);
    EXPECT_TRUE(site.ok()) << site.status().message();
    return site.ok() ? std::move(*site) : CheckedSite();
  }

  // Publishes the site as it is now, as `publish` would.
  void Publish(const std::string& date) {
    CheckedSite site = Check();
    ASSERT_FALSE(site.failed) << FormatText(site.diagnostics);
    const Config& config = site.config;
    published_->Publish(site.documents, date,
                        [&config](const std::string& t, const std::string& v) {
                          return config.ValidityOf(t, v);
                        });
  }

  // "D803 content/...:line" for every D80x diagnostic.
  static std::vector<std::string> Rules(const CheckedSite& site) {
    std::vector<std::string> out;
    for (const auto& d : site.diagnostics.items()) {
      if (StartsWith(d.code, "D80")) {
        out.push_back(d.code + " " + d.path + ":" + std::to_string(d.line));
      }
    }
    return out;
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
  void Move(const std::string& from, const std::string& to) {
    ASSERT_TRUE(fs_.Rename("site/" + from, "site/" + to).ok());
  }
  void Remove(const std::string& rel) {
    ASSERT_TRUE(fs_.RemoveAll("site/" + rel).ok());
  }

  // The rendered file at `path`, with the site published so far.
  std::string Rendered(const std::string& path) {
    CheckedSite site = Check();
    auto files = RenderCheckedSite(site, opts_);
    EXPECT_TRUE(files.ok()) << files.status().message();
    if (!files.ok()) return "";
    for (const auto& f : *files) {
      if (f.path == path) return f.data;
    }
    ADD_FAILURE() << "no " << path;
    return "";
  }

  MemoryFileSystem fs_;
  std::shared_ptr<MemoryPublished> published_ =
      std::make_shared<MemoryPublished>();
  PipelineOptions opts_;
};

TEST_F(PipelinePublishedTest, NothingPublishedMeansNoRuleApplies) {
  Remove(kNotice);
  opts_.published = nullptr;
  EXPECT_TRUE(Rules(Check()).empty());
  opts_.published = published_;  // an empty one: the same
  EXPECT_TRUE(Rules(Check()).empty());
}

TEST_F(PipelinePublishedTest, TheSiteAsPublishedBreaksNoRule) {
  Publish("2025-06-01");
  CheckedSite site = Check();
  EXPECT_FALSE(site.failed) << FormatText(site.diagnostics);
  EXPECT_TRUE(Rules(site).empty());
  EXPECT_EQ(site.published.size(), site.documents.size());
}

TEST_F(PipelinePublishedTest, D800APublishedDocumentCannotBeDeleted) {
  Publish("2025-06-01");
  Remove(kNotice);
  CheckedSite site = Check();
  EXPECT_TRUE(site.failed);
  EXPECT_EQ(Rules(site),
            std::vector<std::string>{"D800 " + std::string(kNotice) + ":0"});
}

TEST_F(PipelinePublishedTest, D801ItsIndexNoNeverChanges) {
  Publish("2025-06-01");
  Edit(kFees, "\"00817552-6/2005-00006\"", "\"00817552-6/2005-00096\"");
  CheckedSite site = Check();
  EXPECT_EQ(Rules(site),
            std::vector<std::string>{"D801 " + std::string(kFees) + ":4"});
}

TEST_F(PipelinePublishedTest, D802ItsAddressNeverChanges) {
  Publish("2025-06-01");
  const std::string moved = "content/fees/2005/outpatient-fees.md";
  Move(kFees, moved);
  CheckedSite site = Check();
  EXPECT_EQ(Rules(site), std::vector<std::string>{"D802 " + moved + ":4"});
}

TEST_F(PipelinePublishedTest, D803AChangeNeedsANewChangeNote) {
  Publish("2025-06-01");
  Edit(kFees, "现将市第一人民医院", "现将市第一人民医院（本院）");
  EXPECT_EQ(Rules(Check()),
            std::vector<std::string>{"D803 " + std::string(kFees) + ":1"});
  Edit(kFees, "validity: 有效", "change_note: 更正正文\nvalidity: 有效");
  EXPECT_TRUE(Rules(Check()).empty());
  Publish("2025-07-01");
  // The next change needs a note other than the published one.
  Edit(kFees, "（本院）", "");
  EXPECT_EQ(Rules(Check()),
            std::vector<std::string>{"D803 " + std::string(kFees) + ":11"});
}

TEST_F(PipelinePublishedTest, D804AWithdrawnDocumentCannotComeBack) {
  Publish("2025-06-01");
  Edit(kNotice, "validity: 有效",
       "change_note: 撤回\nvalidity: 有效\nwithdrawn:\n  date: 2005-06-01\n"
       "  reason: 内容有误");
  EXPECT_TRUE(Rules(Check()).empty());
  Publish("2025-07-01");
  Edit(kNotice, "\nwithdrawn:\n  date: 2005-06-01\n  reason: 内容有误", "");
  CheckedSite site = Check();
  EXPECT_EQ(Rules(site),
            std::vector<std::string>{"D804 " + std::string(kNotice) + ":1"});
}

TEST_F(PipelinePublishedTest, HistoryPagesShowThePublicationsAndTodaysChanges) {
  Publish("2025-06-01");
  Edit(kFees, "validity: 有效", "change_note: 更正正文\nvalidity: 有效");
  const std::string page =
      Rendered("fees/2005/city-hospital-outpatient-fees/history/index.html");
  EXPECT_NE(page.find("2025-06-01"), std::string::npos) << page;
  // The pending version is dated by the clock.
  EXPECT_NE(page.find("2026-03-02"), std::string::npos) << page;
  EXPECT_NE(page.find("更正正文"), std::string::npos) << page;
  const std::string updates = Rendered("updates/index.html");
  EXPECT_NE(updates.find("2025-06-01"), std::string::npos);
  EXPECT_NE(updates.find(kFeesIndexNo), std::string::npos);
}

TEST_F(PipelinePublishedTest, AMemoryPublicationRecordsOnlyChangedVersions) {
  Publish("2025-06-01");
  Publish("2025-06-02");  // nothing changed: no new version
  Edit(kFees, "validity: 有效", "change_note: 更正正文\nvalidity: 有效");
  Publish("2025-07-01");
  auto history = published_->PublishedHistory();
  ASSERT_TRUE(history.ok() && history->has_value());
  const History& h = **history;
  ASSERT_EQ(h.publications.size(), 3u);
  EXPECT_EQ(h.publications[1].commit.parent, h.publications[0].commit.id);
  EXPECT_FALSE(h.publications[0].added.empty());
  EXPECT_TRUE(h.publications[1].added.empty());
  EXPECT_EQ(h.publications[2].amended, std::vector<std::string>{kFeesIndexNo});
  const auto& versions =
      h.versions.at("fees/2005/city-hospital-outpatient-fees/index.json");
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[1].number, 2);
  EXPECT_EQ(versions[1].date, "2025-07-01");
  EXPECT_EQ(versions[1].change_note, "更正正文");
  EXPECT_EQ(versions[1].commit, h.publications[2].commit.id);
}

}  // namespace
}  // namespace disclose
