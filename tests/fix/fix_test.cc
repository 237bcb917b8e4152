// ApplyFixes: a diagnostic's certain fix applied to its file, every other
// byte kept.
#include "fix/fix.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

Fix MakeFix(int line, int column, std::string from, std::string to,
            std::string label = "文号") {
  return Fix{line, column, std::move(from), std::move(to), std::move(label)};
}

std::string Apply(const std::string& text, const std::vector<Fix>& fixes,
                  std::vector<FixOutcome>* outcomes) {
  return ApplyFixesToText("content/a.md", text, fixes, outcomes);
}

TEST(FixTest, ChangesOnlyTheTextOfTheFix) {
  const std::string text =
      "---\n"
      "# 文号 as the notice prints it\n"
      "doc_no: '常政办发[2005]3号'  # keep this comment\n"
      "published: 2005年2月5日\n"
      "---\n"
      "正文写于2005年2月5日。\n";
  std::vector<FixOutcome> outcomes;
  const std::string fixed =
      Apply(text,
            {MakeFix(4, 12, "2005年2月5日", "2005-02-05", "发布日期"),
             MakeFix(3, 9, "常政办发[2005]3号", "常政办发〔2005〕3号")},
            &outcomes);
  EXPECT_EQ(fixed,
            "---\n"
            "# 文号 as the notice prints it\n"
            "doc_no: '常政办发〔2005〕3号'  # keep this comment\n"
            "published: 2005-02-05\n"
            "---\n"
            "正文写于2005年2月5日。\n");
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_EQ(
      FormatFixOutcome(outcomes[0]),
      "content/a.md:3: 文号 \"常政办发[2005]3号\" → \"常政办发〔2005〕3号\"\n");
  EXPECT_EQ(FormatFixOutcome(outcomes[1]),
            "content/a.md:4: 发布日期 \"2005年2月5日\" → \"2005-02-05\"\n");
}

TEST(FixTest, KeepsCrlfLineEndsAndTheByteOrderMark) {
  const std::string text =
      "\xEF\xBB\xBF---\r\nwritten: ２００５-０２-０１\r\nkeywords: 甲 "
      "乙\r\n---\r\n";
  std::vector<FixOutcome> outcomes;
  const std::string fixed =
      Apply(text,
            {MakeFix(2, 10, "２００５-０２-０１", "2005-02-01", "成文日期"),
             MakeFix(3, 11, "甲 乙", "[甲, 乙]", "主题词")},
            &outcomes);
  EXPECT_EQ(fixed,
            "\xEF\xBB\xBF---\r\nwritten: 2005-02-01\r\nkeywords: [甲, 乙]\r\n"
            "---\r\n");
}

TEST(FixTest, KeepsCarriageReturnLineEnds) {
  // A file with carriage returns only: its lines are as the check read them.
  std::vector<FixOutcome> outcomes;
  EXPECT_EQ(
      Apply("---\rwritten: ２００５-０２-０１\rx: 1\r---\r",
            {MakeFix(2, 10, "２００５-０２-０１", "2005-02-01", "成文日期")},
            &outcomes),
      "---\rwritten: 2005-02-01\rx: 1\r---\r");
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_TRUE(outcomes[0].applied);
}

TEST(FixTest, CountsColumnsOfTheFirstLineWithoutTheByteOrderMark) {
  std::vector<FixOutcome> outcomes;
  EXPECT_EQ(Apply("\xEF\xBB\xBF"
                  "a: 1 1\n",
                  {MakeFix(1, 6, "1", "2")}, &outcomes),
            "\xEF\xBB\xBF"
            "a: 1 2\n");
}

TEST(FixTest, AppliesTwoFixesOnOneLine) {
  const std::string text =
      "legal_basis: [{doc_no: 湘价[2004]1号}, {doc_no: "
      "湘价[2004]1号}]\n";
  std::vector<FixOutcome> outcomes;
  const std::string fixed =
      Apply(text,
            {MakeFix(1, 24, "湘价[2004]1号", "湘价〔2004〕1号"),
             MakeFix(1, 46, "湘价[2004]1号", "湘价〔2004〕1号")},
            &outcomes);
  EXPECT_EQ(fixed,
            "legal_basis: [{doc_no: 湘价〔2004〕1号}, {doc_no: "
            "湘价〔2004〕1号}]\n");
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_TRUE(outcomes[0].applied);
  EXPECT_TRUE(outcomes[1].applied);
}

TEST(FixTest, AppliesAFixGivenTwiceOnce) {
  std::vector<FixOutcome> outcomes;
  EXPECT_EQ(Apply("a: 第０１号\n",
                  {MakeFix(1, 4, "第０１号", "第1号"),
                   MakeFix(1, 4, "第０１号", "第1号")},
                  &outcomes),
            "a: 第1号\n");
  EXPECT_EQ(outcomes.size(), 1u);
}

TEST(FixTest, SkipsAFixWhoseTextIsNoLongerThere) {
  const std::string text = "doc_no: 常政办发〔2005〕3号\nnext: [2005]\n";
  std::vector<FixOutcome> outcomes;
  const std::string fixed =
      Apply(text,
            {MakeFix(1, 9, "常政办发[2005]3号", "常政办发〔2005〕3号"),
             MakeFix(9, 1, "x", "y")},
            &outcomes);
  EXPECT_EQ(fixed, text);  // not searched for on the next line either
  ASSERT_EQ(outcomes.size(), 2u);
  EXPECT_FALSE(outcomes[0].applied);
  EXPECT_EQ(FormatFixOutcome(outcomes[0]),
            "content/a.md:1: 文号 \"常政办发[2005]3号\" left as it is: it is "
            "no longer on that line\n");
  EXPECT_EQ(outcomes[1].note, "the file has no line 9");
}

TEST(FixTest, LooksOnlyAtOrAfterTheColumn) {
  std::vector<FixOutcome> outcomes;
  EXPECT_EQ(Apply("title: 2005年1月1日 written: 2005年1月1日\n",
                  {MakeFix(1, 27, "2005年1月1日", "2005-01-01")}, &outcomes),
            "title: 2005年1月1日 written: 2005-01-01\n");
}

TEST(FixTest, WritesEachFixedFileAndNamesItsLabel) {
  MemoryFileSystem fs;
  ASSERT_TRUE(
      fs.WriteFile("site/content/a.md", "d: 2005年1月1日\r\n", false).ok());
  ASSERT_TRUE(fs.WriteFile("site/content/b.md", "x: 1\n", false).ok());
  Diagnostics diags;
  Diagnostic d{Severity::kWarning,
               "D219",
               "content/a.md",
               1,
               4,
               Said{"发布日期 (published) is not ISO",
                    "发布日期（published）不是 ISO 格式"},
               Said{},
               std::nullopt};
  d.fix = Fix{1, 4, "2005年1月1日", "2005-01-01", ""};
  diags.Add(d);
  diags.Warning("D110", "content/b.md", 1, 1,
                Said{"no fix here", "这里没有修正"});
  auto outcomes = ApplyFixes(fs, "site", diags);
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  ASSERT_EQ(outcomes->size(), 1u);
  EXPECT_EQ(FormatFixOutcome((*outcomes)[0]),
            "content/a.md:1: 发布日期 \"2005年1月1日\" → \"2005-01-01\"\n");
  EXPECT_EQ(*fs.ReadFile("site/content/a.md"), "d: 2005-01-01\r\n");
  EXPECT_EQ(*fs.ReadFile("site/content/b.md"), "x: 1\n");
  // No temporary file is left next to it.
  auto files = fs.ListDirectory("site/content");
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(*files, (std::vector<std::string>{"a.md", "b.md"}));
}

}  // namespace
}  // namespace disclose
