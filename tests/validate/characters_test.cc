// Control and invisible characters in documents: a control character that a
// YAML escape writes is named by the field's label, one in the body is
// reported at its line, a newline is refused by every one-line kind, and
// invisible characters in the fields read as names are warnings.
#include "validate/characters.h"

#include <gtest/gtest.h>

#include "frontmatter/yaml_parse.h"
#include "validate/validate.h"

namespace disclose {
namespace {

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: docs, name: 文件}]\n"
    "categories: [{slug: a, name: 甲}]\n";

const char kDepartments[] =
    "departments:\n"
    "  - {id: guoshui, name: 市国税局, org_code: 44800127-1}\n";

const char kCore[] =
    "fields:\n"
    "  - {key: title, label: 标题, kind: text, required: true}\n"
    "  - {key: issuer, label: 发文机关, kind: list, item: {kind: text}}\n"
    "  - {key: summary, label: 内容概述, kind: text}\n"
    "  - {key: keywords, label: 主题词, kind: list, item: {kind: text}}\n"
    "  - key: legal_basis\n    label: 收费依据\n    kind: list\n"
    "    item:\n      kind: record\n      fields:\n"
    "        - {key: authority, label: 批准机关, kind: text}\n"
    "        - {key: doc_no, label: 文号, kind: doc_no}\n"
    "  - {key: body_note, label: 说明, kind: long_text}\n"
    "  - {key: index_no, label: 索引号, kind: index_no}\n"
    "  - {key: department, label: 发布机构, kind: department}\n"
    "  - {key: published, label: 发布日期, kind: date}\n"
    "  - {key: category, label: 主题分类, kind: category}\n"
    "  - {key: validity, label: 有效性, kind: enum, values: [有效, 废止]}\n"
    "  - {key: phone, label: 咨询电话, kind: phone}\n"
    "  - {key: doc_no, label: 文号, kind: doc_no}\n"
    "  - {key: days, label: 法定办结时限, kind: days}\n"
    "  - {key: period, label: 考核期, kind: period}\n"
    "  - {key: fee, label: 收费, kind: document, values: [免费]}\n";

class CharactersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SiteSources s;
    s.site_config = {"content/site.yaml", kSite};
    s.departments = {"content/departments.yaml", kDepartments};
    s.schemas = {
        {"content/schemas/core.yaml", kCore},
        {"content/schemas/notice.yaml", "type: notice\nlabel: 通知\n"}};
    Diagnostics diags;
    config_ = ParseConfig(s, diags);
    ASSERT_EQ(FormatText(diags), "");
  }

  // The diagnostics of content/docs/2005/a.md with these fields (after
  // its type) and this body.
  std::string Check(const std::string& fields,
                    const std::string& body = "Text.\n") {
    Diagnostics diags;
    ValidateDocument({"content/docs/2005/a.md",
                      "---\ntype: notice\n" + fields + "---\n" + body},
                     config_, ValidateOptions{}, diags);
    diags.Sort();
    return FormatText(diags);
  }

  Config config_;
};

const char kEscapeHint[] =
    "  hint: remove the escape that writes it, such as \\e, \\0 or \\x1b in "
    "double quotes\n";

TEST_F(CharactersTest, NamesAnEscapedControlCharacterByTheFieldsLabel) {
  EXPECT_EQ(Check("title: \"\\e]0;x\\a\\e[2J\"\n"),
            "content/docs/2005/a.md:3:8: error[D109]: 标题 (title) contains "
            "the control character U+001B (escape) at character 1\n" +
                std::string(kEscapeHint));
  EXPECT_EQ(Check("title: \"关于\\0通知\"\n"),
            "content/docs/2005/a.md:3:8: error[D109]: 标题 (title) contains "
            "the control character U+0000 (null) at character 3\n" +
                std::string(kEscapeHint));
}

TEST_F(CharactersTest, NamesListItemsAndRecordFieldsByTheirLabels) {
  EXPECT_EQ(Check("title: t\nkeywords: [收费, \"\\u0085\"]\n"
                  "legal_basis:\n  - authority: 省物价局\n"
                  "    doc_no: \"湘价费〔2004〕128号\\r\"\n"),
            "content/docs/2005/a.md:4:16: error[D109]: 主题词 (keywords[2]) "
            "contains the control character U+0085 (next line) at character "
            "1\n" +
                std::string(kEscapeHint) +
                "content/docs/2005/a.md:7:13: error[D109]: 文号 "
                "(legal_basis[1].doc_no) contains the control character U+000D "
                "(carriage return) at character 14\n" +
                kEscapeHint);
}

TEST_F(CharactersTest, NamesFieldsTheSchemaDoesNotKnowByTheirKeyPath) {
  Diagnostics diags;
  auto r = ParseYaml("type: notice\nlegal_basis: [{x: 1}]\n", "a.md", 2, diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(FrontMatterFieldName(config_, r.root, "legal_basis[1].doc_no"),
            "文号 (legal_basis[1].doc_no)");
  EXPECT_EQ(FrontMatterFieldName(config_, r.root, "legal_basis"),
            "收费依据 (legal_basis)");
  EXPECT_EQ(FrontMatterFieldName(config_, r.root, "colour[2]"), "colour[2]");
  EXPECT_EQ(FrontMatterFieldName(config_, r.root, "legal_basis[1].x"),
            "legal_basis[1].x");
  EXPECT_EQ(
      FrontMatterFieldSaid(config_, r.root, "legal_basis[1].doc_no"),
      (Said{"文号 (legal_basis[1].doc_no)", "文号（legal_basis[1].doc_no）"}));
  EXPECT_EQ(FrontMatterFieldSaid(config_, r.root, "colour[2]"),
            (Said{"colour[2]", "colour[2]"}));
  auto untyped = ParseYaml("title: x\n", "a.md", 2, diags);
  EXPECT_EQ(FrontMatterFieldName(config_, untyped.root, "title"), "title");
}

TEST_F(CharactersTest, ReportsControlCharactersInTheBodyAtTheirLine) {
  EXPECT_EQ(Check("title: t\n", "正文\n\n按\x1b[31m红色\x07\n收费\r标准\r\n"),
            "content/docs/2005/a.md:7:2: error[D109]: the file holds the "
            "control character U+001B (escape) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n"
            "content/docs/2005/a.md:8:3: error[D109]: the file holds the "
            "control character U+000D (carriage return) at this point\n"
            "  hint: remove it: it cannot be seen in most editors\n");
}

TEST_F(CharactersTest, AcceptsTabsAndCrlfLineEnds) {
  EXPECT_EQ(Check("title: t\r\n", "| a\t| b |\r\n|---|---|\r\n| 1 | 2 |\r\n"),
            "");
}

TEST_F(CharactersTest, RefusesANewlineInEveryOneLineKind) {
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"title", "标题"},
      {"index_no", "索引号"},
      {"department", "发布机构"},
      {"published", "发布日期"},
      {"category", "主题分类"},
      {"validity", "有效性"},
      {"phone", "咨询电话"},
      {"doc_no", "文号"},
      {"days", "法定办结时限"},
      {"period", "考核期"},
      {"fee", "收费"},
  };
  for (const auto& [key, label] : fields) {
    std::string front = key == "title" ? "" : "title: t\n";
    front += key + ": \"a\\nb\"\n";
    EXPECT_NE(Check(front).find("error[D203]: " + label + " (" + key +
                                ") must be one line\n"),
              std::string::npos)
        << key << ": " << Check(front);
  }
}

TEST_F(CharactersTest, LongTextKeepsItsLines) {
  EXPECT_EQ(Check("title: t\nbody_note: |\n  第一行\n  第二行\n"), "");
}

TEST_F(CharactersTest, WarnsOfInvisibleCharactersInTitleAndIssuer) {
  EXPECT_EQ(Check("title: \"通知\u202Efdp.exe\"\n"
                  "issuer: [市国税局, \"市地\u200D税局\"]\n"),
            "content/docs/2005/a.md:3:8: warning[D110]: 标题 (title) contains "
            "the invisible character U+202E (right-to-left override) at "
            "character 3\n"
            "  hint: remove it: it cannot be seen, but changes how the text "
            "around it is shown\n"
            "content/docs/2005/a.md:4:16: warning[D110]: 发文机关 (issuer[2]) "
            "contains the invisible character U+200D (zero width joiner) at "
            "character 3\n"
            "  hint: remove it: it cannot be seen, but changes how the text "
            "around it is shown\n");
}

TEST_F(CharactersTest, InvisibleCharactersElsewhereAreLeftAlone) {
  EXPECT_EQ(Check("title: t\nsummary: \"a\u200Bb\"\n"), "");
}

}  // namespace
}  // namespace disclose
