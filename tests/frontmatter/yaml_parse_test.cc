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
  auto r = Parse(
      "index_no: 0123\nanswer: no\nphone: 0736-7251234\n"
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
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:4:1: error[D102]: 键“title”重复（第一次出现在第 2 行）\n"
            "  提示：两处只保留一处\n");
}

TEST(YamlParseTest, RefusesAnchorsAndAliases) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: &x 1\n", diags).ok);
  EXPECT_EQ(diags.items().at(0).code, "D103");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:2:4: error[D103]: 不允许使用锚点（&name）\n"
            "  提示：把每个值都完整写出\n");
  Diagnostics diags2;
  EXPECT_FALSE(Parse("a: 1\nb: *x\n", diags2).ok);
  EXPECT_EQ(FormatText(diags2),
            "a.md:3:4: error[D103]: aliases (*name) are not allowed\n"
            "  hint: write the value out in full\n");
  EXPECT_EQ(FormatText(diags2, Language::kZh),
            "a.md:3:4: error[D103]: 不允许使用别名（*name）\n"
            "  提示：把值完整写出\n");
}

TEST(YamlParseTest, RefusesTagsShowingThemAsWritten) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: !!int 5\n", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:2:4: error[D106]: YAML tags such as \"!!int\" are not "
            "allowed\n  hint: remove the tag; every value is read as text\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:2:4: error[D106]: 不允许使用 YAML 标签，如“!!int”\n"
            "  提示：删除这个标签；每个值都按文字读取\n");
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
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:3:1: error[D104]: 这里不允许出现第二个 YAML 文档\n"
            "  提示：删除 '...' 或 '---' 这一行，把字段合并到一起\n");
}

TEST(YamlParseTest, ReportsSyntaxErrorsAtTheirLine) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: 1\nb: [1, 2\n", diags).ok);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "D101");
  EXPECT_GE(diags.items()[0].line, 3);
  EXPECT_EQ(diags.items()[0].message,
            (Said{"YAML syntax: end of sequence flow not found",
                  "YAML 语法有误：行内列表缺少结尾的 ]"
                  "（end of sequence flow not found）"}));
  EXPECT_EQ(diags.items()[0].hint.zh,
            "检查缩进；含有 ': ' 或以特殊字符开头的文字要加引号");
}

TEST(YamlParseTest, GivesAnUncommonSyntaxErrorsReasonInParentheses) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("a: \"x\\qy\"\n", diags).ok);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].code, "D101");
  EXPECT_EQ(diags.items()[0].message,
            (Said{"YAML syntax: unknown escape character: q",
                  "YAML 语法有误：双引号中有无法识别的转义序列"
                  "（unknown escape character: q）"}));
}

TEST(YamlParseTest, BoundsNestingBeforeParsing) {
  Diagnostics diags;
  std::string deep = "x: 1\na: " + std::string(100000, '[') + "\n";
  EXPECT_FALSE(Parse(deep, diags).ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:3:36: error[D105]: lists and mappings are nested more than "
            "32 levels deep\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:3:36: error[D105]: 列表和映射的嵌套超过了 32 层\n");
  Diagnostics diags2;
  std::string dashes = "a:\n";
  for (int i = 0; i < 50; ++i) dashes += "- ";
  dashes += "x\n";
  EXPECT_FALSE(Parse(dashes, diags2).ok);
  EXPECT_EQ(diags2.items().at(0).code, "D105");
  EXPECT_EQ(diags2.items().at(0).message.zh, "列表和映射的嵌套超过了 32 层");
}

TEST(YamlParseTest, BoundsSize) {
  Diagnostics diags;
  YamlLimits limits;
  limits.max_bytes = 10;
  EXPECT_FALSE(ParseYaml("a: 12345678901\n", "a.md", 1, diags, limits).ok);
  EXPECT_EQ(diags.items().at(0).code, "D105");
  EXPECT_EQ(diags.items().at(0).message,
            (Said{"the YAML block is 15 bytes, more than the limit of 10",
                  "YAML 内容有 15 字节，超过了 10 字节的上限"}));
}

TEST(YamlParseTest, RefusesNonScalarKeys) {
  Diagnostics diags;
  EXPECT_FALSE(Parse("? [a, b]\n: 1\n", diags).ok);
  EXPECT_EQ(diags.items().at(0).code, "D101");
  EXPECT_EQ(diags.items().at(0).message,
            (Said{"a key must be plain text, not a list",
                  "键应为纯文字，不能是列表"}));
}

TEST(YamlParseTest, ChecksUtf8OfWholeFiles) {
  Diagnostics diags;
  EXPECT_FALSE(ParseYamlFile("site.yaml", "a: 1\nb: \xff\n", diags).ok);
  EXPECT_EQ(FormatText(diags),
            "site.yaml:2:4: error[D107]: the file is not valid UTF-8 text at "
            "this point\n"
            "  hint: save the file as UTF-8\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "site.yaml:2:4: error[D107]: 文件在此处不是有效的 UTF-8 文本\n"
            "  提示：将文件另存为 UTF-8 编码\n");
}

TEST(YamlParseTest, ReportsAControlCharacterThatAnEscapeWrites) {
  Diagnostics diags;
  auto r = Parse("title: \"\\e]0;x\\a\\e[2J\"\nsummary: \"a\\0b\"\n", diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:2:8: error[D109]: title contains the control character "
            "U+001B (escape) at character 1\n"
            "  hint: remove the escape that writes it, such as \\e, \\0 or "
            "\\x1b in double quotes\n"
            "a.md:3:10: error[D109]: summary contains the control character "
            "U+0000 (null) at character 2\n"
            "  hint: remove the escape that writes it, such as \\e, \\0 or "
            "\\x1b in double quotes\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:2:8: error[D109]: title 的第 1 个字符是控制字符 "
            "U+001B（转义符）\n"
            "  提示：删除写出它的转义序列，如双引号中的 \\e、\\0 或 \\x1b\n"
            "a.md:3:10: error[D109]: summary 的第 2 个字符是控制字符 "
            "U+0000（空字符）\n"
            "  提示：删除写出它的转义序列，如双引号中的 \\e、\\0 或 \\x1b\n");
}

TEST(YamlParseTest, NamesNestedValuesAndKeysByTheirKeyPath) {
  Diagnostics diags;
  auto r = Parse(
      "legal_basis:\n  - authority: x\n    doc_no: \"a\\rb\"\n"
      "keywords: [a, \"\\u009b\"]\n\"k\\x07\": 1\n",
      diags);
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(diags.items().size(), 3u);
  EXPECT_EQ(diags.items()[0].message.en,
            "legal_basis[1].doc_no contains the control character U+000D "
            "(carriage return) at character 2");
  EXPECT_EQ(diags.items()[0].line, 4);
  EXPECT_EQ(diags.items()[1].message.en,
            "keywords[2] contains the control character U+009B (control "
            "sequence introducer) at character 1");
  EXPECT_EQ(diags.items()[2].message.en,
            "a key contains the control character U+0007 (bell) at "
            "character 2");
  EXPECT_EQ(diags.items()[2].line, 6);
  EXPECT_EQ(diags.items()[0].message.zh,
            "legal_basis[1].doc_no 的第 2 个字符是控制字符 U+000D（回车符）");
  EXPECT_EQ(diags.items()[1].message.zh,
            "keywords[2] 的第 1 个字符是控制字符 U+009B（控制序列引导符）");
  EXPECT_EQ(diags.items()[2].message.zh,
            "一个键的第 2 个字符是控制字符 U+0007（响铃符）");
}

TEST(YamlParseTest, NamesFieldsWithTheGivenNamer) {
  Diagnostics diags;
  auto r = ParseYaml("title: \"x\\N\"\n", "a.md", 2, diags, YamlLimits(),
                     [](const YamlNode& root, const std::string& keypath) {
                       EXPECT_TRUE(root.is_map());
                       return "标题 (" + keypath + ")";
                     });
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(diags.items().at(0).message.en,
            "标题 (title) contains the control character U+0085 (next line) "
            "at character 2");
  EXPECT_EQ(diags.items().at(0).message.zh,
            "标题（title）的第 2 个字符是控制字符 U+0085（下一行符）");
}

TEST(YamlParseTest, NamesAWholeScalarTheValue) {
  Diagnostics diags;
  auto r = ParseYaml("\"\\e\"\n", "a.md", 2, diags, YamlLimits(),
                     [](const YamlNode&, const std::string&) {
                       return std::string("unused");
                     });
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(diags.items().at(0).message.en,
            "the value contains the control character U+001B (escape) at "
            "character 1");
  EXPECT_EQ(diags.items().at(0).message.zh,
            "这个值的第 1 个字符是控制字符 U+001B（转义符）");
}

TEST(YamlParseTest, ReportsC1ControlsWrittenOrEscapedInValuesAndKeys) {
  Diagnostics diags;
  auto r = Parse("a: \"x\u0085y\"\nb\u0081: 1\nc: \"p\\x81q\"\n\"d\\N\": 2\n",
                 diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:2:6: error[D109]: 文件在此处有控制字符 U+0085（下一行符）\n"
            "  提示：删除这个字符：多数编辑器中看不见它\n"
            "a.md:3:2: error[D109]: 文件在此处有控制字符 U+0081\n"
            "  提示：删除这个字符：多数编辑器中看不见它\n"
            "a.md:4:4: error[D109]: c 的第 2 个字符是控制字符 U+0081\n"
            "  提示：删除写出它的转义序列，如双引号中的 \\e、\\0 或 \\x1b\n"
            "a.md:5:1: error[D109]: 一个键的第 2 个字符是控制字符 "
            "U+0085（下一行符）\n"
            "  提示：删除写出它的转义序列，如双引号中的 \\e、\\0 或 \\x1b\n");
  EXPECT_EQ(diags.items().at(2).message.en,
            "c contains the control character U+0081 at character 2");
  EXPECT_EQ(diags.items().at(3).message.en,
            "a key contains the control character U+0085 (next line) at "
            "character 2");
}

TEST(YamlParseTest, NamesAKeyInANestedMapping) {
  Diagnostics diags;
  auto r =
      ParseYaml("legal_basis:\n  - \"doc\\eno\": x\n", "a.md", 2, diags,
                YamlLimits(), [](const YamlNode&, const std::string& keypath) {
                  return "依据 (" + keypath + ")";
                });
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(diags.items().at(0).message,
            (Said{"a key in 依据 (legal_basis[1]) contains the control "
                  "character U+001B (escape) at character 4",
                  "依据（legal_basis[1]）中的一个键的第 4 个字符是控制字符 "
                  "U+001B（转义符）"}));
}

TEST(YamlParseTest, WritesTheEscapesNAndUnderscoreAsUtf8) {
  Diagnostics diags;
  auto r = Parse("a: \"x\\_y\"\n", diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.root.Find("a")->text, "x\u00A0y");
  EXPECT_TRUE(diags.empty());
}

TEST(YamlParseTest, ReportsRawControlCharactersWhereTheyAreAndReadsOn) {
  Diagnostics diags;
  auto r = Parse(std::string("title: a\0b\nsummary: c\rd\nx: 1\n", 28), diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(FormatText(diags),
            "a.md:2:9: error[D109]: the file holds the control character "
            "U+0000 (null) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n"
            "a.md:3:11: error[D109]: the file holds the control character "
            "U+000D (carriage return) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n");
  EXPECT_EQ(r.root.Find("title")->text, "a\uFFFDb");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "a.md:2:9: error[D109]: 文件在此处有控制字符 U+0000（空字符）\n"
            "  提示：删除这个字符：多数编辑器中看不见它\n"
            "a.md:3:11: error[D109]: 文件在此处有控制字符 U+000D（回车符）\n"
            "  提示：删除这个字符：多数编辑器中看不见它\n");
  EXPECT_EQ(r.root.Find("summary")->text, "c\uFFFDd");
  EXPECT_EQ(r.root.Find("x")->text, "1");
}

TEST(YamlParseTest, ChecksControlCharactersOfWholeFilesKeepingCrlf) {
  Diagnostics diags;
  auto r = ParseYamlFile("content/departments.yaml",
                         "departments:\r\n  - name: \"a\\eb\"\r\n", diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(FormatText(diags),
            "content/departments.yaml:2:11: error[D109]: departments[1].name "
            "contains the control character U+001B (escape) at character 2\n"
            "  hint: remove the escape that writes it, such as \\e, \\0 or "
            "\\x1b in double quotes\n");
  EXPECT_EQ(diags.items().at(0).message.zh,
            "departments[1].name 的第 2 个字符是控制字符 U+001B（转义符）");
}

}  // namespace
}  // namespace disclose
