#include "frontmatter/yaml_parse.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

YamlParseResult Parse(const std::string& text, Diagnostics& diags,
                      int first_line = 2) {
  return ParseYaml(text, "a.md", first_line, diags);
}

TEST(YamlParseTest, KeepsScalarsAsWritten) {
  Diagnostics diags;
  auto r = Parse("index_no: 0123\nanswer: no\nphone: 0736-7251234\n"
                 "price: 1.50\nq: \"x\"\n",
                 diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.root.Find("index_no")->text, "0123");
  EXPECT_EQ(r.root.Find("answer")->text, "no");
  EXPECT_EQ(r.root.Find("phone")->text, "0736-7251234");
  EXPECT_EQ(r.root.Find("price")->text, "1.50");
  EXPECT_FALSE(r.root.Find("answer")->quoted);
  EXPECT_TRUE(r.root.Find("q")->quoted);
}

TEST(YamlParseTest, NullAndTildeAreNull) {
  Diagnostics diags;
  auto r = Parse("a:\nb: ~\nc: null\nd: \"\"\n", diags);
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.root.Find("a")->is_null());
  EXPECT_TRUE(r.root.Find("b")->is_null());
  EXPECT_TRUE(r.root.Find("c")->is_null());
  EXPECT_TRUE(r.root.Find("d")->is_scalar());
}

TEST(YamlParseTest, ReportsFileLinesAndCharacterColumns) {
  Diagnostics diags;
  auto r = Parse("标题: x\nlist:\n  - 收费: 1\n", diags, 5);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.root.entries[0].line, 5);
  EXPECT_EQ(r.root.Find("标题")->column, 5);
  const YamlNode& item = r.root.Find("list")->items[0];
  EXPECT_EQ(item.line, 7);
  EXPECT_EQ(item.Find("收费")->line, 7);
  EXPECT_EQ(item.Find("收费")->column, 9);
}

TEST(YamlParseTest, RefusesDuplicateKeys) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("title: a\nx: 1\ntitle: b\n", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:4:1: error[D102]: duplicate key \"title\" (first given on "
            "line 2)\n  hint: keep one of the two\n");
}

TEST(YamlParseTest, RefusesAnchorsAndAliases) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: &x 1\n", diags).ok);
  EXPECT_EQ(diags.items().at(0).code, "D103");
  Diagnostics diags2;
  EXPECT_FALSE(Parse("a: 1\nb: *x\n", diags2).ok);
  EXPECT_EQ(FormatText(diags2),
            "a.md:3:4: error[D103]: aliases (*name) are not allowed\n"
            "  hint: write the value out in full\n");
}

TEST(YamlParseTest, RefusesTagsShowingThemAsWritten) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: !!int 5\n", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:2:4: error[D106]: YAML tags such as \"!!int\" are not "
            "allowed\n  hint: remove the tag; every value is read as text\n");
}

TEST(YamlParseTest, EmptyValueIsAtItsKeysLine) {
  Diagnostics diags;
  auto r = Parse("title:\nx: 1\nlast:\n", diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.root.Find("title")->line, 2);
  EXPECT_EQ(r.root.Find("title")->column, 1);
  EXPECT_EQ(r.root.Find("last")->line, 4);
  auto tilde = Parse("title: ~\n", diags);
  EXPECT_EQ(tilde.root.Find("title")->column, 8);
}

TEST(YamlParseTest, RefusesASecondDocument) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: 1\n...\nb: 2\n", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:3:1: error[D104]: a second YAML document is not allowed "
            "here\n  hint: remove the '...' or '---' line and merge the "
            "fields\n");
}

TEST(YamlParseTest, ReportsSyntaxErrorsAtTheirLine) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: 1\nb: [1, 2\n", diags).ok);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "D101");
  EXPECT_GE(diags.items()[0].line, 3);
}

TEST(YamlParseTest, BoundsNestingBeforeParsing) {
  Diagnostics diags;
  std::string deep = "x: 1\na: " + std::string(100000, '[') + "\n";
  EXPECT_FALSE(Parse(deep, diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:3:36: error[D105]: lists and mappings are nested more than "
            "32 levels deep\n");
  Diagnostics diags2;
  std::string dashes = "a:\n";
  for (int i = 0; i < 50; ++i) dashes += "- ";
  dashes += "x\n";
  EXPECT_FALSE(Parse(dashes, diags2).ok);
  EXPECT_EQ(diags2.items().at(0).code, "D105");
}

TEST(YamlParseTest, BoundsSize) {
  Diagnostics diags;
  YamlLimits limits;
  limits.max_bytes = 10;
  EXPECT_FALSE(ParseYaml("a: 12345678901\n", "a.md", 1, diags, limits).ok);
  EXPECT_EQ(diags.items().at(0).code, "D105");
}

TEST(YamlParseTest, RefusesNonScalarKeys) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("? [a, b]\n: 1\n", diags).ok);
  EXPECT_EQ(diags.items().at(0).code, "D101");
}

TEST(YamlParseTest, ChecksUtf8OfWholeFiles) {
  Diagnostics diags;
  EXPECT_FALSE(ParseYamlFile("site.yaml", "a: 1\nb: \xff\n", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "site.yaml:2:4: error[D107]: the file is not valid UTF-8 text\n"
            "  hint: save the file as UTF-8\n");
}

}  // namespace
}  // namespace disclose
