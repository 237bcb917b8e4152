#include "frontmatter/front_matter.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(FrontMatterTest, SplitsYamlAndBodyWithFileLines) {
  Diagnostics diags;
  FrontMatterSplit s =
      SplitFrontMatter("---\ntitle: a\nx: b\n---\nbody\n", "a.md", diags);
  ASSERT_TRUE(s.ok);
  EXPECT_EQ(s.yaml, "title: a\nx: b\n");
  EXPECT_EQ(s.yaml_line, 2);
  EXPECT_EQ(s.body, "body\n");
  EXPECT_EQ(s.body_line, 5);
  EXPECT_TRUE(diags.empty());
}

TEST(FrontMatterTest, RefusesAFileWithoutFrontMatter) {
  Diagnostics diags;
  EXPECT_FALSE(SplitFrontMatter("# title\n", "a.md", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:1:1: error[D100]: the file must start with front matter: a "
            "line '---', the fields, and another line '---'\n  hint: run "
            "'disclose new' to get a file with every field in place\n");
}

TEST(FrontMatterTest, RefusesUnclosedFrontMatter) {
  Diagnostics diags;
  EXPECT_FALSE(SplitFrontMatter("---\ntitle: a\n", "a.md", diags).ok);
  EXPECT_EQ(diags.items().at(0).message,
            "the front matter that starts here is never closed");
}

TEST(FrontMatterTest, NormalizesBomAndCrlfKeepingLines) {
  std::string text = NormalizeSource("\xEF\xBB\xBF---\r\na: 1\r\n---\r\nx\r");
  EXPECT_EQ(text, "---\na: 1\n---\nx\n");
}

TEST(FrontMatterTest, AcceptsTrailingSpacesOnMarkers) {
  Diagnostics diags;
  EXPECT_TRUE(SplitFrontMatter("--- \na: 1\n---\t\n", "a.md", diags).ok);
}

}  // namespace
}  // namespace disclose
