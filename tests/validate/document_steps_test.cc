// The steps of ValidateDocument one at a time, on a small made-up site, and
// the meaning of validity values set from the schema.
#include "validate/document_steps.h"

#include <gtest/gtest.h>

#include "frontmatter/front_matter.h"
#include "model/record.h"

namespace disclose {
namespace {

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: docs, name: 文件}]\n"
    "categories: [{slug: a, name: 甲}]\n";

const char kDepartments[] =
    "departments:\n"
    "  - {id: guoshui, name: 市国税局, org_code: 44800127-1}\n"
    "  - {id: dishui, name: 市地税局, org_code: 44800348-8}\n";

// A site that calls its validity values 现行有效, 已失效 and 已废止.
const char kCore[] =
    "fields:\n"
    "  - {key: title, label: 标题, kind: text, required: true}\n"
    "  - {key: index_no, label: 索引号, kind: index_no}\n"
    "  - {key: department, label: 发布机构, kind: department}\n"
    "  - {key: published, label: 发布日期, kind: date}\n"
    "  - {key: written, label: 成文日期, kind: date, not_after: published}\n"
    "  - key: validity\n    label: 有效性\n    kind: enum\n"
    "    values: [现行有效, 已失效, 已废止]\n"
    "    meanings: {现行有效: in_force, 已失效: expired, 已废止: repealed}\n"
    "  - {key: repeal_reason, label: 废止原因, kind: text}\n"
    "rules:\n"
    "  - when: {key: validity, equals: 已废止}\n"
    "    require_one_of: [repeal_reason]\n";

const char kRating[] =
    "type: rating\nlabel: 考核通报\nfields:\n"
    "  - {key: period, label: 考核期, kind: period, unique: true}\n";

class DocumentStepsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SiteSources s;
    s.site_config = {"content/site.yaml", kSite};
    s.departments = {"content/departments.yaml", kDepartments};
    s.schemas = {{"content/schemas/core.yaml", kCore},
                 {"content/schemas/rating.yaml", kRating}};
    Diagnostics diags;
    config_ = ParseConfig(s, diags);
    ASSERT_EQ(FormatText(diags), "");
    schema_ = &config_.schemas.at("rating");
  }

  // A document as validation leaves it, from its front matter fields.
  Document Validated(const std::string& fields) {
    Diagnostics diags;
    auto doc = ValidateDocument(
        {"content/docs/2005/r.md",
         "---\ntype: rating\ntitle: R\n" + fields + "---\n\nText.\n"},
        config_, ValidateOptions{}, diags);
    EXPECT_TRUE(doc.has_value());
    return doc ? *doc : Document{};
  }

  Config config_;
  const Schema* schema_ = nullptr;
  Diagnostics diags_;
};

TEST_F(DocumentStepsTest, CheckPathReadsSectionYearAndSlug) {
  Document doc;
  std::string year;
  EXPECT_TRUE(
      CheckPath("content/docs/2005/work-plan.md", config_, doc, &year, diags_));
  EXPECT_EQ(FormatText(diags_), "");
  EXPECT_EQ(doc.section, "docs");
  EXPECT_EQ(year, "2005");
  EXPECT_EQ(doc.slug, "work-plan");
  EXPECT_EQ(doc.url, "/docs/2005/work-plan/");
}

TEST_F(DocumentStepsTest, CheckPathRefusesEveryWrongPart) {
  Document doc;
  std::string year;
  EXPECT_FALSE(
      CheckPath("content/docs/work-plan.md", config_, doc, &year, diags_));
  EXPECT_FALSE(
      CheckPath("content/news/2005/a.md", config_, doc, &year, diags_));
  EXPECT_FALSE(CheckPath("content/docs/05/a.md", config_, doc, &year, diags_));
  EXPECT_FALSE(
      CheckPath("content/docs/2005/Work_Plan.md", config_, doc, &year, diags_));
  EXPECT_EQ(FormatText(diags_),
            "content/docs/work-plan.md: error[D108]: a document must be at "
            "content/<section>/<year>/<name>.md\n"
            "  hint: for example content/docs/2005/work-plan.md\n"
            "content/news/2005/a.md: error[D108]: \"news\" is not a section "
            "in site.yaml\n"
            "  hint: move the file into one of: docs\n"
            "content/docs/05/a.md: error[D108]: the folder \"05\" must be a "
            "year such as 2005\n"
            "content/docs/2005/Work_Plan.md: error[D108]: the file name "
            "\"Work_Plan.md\" may hold only a-z, 0-9 and '-' (it becomes the "
            "page's address)\n"
            "  hint: for example outpatient-fees.md\n");
  EXPECT_EQ(FormatText(diags_, Language::kZh),
            "content/docs/work-plan.md: error[D108]: 文档应位于 "
            "content/<栏目>/<年份>/<文件名>.md\n"
            "  提示：例如 content/docs/2005/work-plan.md\n"
            "content/news/2005/a.md: error[D108]: “news”不是 site.yaml "
            "中的栏目\n"
            "  提示：把文件移到以下栏目之一：docs\n"
            "content/docs/05/a.md: error[D108]: 文件夹“05”应为年份，例如 2005\n"
            "content/docs/2005/Work_Plan.md: error[D108]: 文件名"
            "“Work_Plan.md”只能包含 a-z、0-9 和 '-'（它会成为网页的地址）\n"
            "  提示：例如 outpatient-fees.md\n");
}

TEST_F(DocumentStepsTest, FindSchemaNeedsAKnownType) {
  Document doc;
  doc.source_path = "content/docs/2005/a.md";
  YamlNode root;
  root.kind = YamlNode::Kind::kMap;
  EXPECT_EQ(FindSchema(root, config_, doc, diags_), nullptr);
  EXPECT_EQ(FormatText(diags_),
            "content/docs/2005/a.md:1:1: error[D200]: 类型 (type) is "
            "required but missing\n"
            "  hint: add a line type: <one of rating>\n");
  EXPECT_EQ(FormatText(diags_, Language::kZh),
            "content/docs/2005/a.md:1:1: error[D200]: 类型（type）是必填字段，"
            "但缺少\n"
            "  提示：添加一行 type: <rating 之一>\n");
}

TEST_F(DocumentStepsTest, SetsTheMeaningOfValidityFromTheSchema) {
  EXPECT_EQ(Validated("validity: 现行有效\n").validity_meaning,
            Validity::kInForce);
  EXPECT_EQ(Validated("validity: 已失效\n").validity_meaning,
            Validity::kExpired);
  EXPECT_EQ(
      Validated("validity: 已废止\nrepeal_reason: 已被替代\n").validity_meaning,
      Validity::kRepealed);
  EXPECT_EQ(Validated("").validity_meaning, Validity::kInForce);
}

// The schema's word for repealed, not 废止, frees a `unique` value.
TEST_F(DocumentStepsTest, ARepealedDocumentByTheSchemasWordGivesUpItsPeriod) {
  Document old_one =
      Validated("period: 2004-11\nvalidity: 已废止\nrepeal_reason: 重发\n");
  Document new_one = Validated("period: 2004-11\nvalidity: 现行有效\n");
  new_one.source_path = "content/docs/2005/s.md";
  Diagnostics diags;
  CheckAcrossDocuments({old_one, new_one}, config_, diags);
  EXPECT_EQ(FormatText(diags), "");
  Document other = Validated("period: 2004-11\nvalidity: 已失效\n");
  CheckAcrossDocuments({other, new_one}, config_, diags);
  EXPECT_NE(FormatText(diags).find("error[D307]"), std::string::npos);
  EXPECT_NE(FormatText(diags, Language::kZh)
                .find("已被 content/docs/2005/r.md:4 使用"),
            std::string::npos)
      << FormatText(diags, Language::kZh);
}

TEST_F(DocumentStepsTest, SchemaRulesUseTheSchemasWords) {
  Document doc = Validated("validity: 已废止\n");
  CheckSchemaRules(*schema_, YamlNode{}, doc, diags_);
  EXPECT_EQ(FormatText(diags_),
            "content/docs/2005/r.md:4:11: error[D211]: 有效性 (validity) "
            "\"已废止\" needs 废止原因 (repeal_reason)\n"
            "  hint: add repeal_reason\n");
  EXPECT_EQ(FormatText(diags_, Language::kZh),
            "content/docs/2005/r.md:4:11: error[D211]: 有效性（validity）"
            "为“已废止”时需要填写废止原因（repeal_reason）\n"
            "  提示：添加 repeal_reason\n");
}

TEST_F(DocumentStepsTest, CheckDateOrderAndIndexNoParts) {
  Document doc = Validated(
      "index_no: 44800348-8/2004-00001\ndepartment: guoshui\n"
      "published: 2005-01-10\nwritten: 2005-02-01\n");
  Diagnostics diags;
  CheckDateOrder(*schema_, doc, diags);
  CheckIndexNoParts(config_, doc, ValidateOptions{}, diags);
  EXPECT_EQ(FormatText(diags),
            "content/docs/2005/r.md:7:10: error[D210]: 成文日期 (written) "
            "2005-02-01 is after 发布日期 (published) 2005-01-10\n"
            "  hint: a document cannot be written after it was published\n"
            "content/docs/2005/r.md:4:11: error[D303]: 索引号 (index_no) "
            "\"44800348-8/2004-00001\" does not start with the organisation "
            "code of 市国税局 (44800127-1): 44800348-8 is the code of "
            "市地税局\n"
            "  hint: write 44800127-1/2005-00001\n"
            "content/docs/2005/r.md:4:11: error[D304]: 索引号 (index_no) "
            "\"44800348-8/2004-00001\" has the year 2004, but 发布日期 "
            "(published) is 2005-01-10\n"
            "  hint: the site's rule is the year of 发布日期 (year_of: "
            "published), so the number should have been given in 2005; if "
            "the site numbers documents by the year they were written, set "
            "year_of: written under index_no in site.yaml\n");
  ASSERT_EQ(diags.items().size(), 3u);
  EXPECT_EQ(FormatText(diags.items()[0], Language::kZh),
            "content/docs/2005/r.md:7:10: error[D210]: 成文日期（written）"
            "2005-02-01 晚于发布日期（published）2005-01-10\n"
            "  提示：文档的成文日期不能晚于发布日期\n");
}

TEST_F(DocumentStepsTest, CheckYearFolderAndNotInFuture) {
  Document doc = Validated("published: 2006-03-01\n");
  ValidateOptions opts;
  opts.today = Date{2006, 2, 1};
  CheckYearFolder("2005", doc, diags_);
  CheckYearFolder("2006", doc, diags_);
  CheckNotInFuture(opts, doc, diags_);
  opts.today = Date{2006, 3, 1};
  CheckNotInFuture(opts, doc, diags_);
  EXPECT_EQ(FormatText(diags_),
            "content/docs/2005/r.md:4:12: error[D214]: the file is in the "
            "folder 2005/, but 发布日期 (published) is 2006-03-01\n"
            "  hint: move it to content/docs/2006/\n"
            "content/docs/2005/r.md:4:12: warning[D213]: 发布日期 (published) "
            "2006-03-01 is in the future\n"
            "  hint: the document will be shown as published on that day\n");
  EXPECT_EQ(FormatText(diags_, Language::kZh),
            "content/docs/2005/r.md:4:12: error[D214]: 文件在文件夹 2005/ "
            "中，但发布日期（published）为 2006-03-01\n"
            "  提示：把文件移到 content/docs/2006/\n"
            "content/docs/2005/r.md:4:12: warning[D213]: 发布日期（published）"
            "2006-03-01 是将来的日期\n"
            "  提示：网站将把文档显示为在那一天发布\n");
}

TEST_F(DocumentStepsTest, CheckFileSizeAndUtf8) {
  EXPECT_TRUE(CheckFileSize({"a.md", "1234"}, 4, diags_));
  EXPECT_FALSE(CheckFileSize({"a.md", "12345"}, 4, diags_));
  EXPECT_TRUE(CheckEncoding("a.md", "文", diags_));
  EXPECT_FALSE(CheckEncoding("a.md", "a\nb\xff", diags_));
  EXPECT_EQ(FormatText(diags_),
            "a.md: error[D105]: the file is 5 bytes, more than the limit of "
            "4 (limits.document_kib)\n"
            "  hint: split it into several documents\n"
            "a.md:2:2: error[D107]: the file is not valid UTF-8 text at this "
            "point\n"
            "  hint: save the file as UTF-8\n");
  EXPECT_EQ(FormatText(diags_, Language::kZh),
            "a.md: error[D105]: 文件大小为 5 字节，超过了 4 "
            "字节的上限（limits.document_kib）\n"
            "  提示：把它拆成几个文件\n"
            "a.md:2:2: error[D107]: 文件在此处不是有效的 UTF-8 文本\n"
            "  提示：将文件另存为 UTF-8 编码\n");
}

}  // namespace
}  // namespace disclose
