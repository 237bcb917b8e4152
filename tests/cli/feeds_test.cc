// The built sample read as a feed reader reads it: every Atom feed a page
// names in its <head> exists and parses (Python's xml.etree, through
// tests/cli/check_feeds.py), and every listed document is an entry of the
// feeds of its section, department and category.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunCommand;
using testing::SampleCopy;

TEST(FeedsTest, EveryPageNamesFeedsThatParseAndListItsDocuments) {
  SampleCopy copy;
  const fs::path out = copy.dir() / "out";
  CommandResult built = copy.Disclose("build --out " + out.string());
  ASSERT_EQ(built.exit_code, 0) << built.err;
  const std::string script =
      std::string(DISCLOSE_SOURCE_DIR) + "/tests/cli/check_feeds.py";
  CommandResult read = RunCommand("python3 " + script + " " + out.string() +
                                      " https://zwgk.example.gov.cn/",
                                  copy.dir() / "check.err");
  EXPECT_EQ(read.exit_code, 0) << read.out << read.err;
  // The site's and the updates feed, 5 sections, 11 categories and 37
  // departments (each has a list, and so a feed, even with nothing in it).
  EXPECT_NE(read.out.find("feeds: 55,"), std::string::npos) << read.out;
  // Each of the listed documents in its section, department and category.
  EXPECT_NE(read.out.find("memberships: 78"), std::string::npos) << read.out;

  // A feed a page names that is not there is found.
  fs::remove(out / "departments/zwzx/feed.xml");
  read = RunCommand("python3 " + script + " " + out.string() +
                        " https://zwgk.example.gov.cn/",
                    copy.dir() / "check.err");
  EXPECT_EQ(read.exit_code, 1);
  EXPECT_NE(read.out.find("missing feed departments/zwzx/feed.xml"),
            std::string::npos)
      << read.out;
}

}  // namespace
}  // namespace disclose
