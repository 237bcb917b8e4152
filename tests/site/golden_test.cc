// Golden pages: a small site is built and chosen output files are compared
// byte for byte with tests/golden/minimal/. After an intended change to the
// theme or the page data, regenerate them with
//   DISCLOSE_UPDATE_GOLDEN=1 build/tests/site_test
// and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>

#include "pipeline/pipeline.h"
#include "support/site_fixture.h"

namespace disclose {
namespace {

class GoldenTest : public ::testing::TestWithParam<std::string> {};

const std::map<std::string, std::string>& BuiltSite() {
  static const auto* out = [] {
    MemoryFileSystem fs;
    testing::CopyTree(testing::SourceDir() + "/tests/fixtures/sites/minimal",
                      fs, "site");
    testing::CopyTree(testing::SourceDir() + "/themes", fs, "site/themes");
    PipelineOptions opts;
    opts.load.site_root = "site";
    opts.out_dir = "/out";
    opts.publication_date = "2026-01-01";
    CheckedSite site;
    auto stats = BuildSite(fs, opts, &site);
    EXPECT_TRUE(stats.ok());
    EXPECT_FALSE(site.failed) << FormatText(site.diagnostics);
    auto* files = new std::map<std::string, std::string>;
    for (const auto& [path, data] : fs.files()) {
      if (path.rfind("/out/", 0) == 0) (*files)[path.substr(5)] = data;
    }
    return files;
  }();
  return *out;
}

TEST_P(GoldenTest, MatchesGoldenFile) {
  const std::string& name = GetParam();
  const auto& out = BuiltSite();
  auto it = out.find(name);
  ASSERT_NE(it, out.end()) << name << " was not built";
  const std::string golden =
      testing::SourceDir() + "/tests/golden/minimal/" + name;
  RealFileSystem disk;
  if (std::getenv("DISCLOSE_UPDATE_GOLDEN") != nullptr) {
    ASSERT_TRUE(disk.WriteFile(golden, it->second, false).ok());
  }
  auto expected = disk.ReadFile(golden);
  ASSERT_TRUE(expected.ok()) << "missing " << golden;
  EXPECT_EQ(it->second, *expected) << name;
}

INSTANTIATE_TEST_SUITE_P(
    Minimal, GoldenTest,
    ::testing::Values("index.html", "notices/2005/window-hours/index.html",
                      "notices/2005/window-hours/index.json",
                      "fees/2005/copy-fees/index.html",
                      "fees/2005/copy-fees/fees-1.csv",
                      "fees/2005/copy-fees/fees-1.json", "catalogue/index.html",
                      "departments/wujia/index.html", "feed.xml", "sitemap.xml",
                      "robots.txt", "404.html"),
    [](const ::testing::TestParamInfo<std::string>& info) {
      std::string name = info.param;
      for (char& c : name) {
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

TEST(GoldenSiteTest, UsesTheBasePathOfBaseUrl) {
  const auto& out = BuiltSite();
  const std::string& page = out.at("index.html");
  EXPECT_NE(page.find("href=\"/zwgk/catalogue/\""), std::string::npos);
  EXPECT_EQ(page.find("href=\"/catalogue/\""), std::string::npos);
}

}  // namespace
}  // namespace disclose
