// Every folder in tests/fixtures/invalid/ is a broken copy of the sample
// site: its files replace the sample's, and expected.txt pins the exact
// diagnostics `disclose check` prints for it (errors, or for a problem that
// is only a warning, the warning).
#include <gtest/gtest.h>

#include <filesystem>

#include "pipeline/pipeline.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

std::vector<std::string> FixtureNames() {
  std::vector<std::string> names;
  const std::string dir = testing::SourceDir() + "/tests/fixtures/invalid";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_directory()) names.push_back(entry.path().filename());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class InvalidSiteTest : public ::testing::TestWithParam<std::string> {};

TEST_P(InvalidSiteTest, ReportsExactDiagnostics) {
  const std::string dir =
      testing::SourceDir() + "/tests/fixtures/invalid/" + GetParam();
  MemoryFileSystem fs;
  testing::LoadSampleSite(fs);
  testing::ApplyFixture(dir, fs);

  PipelineOptions opts;
  opts.load.site_root = "site";
  opts.validate.today = Date{2026, 1, 1};
  auto site = CheckSite(fs, opts);
  ASSERT_TRUE(site.ok()) << site.status().message();

  RealFileSystem disk;
  auto expected = disk.ReadFile(dir + "/expected.txt");
  ASSERT_TRUE(expected.ok()) << "missing " << dir << "/expected.txt";
  EXPECT_EQ(FormatText(site->diagnostics), *expected);
  // A fixture that expects only warnings passes the check (without
  // --strict); every other one must fail it.
  const bool expects_errors = expected->find(": error[") != std::string::npos;
  EXPECT_EQ(site->failed, expects_errors)
      << (expects_errors ? "an invalid site must fail the check"
                         : "warnings alone must not fail the check");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, InvalidSiteTest,
                         ::testing::ValuesIn(FixtureNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           }
                           return name;
                         });

TEST(SampleSiteTest, PassesCheckWithoutDiagnostics) {
  MemoryFileSystem fs;
  testing::LoadSampleSite(fs);
  PipelineOptions opts;
  opts.load.site_root = "site";
  opts.validate.today = Date{2026, 1, 1};
  auto site = CheckSite(fs, opts);
  ASSERT_TRUE(site.ok()) << site.status().message();
  EXPECT_EQ(FormatText(site->diagnostics), "");
  EXPECT_FALSE(site->failed);
  EXPECT_GE(site->documents.size(), 12u);
}

}  // namespace
}  // namespace disclose
