// 发文机关 (`issuer`, kind names): one name or several, free text, and the
// department's full name when absent; in the record always as a list.
#include <gtest/gtest.h>

#include "model/record.h"
#include "validate/document_steps.h"

namespace disclose {
namespace {

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: docs, name: 文件}]\n"
    "categories: [{slug: a, name: 甲}]\n";

const char kDepartments[] =
    "departments:\n"
    "  - {id: zhengfuban, name: 市政府办, full_name: 市人民政府办公室, "
    "org_code: 00817301-0}\n";

const char kCore[] =
    "fields:\n"
    "  - {key: title, label: 标题, kind: text, required: true}\n"
    "  - {key: issuer, label: 发文机关, kind: names, max_length: 12}\n"
    "  - {key: department, label: 发布机构, kind: department}\n";

const char kNotice[] = "type: notice\nlabel: 通知\nfields: []\n";

class NamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SiteSources s;
    s.site_config = {"content/site.yaml", kSite};
    s.departments = {"content/departments.yaml", kDepartments};
    s.schemas = {{"content/schemas/core.yaml", kCore},
                 {"content/schemas/notice.yaml", kNotice}};
    Diagnostics diags;
    config_ = ParseConfig(s, diags);
    ASSERT_EQ(FormatText(diags), "");
  }

  Document Validate(const std::string& fields) {
    diags_ = Diagnostics();
    auto doc = ValidateDocument(
        {"content/docs/2005/a.md",
         "---\ntype: notice\ntitle: 通知\n" + fields + "---\n\nText.\n"},
        config_, ValidateOptions{}, diags_);
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : Document{};
  }

  Config config_;
  Diagnostics diags_;
};

TEST_F(NamesTest, DefaultsToTheFullNameOfTheDepartment) {
  Document doc = Validate("department: zhengfuban\n");
  EXPECT_EQ(FormatText(diags_), "");
  EXPECT_EQ(doc.issuers, std::vector<std::string>{"市人民政府办公室"});
  EXPECT_EQ(doc.fields.Find("issuer"), nullptr);
  const Value record = DocumentRecord(doc);
  ASSERT_NE(record.Find("issuer"), nullptr);
  EXPECT_EQ(record.Find("issuer")->ToJson(), "[\"市人民政府办公室\"]");
}

TEST_F(NamesTest, TakesOneNameThatIsNoDepartmentOfTheSite) {
  Document doc = Validate("issuer: 国务院\ndepartment: zhengfuban\n");
  EXPECT_EQ(FormatText(diags_), "");
  EXPECT_EQ(doc.issuers, std::vector<std::string>{"国务院"});
  EXPECT_EQ(doc.fields.Find("issuer")->ToJson(), "[\"国务院\"]");
}

TEST_F(NamesTest, TakesAListOrOneTextSeparatedByEnumerationCommas) {
  const std::vector<std::string> joint = {"市人民政府办公室", "市财政局"};
  EXPECT_EQ(Validate("issuer: [市人民政府办公室, 市财政局]\n").issuers, joint);
  EXPECT_EQ(Validate("issuer: 市人民政府办公室、市财政局\n").issuers, joint);
  EXPECT_EQ(Validate("issuer: \"市人民政府办公室； 市财政局\"\n").issuers,
            joint);
  EXPECT_EQ(FormatText(diags_), "");
}

TEST_F(NamesTest, ReportsANameTwiceAWrongShapeAndALongName) {
  Validate("issuer:\n  - 市财政局\n  - 市财政局\n");
  EXPECT_EQ(
      FormatText(diags_),
      "content/docs/2005/a.md:6:5: error[D308]: 发文机关 (issuer[2]) names "
      "\"市财政局\" twice\n"
      "  hint: name each issuing authority once\n");
  EXPECT_EQ(FormatText(diags_, Language::kZh),
            "content/docs/2005/a.md:6:5: error[D308]: 发文机关（issuer[2]）"
            "两次写了“市财政局”\n"
            "  提示：每个发文机关只写一次\n");
  Validate("issuer: {name: 市财政局}\n");
  EXPECT_EQ(FormatText(diags_),
            "content/docs/2005/a.md:4:9: error[D202]: 发文机关 (issuer) must "
            "be a name or a list of names, got a mapping\n"
            "  hint: write one name after the colon, or each name on its own "
            "line after \"- \"\n");
  EXPECT_EQ(
      FormatText(diags_, Language::kZh),
      "content/docs/2005/a.md:4:9: error[D202]: 发文机关（issuer）应为一个"
      "名称或名称列表，现为映射\n"
      "  提示：在冒号后写一个名称，或每个名称单独一行写在“- ”之后\n");
  Validate("issuer: [市财政局, [甲]]\n");
  EXPECT_EQ(FormatText(diags_),
            "content/docs/2005/a.md:4:16: error[D202]: 发文机关 (issuer[2]) "
            "must be text, got a list\n"
            "  hint: write one value after the colon, not a list\n");
  Validate("issuer: 市人民政府办公室市财政局市地方税务局\n");
  EXPECT_EQ(FormatText(diags_),
            "content/docs/2005/a.md:4:9: error[D203]: 发文机关 (issuer) is 18 "
            "characters long; at most 12 are allowed\n"
            "  hint: shorten it\n");
}

}  // namespace
}  // namespace disclose
