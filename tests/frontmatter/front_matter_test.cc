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
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:1:1: error[D100]: 文件应以前置元数据（front matter）开头："
            "一行 '---'，然后是各字段，再一行 '---'\n"
            "  提示：运行 'disclose new' 生成一个各字段齐全的文件\n");
}

TEST(FrontMatterTest, RefusesUnclosedFrontMatter) {
  Diagnostics diags;
  EXPECT_FALSE(SplitFrontMatter("---\ntitle: a\n", "a.md", diags).ok);
  EXPECT_EQ(diags.items().at(0).message.en,
            "the front matter that starts here is never closed");
  EXPECT_EQ(diags.items().at(0).message.zh,
            "从这里开始的前置元数据（front matter）没有结束的 '---' 行");
  EXPECT_EQ(diags.items().at(0).hint.zh, "在最后一个字段之后添加一行 '---'");
}

TEST(FrontMatterTest, NormalizesBomAndCrlfKeepingLines) {
  std::string text = NormalizeSource("\xEF\xBB\xBF---\r\na: 1\r\n---\r\nx\r\n");
  EXPECT_EQ(text, "---\na: 1\n---\nx\n");
}

TEST(FrontMatterTest, KeepsALoneCarriageReturnToReportIt) {
  EXPECT_EQ(NormalizeSource("a\rb\r\r\nc\r"), "a\rb\r\nc\r");
}

TEST(FrontMatterTest, ReadsCarriageReturnsAsLineEndsInAFileWithoutLineFeeds) {
  EXPECT_EQ(NormalizeSource("\xEF\xBB\xBF---\ra: 1\r---\rx\r"),
            "---\na: 1\n---\nx\n");
}

TEST(FrontMatterTest, ReportsAFileInAnotherEncodingOnceNamingIt) {
  Diagnostics diags;
  EXPECT_FALSE(
      CheckEncoding("a.md", "---\ntitle: ok\n\xD5\xFE\xCE\xF1\n", diags));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "D113");
  EXPECT_EQ(diags.items()[0].line, 3);
  EXPECT_EQ(diags.items()[0].column, 1);
  EXPECT_EQ(diags.items()[0].message.en,
            "the file is saved in GB18030 (GBK), not UTF-8");
  EXPECT_EQ(diags.items()[0].message.zh,
            "文件的编码是 GB18030（GBK），不是 UTF-8");
  EXPECT_TRUE(CheckEncoding("b.md", "---\ntitle: 政务\n", diags));
  EXPECT_EQ(diags.items().size(), 1u);
}

TEST(FrontMatterTest, ReportsControlCharactersAtTheirLineAndColumn) {
  Diagnostics diags;
  std::string body =
      "正文\x1b[2J\x07\n\tok\n收费\rx\x7f\n\xc2\x9b"
      "1m\n";
  EXPECT_EQ(ReportControlChars(body, 20, "a.md", diags), 5);
  EXPECT_EQ(FormatText(diags),
            "a.md:20:3: error[D109]: the file holds the control character "
            "U+001B (escape) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n"
            "a.md:22:3: error[D109]: the file holds the control character "
            "U+000D (carriage return) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n"
            "a.md:23:1: error[D109]: the file holds the control character "
            "U+009B (control sequence introducer) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n");
  EXPECT_EQ(body,
            "正文\uFFFD[2J\uFFFD\n\tok\n收费\uFFFDx\uFFFD\n\uFFFD"
            "1m\n");
  EXPECT_EQ(diags.items().at(2).message.zh,
            "文件在此处有控制字符 U+009B（控制序列引导符）");
  EXPECT_EQ(diags.items().at(2).hint.zh, "删除这个字符：多数编辑器中看不见它");
}

TEST(FrontMatterTest, ReportsRawC1ControlCharactersAsCodePoints) {
  Diagnostics diags;
  std::string body = "下一行\u0085x\n\u0081\n";
  EXPECT_EQ(ReportControlChars(body, 7, "a.md", diags), 2);
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:7:4: error[D109]: 文件在此处有控制字符 U+0085（下一行符）\n"
            "  提示：删除这个字符：多数编辑器中看不见它\n"
            "a.md:8:1: error[D109]: 文件在此处有控制字符 U+0081\n"
            "  提示：删除这个字符：多数编辑器中看不见它\n");
  EXPECT_EQ(FormatText(diags),
            "a.md:7:4: error[D109]: the file holds the control character "
            "U+0085 (next line) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n"
            "a.md:8:1: error[D109]: the file holds the control character "
            "U+0081 at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n");
  EXPECT_EQ(body, "下一行\uFFFDx\n\uFFFD\n");
}

TEST(FrontMatterTest, LeavesTextWithoutControlCharactersAlone) {
  Diagnostics diags;
  std::string body = "收费\t标准\n";
  EXPECT_EQ(ReportControlChars(body, 1, "a.md", diags), 0);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(body, "收费\t标准\n");
}

TEST(FrontMatterTest, WarnsOfInvisibleCharactersInAName) {
  Diagnostics diags;
  YamlNode name;
  name.kind = YamlNode::Kind::kScalar;
  name.text = "市政务\u200B服务中心";
  name.line = 4;
  name.column = 11;
  WarnIfInvisible(name, "departments[1].name", "content/departments.yaml",
                  diags);
  EXPECT_EQ(FormatText(diags),
            "content/departments.yaml:4:11: warning[D110]: "
            "departments[1].name contains the invisible character U+200B "
            "(zero width space) at character 4\n"
            "  hint: remove it: it cannot be seen, but changes how the text "
            "around it is shown\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "content/departments.yaml:4:11: warning[D110]: "
            "departments[1].name 的第 4 个字符是不可见字符 U+200B（零宽空格）\n"
            "  提示：删除这个字符：它看不见，却会改变周围文字的显示方式\n");
}

TEST(FrontMatterTest, NamesAFieldByItsLabelInEachLanguage) {
  Diagnostics diags;
  YamlNode title;
  title.kind = YamlNode::Kind::kScalar;
  title.text = "通知\u202E";
  title.line = 3;
  title.column = 8;
  WarnIfInvisible(title, std::string("标题 (title)"), "a.md", diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(
      diags.items()[0].message,
      (Said{"标题 (title) contains the invisible character U+202E "
            "(right-to-left override) at character 3",
            "标题（title）的第 3 个字符是不可见字符 U+202E（从右至左强制）"}));
  EXPECT_EQ(
      FieldNameSaid("文号 (legal_basis[1].doc_no)"),
      (Said{"文号 (legal_basis[1].doc_no)", "文号（legal_basis[1].doc_no）"}));
  EXPECT_EQ(FieldNameSaid("keywords[2]"), (Said{"keywords[2]", "keywords[2]"}));
}

TEST(FrontMatterTest, AcceptsTrailingSpacesOnMarkers) {
  Diagnostics diags;
  EXPECT_TRUE(SplitFrontMatter("--- \na: 1\n---\t\n", "a.md", diags).ok);
}

}  // namespace
}  // namespace disclose
