#include "markdown/gate.h"

#include <gtest/gtest.h>

#include <string>

#include "base/diagnostic_codes.h"

namespace disclose {
namespace {

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The diagnostics the gate gives body (starting on line 10 of doc.md), as
// "code line: English message" lines.
std::string Gate(const std::string& body, const InputLimits& limits = {}) {
  Diagnostics diags;
  const bool ok = CheckMarkdownShape(body, 10, limits, "doc.md", diags);
  std::string out;
  for (const Diagnostic& d : diags.items()) {
    out += d.code + " " + std::to_string(d.line) + ": " + d.message.en + "\n";
  }
  EXPECT_EQ(ok, out.empty());
  return out;
}

TEST(GateTest, OrdinaryDocumentPasses) {
  const std::string body =
      "# 办理流程\n\n1. 申请\n   - 提交 **材料**\n   - 领取 [回执](#a)\n\n"
      "> 注意：`窗口` 周一至周五办公。\n\n| 项目 | 金额 |\n|---|---|\n"
      "| 工本费 | 10 |\n\n[a]: https://example.gov.cn/\n";
  EXPECT_EQ(Gate(body), "");
}

TEST(GateTest, LinesEndAtCarriageReturnsToo) {
  // A lone \r ends a line for cmark-gfm, so it must for the gate.
  EXPECT_EQ(Gate(Repeat("word\r", 20000)), "");
  EXPECT_EQ(Gate(Repeat("word\r\n", 20000)), "");
}

TEST(GateTest, RefusesALongLine) {
  // `a@` repeated on one line sends the autolink extension into a loop
  // that is quadratic in the line's length.
  EXPECT_EQ(Gate("intro\n\n" + Repeat("a@", 1024 * 1024) + "\n"),
            "D105 12: this line is 2097152 bytes long; the limit is 16384 "
            "(limits.line_bytes)\n");
}

TEST(GateTest, RefusesAWideTable) {
  const std::string body = "\n" + Repeat("|a", 65) + "|\n" + Repeat("|-", 65) +
                           "|\n" + Repeat("|1", 65) + "|\n";
  EXPECT_EQ(Gate(body),
            "D112 11: the table has 65 columns; the limit is 64 "
            "(limits.table_columns)\n");
}

TEST(GateTest, RefusesATableWithTooManyCells) {
  const std::string body =
      "a | b | c\n--|--|--\n" + Repeat("1 | 2 | 3\n", 7000) + "\nafter\n";
  EXPECT_EQ(Gate(body),
            "D112 10: the table has 3 columns and 7000 rows, 21000 cells; "
            "the limit is 20000 (limits.table_cells)\n");
}

TEST(GateTest, ATableEndsAtABlankLine) {
  const std::string table =
      "a | b | c\n--|--|--\n" + Repeat("1 | 2 | 3\n", 5000);
  EXPECT_EQ(Gate(table + "\n" + table + "\n" + table), "");
}

TEST(GateTest, RefusesDeepBlockQuotes) {
  EXPECT_EQ(Gate("text\n" + Repeat(">", 33) + " deep\n"),
            "D112 11: block quotes and lists are nested 33 deep here; the "
            "limit is 32 (limits.nesting)\n");
  EXPECT_EQ(Gate(Repeat("> ", 32) + "deep enough\n"), "");
}

TEST(GateTest, RefusesDeepListsByMarkersAndIndentation) {
  // "- - - ... x" nests on one line; each indented item nests one more.
  EXPECT_EQ(Gate(Repeat("- ", 40) + "x\n"),
            "D112 10: block quotes and lists are nested 40 deep here; the "
            "limit is 32 (limits.nesting)\n");
  std::string stairs;
  for (int i = 0; i < 40; ++i) stairs += std::string(2 * i, ' ') + "- x\n";
  EXPECT_EQ(Gate(stairs),
            "D112 42: block quotes and lists are nested 33 deep here; the "
            "limit is 32 (limits.nesting)\n");
  EXPECT_EQ(Gate(Repeat("1. ", 40) + "x\n").substr(0, 8), "D112 10:");
}

TEST(GateTest, RefusesParagraphsFullOfMarkup) {
  // Each of these is slow in one paragraph: cmark-gfm matches the
  // delimiters and brackets against each other.
  for (const std::string unit :
       {"![[]()", "<![CDATA[", "*a ", "_a ", "`a ", "~~a ", "[a](b "}) {
    const std::string body =
        "first\n\n" + Repeat(Repeat(unit, 100) + "\n", 200);
    const std::string said = Gate(body);
    EXPECT_EQ(said.rfind("D112 12: the paragraph starting here has ", 0), 0u)
        << unit << ": " << said;
    EXPECT_EQ(said.find("D105"), std::string::npos) << said;
  }
  // Blank lines end a paragraph, and the count with it.
  EXPECT_EQ(Gate(Repeat(Repeat("*a* ", 1000) + "\n\n", 20)), "");
}

TEST(GateTest, RefusesTooManyLinks) {
  const std::string paragraph = Repeat("[a](#b) ", 100) + "\n\n";
  EXPECT_EQ(Gate(Repeat(paragraph, 100)), "");
  EXPECT_EQ(Gate(Repeat(paragraph, 101)),
            "D112 210: the body has more than 10000 '[' (links, images and "
            "references) by this line; the limit is 10000 (limits.links)\n");
}

TEST(GateTest, RefusesTooManyLinkReferences) {
  std::string body;
  for (int i = 0; i < 1001; ++i) body += "[r" + std::to_string(i) + "]: /x\n";
  EXPECT_EQ(Gate(body),
            "D112 1010: the body defines more than 1000 link references "
            "([label]: address) by this line; the limit is 1000 "
            "(limits.link_references)\n");
}

TEST(GateTest, ReportsEachKindOnceInLineOrder) {
  const std::string body = Repeat("*", 6000) + "\n\n" + Repeat("> ", 40) +
                           "x\n\n" + Repeat("> ", 40) + "y\n";
  EXPECT_EQ(Gate(body),
            "D112 10: the paragraph starting here has 6000 markup characters "
            "(* _ [ ] < ` ~); the limit is 5000 (limits.paragraph_markup)\n"
            "D112 12: block quotes and lists are nested 40 deep here; the "
            "limit is 32 (limits.nesting)\n");
}

TEST(GateTest, LimitsAreSettings) {
  InputLimits strict;
  strict.table_columns = 2;
  EXPECT_EQ(Gate("a | b | c\n--|--|--\n", strict),
            "D112 10: the table has 3 columns; the limit is 2 "
            "(limits.table_columns)\n");
  InputLimits loose;
  loose.nesting = 100;
  EXPECT_EQ(Gate(Repeat("> ", 40) + "x\n", loose), "");
}

TEST(GateTest, SaysItInChineseToo) {
  Diagnostics diags;
  CheckMarkdownShape(Repeat("|a", 65) + "|\n" + Repeat("|-", 65) + "|\n", 3,
                     InputLimits{}, "doc.md", diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].message.zh,
            "表格有 65 列，超过上限 64 列（limits.table_columns）");
  EXPECT_EQ(diags.items()[0].hint.zh, "把它拆成几个表格");
}

TEST(GateTest, ACheckedBodyBeyondTheLimitsIsShownAsItsText) {
  InputLimits limits;
  EXPECT_EQ(RenderCheckedBody("a *b*\n", limits), "<p>a <em>b</em></p>\n");
  limits.nesting = 2;
  EXPECT_EQ(RenderCheckedBody("> > > a <b>\n", limits),
            "<pre class=\"source\">&gt; &gt; &gt; a &lt;b&gt;\n</pre>\n");
  // Over the budget, as well as over the gate.
  InputLimits tight;
  tight.output_ratio = 1;
  const std::string refs =
      "[r]: /" + std::string(10000, 'u') + "\n\n" + Repeat("[r] ", 100) + "\n";
  EXPECT_EQ(RenderCheckedBody(refs, tight).rfind("<pre class=\"source\">", 0),
            0u);
}

}  // namespace
}  // namespace disclose
