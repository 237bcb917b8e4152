// 索引号 against the site's rules (CheckIndexNoParts): several layouts, a
// department's own layouts, the year of writing or of publication, shared
// organisation codes, and hints that never renumber a published document.
#include <gtest/gtest.h>

#include "validate/document_steps.h"

namespace disclose {
namespace {

const char kSite[] =
    "title: T\nbase_url: https://example.gov.cn/\n"
    "publisher: {name: P, email: p@example.gov.cn}\n"
    "sections: [{id: docs, name: 文件}]\n"
    "categories: [{slug: a, name: 甲}]\n";

// The general office publishes under the government's code, and the
// property centre kept its numbers from before the catalogue.
const char kDepartments[] =
    "departments:\n"
    "  - {id: zhengfu, name: 市人民政府, org_code: 00817301-0}\n"
    "  - {id: zhengfuban, name: 市政府办, org_code: \"008173010\"}\n"
    "  - id: dichan\n    name: 市地产交易中心\n    org_code: 44800233-8\n"
    "    index_no_layouts: [\"FD-{yyyy}-{nnnn}\"]\n";

const char kCore[] =
    "fields:\n"
    "  - {key: title, label: 标题, kind: text, required: true}\n"
    "  - {key: index_no, label: 索引号, kind: index_no, required: true}\n"
    "  - {key: issuer, label: 发文机关, kind: names}\n"
    "  - {key: department, label: 发布机构, kind: department}\n"
    "  - {key: published, label: 发布日期, kind: date}\n"
    "  - {key: written, label: 成文日期, kind: date, not_after: published}\n";

const char kNotice[] = "type: notice\nlabel: 通知\nfields: []\n";

class IndexNoRulesTest : public ::testing::Test {
 protected:
  // Loads the site with `index_no` as site.yaml's setting.
  void Load(const std::string& index_no,
            const std::string& departments = kDepartments) {
    SiteSources s;
    s.site_config = {"content/site.yaml", kSite + index_no};
    s.departments = {"content/departments.yaml", departments};
    s.schemas = {{"content/schemas/core.yaml", kCore},
                 {"content/schemas/notice.yaml", kNotice}};
    Diagnostics diags;
    config_ = ParseConfig(s, diags);
    ASSERT_EQ(FormatText(diags), "");
  }

  // The diagnostics of a document published in `year` with these fields.
  std::string Check(const std::string& fields, int year = 2018) {
    Diagnostics diags;
    auto doc = ValidateDocument(
        {"content/docs/" + std::to_string(year) + "/a.md",
         "---\ntype: notice\ntitle: 通知\n" + fields + "---\n\nText.\n"},
        config_, opts_, diags);
    EXPECT_TRUE(doc.has_value());
    last_ = diags;
    return FormatText(diags);
  }

  // The diagnostics of the last Check, in Chinese.
  std::string Zh() const { return FormatText(last_, Language::kZh); }

  Diagnostics last_;
  Config config_;
  ValidateOptions opts_;
};

TEST_F(IndexNoRulesTest, WrittenYearKeepsTheNumberOfARepublishedRegulation) {
  Load("index_no: {layouts: [\"{org}/{yyyy}-{nnnnn}\"], year_of: written}\n");
  EXPECT_EQ(Check("index_no: 00817301-0/1996-00123\ndepartment: zhengfu\n"
                  "published: 2018-05-02\nwritten: 1996-08-12\n"),
            "");
  // Without 成文日期, any year up to that of publication.
  EXPECT_EQ(Check("index_no: 00817301-0/1996-00123\ndepartment: zhengfu\n"
                  "published: 2018-05-02\n"),
            "");
  EXPECT_EQ(Check("index_no: 00817301-0/2019-00123\ndepartment: zhengfu\n"
                  "published: 2018-05-02\n"),
            "content/docs/2018/a.md:4:11: error[D304]: 索引号 (index_no) "
            "\"00817301-0/2019-00123\" has the year 2019, but it cannot be "
            "later than 发布日期 (published) 2018-05-02\n"
            "  hint: a 索引号 is given before the document is published; give "
            "成文日期 (written) or correct the year\n");
  EXPECT_EQ(Zh(),
            "content/docs/2018/a.md:4:11: error[D304]: 索引号（index_no）"
            "“00817301-0/2019-00123”中的年份为 2019，但年份不能晚于"
            "发布日期（published）2018-05-02\n"
            "  提示：索引号在文档发布之前编制；请填写成文日期（written）"
            "或更正年份\n");
  EXPECT_EQ(Check("index_no: 00817301-0/2017-00123\ndepartment: zhengfu\n"
                  "published: 2018-05-02\nwritten: 1996-08-12\n"),
            "content/docs/2018/a.md:4:11: error[D304]: 索引号 (index_no) "
            "\"00817301-0/2017-00123\" has the year 2017, but 成文日期 "
            "(written) is 1996-08-12\n"
            "  hint: the site's rule is the year of 成文日期 (year_of: "
            "written), so the number should have been given in 1996\n");
  EXPECT_EQ(Zh(),
            "content/docs/2018/a.md:4:11: error[D304]: 索引号（index_no）"
            "“00817301-0/2017-00123”中的年份为 2017，但成文日期（written）"
            "为 1996-08-12\n"
            "  提示：网站的规则是取成文日期的年份（year_of: written），"
            "所以索引号中的年份应为 1996\n");
}

TEST_F(IndexNoRulesTest, PublishedYearHintNeverRenumbersAPublishedDocument) {
  Load("index_no: \"{org}/{yyyy}-{nnnnn}\"\n");
  const std::string fields =
      "index_no: 00817301-0/1996-00123\ndepartment: zhengfu\n"
      "published: 2018-05-02\nwritten: 1996-08-12\n";
  const std::string message =
      "content/docs/2018/a.md:4:11: error[D304]: 索引号 (index_no) "
      "\"00817301-0/1996-00123\" has the year 1996, but 发布日期 (published) "
      "is 2018-05-02\n";
  EXPECT_EQ(Check(fields),
            message +
                "  hint: the site's rule is the year of 发布日期 (year_of: "
                "published), so the number should have been given in 2018; "
                "if the site numbers documents by the year they were written, "
                "set year_of: written under index_no in site.yaml\n");
  const std::string zh_message =
      "content/docs/2018/a.md:4:11: error[D304]: 索引号（index_no）"
      "“00817301-0/1996-00123”中的年份为 1996，但发布日期（published）"
      "为 2018-05-02\n";
  EXPECT_EQ(Zh(), zh_message +
                      "  提示：网站的规则是取发布日期的年份（year_of: "
                      "published），所以索引号中的年份应为 2018；如果网站按"
                      "成文年份编号，请在 site.yaml 的 index_no 下设置 "
                      "year_of: written\n");
  const std::set<std::string> published = {"00817301-0/1996-00123"};
  opts_.published_index_nos = &published;
  EXPECT_EQ(Check(fields),
            message +
                "  hint: this 索引号 is published and cannot change; if the "
                "site numbers documents by the year they were written, set "
                "year_of: written under index_no in site.yaml\n");
  EXPECT_EQ(Zh(), zh_message +
                      "  提示：这个索引号已经发布，不能更改；如果网站按成文"
                      "年份编号，请在 site.yaml 的 index_no 下设置 year_of: "
                      "written\n");
}

TEST_F(IndexNoRulesTest, AcceptsEveryLayoutOfTheSiteAndTheDepartmentsOwn) {
  Load(
      "index_no:\n  layouts: [\"{org}/{yyyy}-{nnnnn}\", "
      "\"{org}/{yyyymm}-{nnnnnn}\", \"{org}/{nnnnnn}\"]\n");
  EXPECT_EQ(Check("index_no: 00817301-0/2018-00001\ndepartment: zhengfu\n"
                  "published: 2018-05-02\n"),
            "");
  EXPECT_EQ(Check("index_no: 00817301-0/201805-000001\ndepartment: zhengfu\n"
                  "published: 2018-05-02\n"),
            "");
  EXPECT_EQ(Check("index_no: 00817301-0/000042\ndepartment: zhengfu\n"
                  "published: 2018-05-02\n"),
            "");
  EXPECT_EQ(Check("index_no: FD-2018-0007\ndepartment: dichan\n"
                  "published: 2018-05-02\n"),
            "");
  // Another department's own layout is not this one's.
  EXPECT_EQ(Check("index_no: 2018-0007\ndepartment: dichan\n"
                  "published: 2018-05-02\n"),
            "content/docs/2018/a.md:4:11: error[D208]: 索引号 (index_no) "
            "\"2018-0007\" does not follow any of the layouts "
            "FD-{yyyy}-{nnnn}, {org}/{yyyy}-{nnnnn}, {org}/{yyyymm}-{nnnnnn}, "
            "{org}/{nnnnnn} set in site.yaml and for dichan in "
            "departments.yaml\n"
            "  hint: for example FD-2018-0001\n");
  EXPECT_EQ(Check("index_no: FD-2018-0007\ndepartment: zhengfu\n"
                  "published: 2018-05-02\n"),
            "content/docs/2018/a.md:4:11: error[D208]: 索引号 (index_no) "
            "\"FD-2018-0007\" does not follow any of the layouts "
            "{org}/{yyyy}-{nnnnn}, {org}/{yyyymm}-{nnnnnn}, {org}/{nnnnnn} "
            "set in site.yaml\n"
            "  hint: for example 00817301-0/2018-00001\n");
}

TEST_F(IndexNoRulesTest, TheOrgCodeIsThePublishersWhoeverIssued) {
  Load("");
  // Shared code, written with or without its hyphen; the issuer is free.
  EXPECT_EQ(Check("index_no: 008173010/2018-00001\nissuer: 市人民政府\n"
                  "department: zhengfuban\npublished: 2018-05-02\n"),
            "");
  EXPECT_EQ(Check("index_no: 00817301-0/2018-00002\n"
                  "issuer: [市人民政府办公室, 市财政局]\n"
                  "department: zhengfu\npublished: 2018-05-02\n"),
            "");
  const std::string other =
      "index_no: 44800233-8/2018-00003\nissuer: 市人民政府\n"
      "department: zhengfuban\npublished: 2018-05-02\n";
  const std::string message =
      "content/docs/2018/a.md:4:11: error[D303]: 索引号 (index_no) "
      "\"44800233-8/2018-00003\" does not start with the organisation code "
      "of 市政府办 (008173010): 44800233-8 is the code of 市地产交易中心\n";
  EXPECT_EQ(Check(other), message + "  hint: write 008173010/2018-00003\n");
  const std::string zh_message =
      "content/docs/2018/a.md:4:11: error[D303]: 索引号（index_no）"
      "“44800233-8/2018-00003”不是以市政府办的组织机构代码（008173010）"
      "开头；44800233-8 是市地产交易中心的代码\n";
  EXPECT_EQ(Zh(), zh_message + "  提示：改为 008173010/2018-00003\n");
  const std::set<std::string> published = {"44800233-8/2018-00003"};
  opts_.published_index_nos = &published;
  EXPECT_EQ(Check(other),
            message +
                "  hint: this 索引号 is published and cannot change; check "
                "发布机构 (department) and its org_code in "
                "content/departments.yaml\n");
  EXPECT_EQ(Zh(), zh_message +
                      "  提示：这个索引号已经发布，不能更改；请核对发布机构"
                      "（department）及其在 content/departments.yaml 中的 "
                      "org_code\n");
}

// The shape of the central government's catalogue: the State Council and
// its General Office share one organisation code, written without its
// hyphen; a decision of the State Council is published by the General
// Office under the year it was written.
TEST_F(IndexNoRulesTest, CentralCatalogueShapePasses) {
  Load("index_no: {layouts: [\"{org}/{yyyy}-{nnnnn}\"], year_of: written}\n",
       "departments:\n"
       "  - {id: gwy, name: 国务院, org_code: 00001434-9}\n"
       "  - {id: gwyb, name: 国务院办公厅, org_code: \"000014349\"}\n");
  EXPECT_EQ(Check("index_no: 000014349/1996-00123\nissuer: 国务院\n"
                  "department: gwyb\npublished: 2018-03-20\n"
                  "written: 1996-07-01\n"),
            "");
  EXPECT_EQ(Check("index_no: 000014349/2018-00210\n"
                  "issuer: 国务院办公厅、国家发展改革委\n"
                  "department: gwyb\npublished: 2018-11-02\n"
                  "written: 2018-10-29\n"),
            "");
}

}  // namespace
}  // namespace disclose
