// The pipeline tells validation which 索引号 are published, so that the
// hint of a wrong year never asks to renumber one (D304).
#include <gtest/gtest.h>

#include <memory>

#include "base/clock.h"
#include "history/published.h"
#include "pipeline/pipeline.h"
#include "support/site_build.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

constexpr char kMeeting[] =
    "site/content/news/2005/second-round-evaluation-meeting.md";

void Replace(MemoryFileSystem& fs, const std::string& path,
             const std::string& from, const std::string& to) {
  auto text = fs.ReadFile(path);
  ASSERT_TRUE(text.ok()) << path;
  const size_t at = text->find(from);
  ASSERT_NE(at, std::string::npos) << path << " has no " << from;
  text->replace(at, from.size(), to);
  ASSERT_TRUE(fs.WriteFile(path, *text, false).ok());
}

TEST(IndexNoPublishedTest, AWrongYearOfAPublishedNumberIsNotRenumbered) {
  MemoryFileSystem fs;
  testing::LoadSampleSite(fs);
  auto published = std::make_shared<MemoryPublished>();
  PipelineOptions opts = testing::SiteOptions();
  opts.publication_date.clear();  // the clock's date
  opts.clock = std::make_shared<FixedClock>(Instant{1772416800, 480});
  opts.published = published;
  auto site = CheckSite(fs, opts);
  ASSERT_TRUE(site.ok() && !site->failed);
  const Config& config = site->config;
  published->Publish(site->documents, "2026-01-01",
                     [&config](const std::string& t, const std::string& v) {
                       return config.ValidityOf(t, v);
                     });

  // The site now numbers by the year written, and the meeting's record
  // says it was written the year before its number's.
  Replace(fs, "site/content/site.yaml", "\n  year_of: published\n",
          "\n  year_of: written\n");
  Replace(
      fs, kMeeting, "published: 2005-01-06\n",
      "published: 2005-01-06\nwritten: 2004-12-30\nchange_note: 补成文日期\n");
  auto again = CheckSite(fs, opts);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(FormatText(again->diagnostics),
            "content/news/2005/second-round-evaluation-meeting.md:4:11: "
            "error[D304]: 索引号 (index_no) \"00817365-1/2005-00001\" has the "
            "year 2005, but 成文日期 (written) is 2004-12-30\n"
            "  hint: this 索引号 is published and cannot change; correct "
            "成文日期 (written) if it is wrong\n");
}

}  // namespace
}  // namespace disclose
