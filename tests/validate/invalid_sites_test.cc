// Every folder in tests/fixtures/invalid/ is a broken copy of the sample
// site: its files replace the sample's, and expected.zh-CN.txt and
// expected.en.txt pin the exact diagnostics `disclose check` prints for it
// on a Chinese site and on an English one (errors, or for a problem that is
// only a warning, the warning).
//
// DISCLOSE_UPDATE_EXPECTED=1 writes the files instead of comparing: for a
// new fixture, or after a message is reworded; read the diff before
// committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "pipeline/pipeline.h"
#include "support/site_build.h"
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

  auto site = CheckSite(fs, testing::SiteOptions());
  ASSERT_TRUE(site.ok()) << site.status().message();

  RealFileSystem disk;
  const bool update = std::getenv("DISCLOSE_UPDATE_EXPECTED") != nullptr;
  std::string english;
  for (Language language : {Language::kZh, Language::kEn}) {
    const std::string path =
        dir + (language == Language::kEn ? "/expected.en.txt"
                                         : "/expected.zh-CN.txt");
    const std::string said = FormatText(site->diagnostics, language);
    if (update) {
      ASSERT_TRUE(disk.WriteFile(path, said, false).ok()) << path;
    }
    auto expected = disk.ReadFile(path);
    ASSERT_TRUE(expected.ok()) << "missing " << path;
    EXPECT_EQ(said, *expected) << path;
    if (language == Language::kEn) english = *expected;
  }
  // Each language says it in its own words: a Chinese message is not the
  // English one.
  for (const Diagnostic& d : site->diagnostics.items()) {
    EXPECT_NE(d.message.zh, d.message.en) << d.code << ": " << d.message.en;
    if (!d.hint.empty()) {
      EXPECT_NE(d.hint.zh, d.hint.en) << d.code << ": " << d.hint.en;
    }
  }
  // A fixture that expects only warnings passes the check (without
  // --strict); every other one must fail it.
  const bool expects_errors = english.find(": error[") != std::string::npos;
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
  auto site = CheckSite(fs, testing::SiteOptions());
  ASSERT_TRUE(site.ok()) << site.status().message();
  EXPECT_EQ(FormatText(site->diagnostics), "");
  EXPECT_FALSE(site->failed);
  EXPECT_GE(site->documents.size(), 12u);
}

}  // namespace
}  // namespace disclose
