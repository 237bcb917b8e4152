// The generic schema constraints, on a small made-up site: `not_more_than`
// for days, `catch_all` words, document references that also take literal
// values, the `period` kind, `disjoint` lists and `unique` fields. Each is
// pinned with its exact diagnostic.
#include <gtest/gtest.h>

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
    "  - {id: guoshui, name: 市国税局, org_code: 44800127-1}\n"
    "  - {id: dishui, name: 市地税局, org_code: 44800348-8}\n"
    "  - {id: xiaofang, name: 市消防支队, org_code: 44800451-X}\n";

const char kCore[] =
    "fields:\n"
    "  - {key: title, label: 标题, kind: text, required: true}\n"
    "  - {key: index_no, label: 索引号, kind: index_no}\n"
    "  - {key: validity, label: 有效性, kind: enum, values: [有效, 废止]}\n"
    "  - key: withdrawn\n    label: 撤回\n    kind: record\n    fields:\n"
    "      - {key: date, label: 撤回日期, kind: date, required: true}\n"
    "      - {key: reason, label: 撤回原因, kind: text, required: true}\n";

const char kGuide[] =
    "type: guide\nlabel: 办事指南\nfields:\n"
    "  - {key: legal, label: 法定办结时限, kind: days}\n"
    "  - {key: promised, label: 承诺办结时限, kind: days, "
    "not_more_than: legal}\n"
    "  - key: conditions\n    label: 申请条件\n    kind: list\n"
    "    item: {kind: text, catch_all: [其他条件, 其他, 等等, 等]}\n"
    "  - {key: fee, label: 收费, kind: document, ref_type: fees, "
    "values: [免费]}\n";

const char kFees[] = "type: fees\nlabel: 收费公示\n";

const char kRating[] =
    "type: rating\nlabel: 考核通报\nfields:\n"
    "  - {key: period, label: 考核期, kind: period, unique: true}\n"
    "  - {key: good, label: 红旗窗口, kind: list, item: {kind: department}}\n"
    "  - {key: bad, label: 考核分值末位, kind: list, "
    "item: {kind: department}}\n"
    "rules:\n  - disjoint: [good, bad]\n";

class SchemaRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SiteSources s;
    s.site_config = {"content/site.yaml", kSite};
    s.departments = {"content/departments.yaml", kDepartments};
    s.schemas = {{"content/schemas/core.yaml", kCore},
                 {"content/schemas/guide.yaml", kGuide},
                 {"content/schemas/fees.yaml", kFees},
                 {"content/schemas/rating.yaml", kRating}};
    Diagnostics diags;
    config_ = ParseConfig(s, diags);
    ASSERT_EQ(FormatText(diags), "");
  }

  // Validates content/docs/2005/<slug>.md with the given front matter
  // (after its title) and keeps the document.
  std::string Check(const std::string& slug, const std::string& fields) {
    Diagnostics diags;
    auto doc = ValidateDocument(
        {"content/docs/2005/" + slug + ".md",
         "---\ntitle: " + slug + "\n" + fields + "---\n\nText.\n"},
        config_, ValidateOptions{}, diags);
    if (doc) docs_.push_back(std::move(*doc));
    diags.Sort();
    last_ = diags;
    return FormatText(diags);
  }

  std::string Across() {
    Diagnostics diags;
    CheckAcrossDocuments(docs_, config_, diags);
    diags.Sort();
    last_ = diags;
    return FormatText(diags);
  }

  // The diagnostics of the last Check or Across, in Chinese.
  std::string Zh() const { return FormatText(last_, Language::kZh); }

  Diagnostics last_;
  Config config_;
  std::vector<Document> docs_;
};

TEST_F(SchemaRulesTest, RefusesPromisedDaysOverTheLegalLimit) {
  EXPECT_EQ(
      Check("g", "type: guide\nlegal: 15\npromised: \"20\"\n"),
      "content/docs/2005/g.md:5:11: error[D216]: 承诺办结时限 (promised) "
      "20 is more than 法定办结时限 (legal) 15\n"
      "  hint: write at most 15: 承诺办结时限 cannot exceed 法定办结时限\n");
  EXPECT_EQ(Zh(),
            "content/docs/2005/g.md:5:11: error[D216]: 承诺办结时限（promised）"
            "20 超过了法定办结时限（legal）15\n"
            "  提示：最多写 15：承诺办结时限不能超过法定办结时限\n");
}

TEST_F(SchemaRulesTest, AcceptsPromisedDaysUpToTheLegalLimit) {
  EXPECT_EQ(Check("g", "type: guide\nlegal: 15\npromised: 15\n"), "");
  EXPECT_EQ(Check("h", "type: guide\nlegal: 100\npromised: 9\n"), "");
  // Either limit alone is no comparison.
  EXPECT_EQ(Check("i", "type: guide\npromised: 30\n"), "");
}

TEST_F(SchemaRulesTest, ComparesTimeLimitsOnlyInTheSameUnit) {
  EXPECT_EQ(Check("g", "type: guide\nlegal: 20个工作日\npromised: 10\n"), "");
  EXPECT_EQ(
      Check("h", "type: guide\nlegal: 2小时\npromised: 3个小时\n"),
      "content/docs/2005/h.md:5:11: error[D216]: 承诺办结时限 (promised) "
      "3个小时 is more than 法定办结时限 (legal) 2小时\n"
      "  hint: write at most 2小时: 承诺办结时限 cannot exceed 法定办结时限\n");
  // Hours against days, natural against working days: not compared.
  EXPECT_EQ(Check("i", "type: guide\nlegal: 1个工作日\npromised: 4小时\n"), "");
  EXPECT_EQ(Check("j", "type: guide\nlegal: 20\npromised: 30个自然日\n"), "");
  // 即办 is within any limit; nothing is within 即办.
  EXPECT_EQ(Check("k", "type: guide\nlegal: 2小时\npromised: 0\n"), "");
  EXPECT_NE(Check("l", "type: guide\nlegal: 0\npromised: 1小时\n")
                .find("error[D216]"),
            std::string::npos);
}

TEST_F(SchemaRulesTest, RefusesCatchAllItemsNamingTheDocumentType) {
  EXPECT_EQ(
      Check("g",
            "type: guide\nconditions:\n  - 有固定的经营场所\n"
            "  - 法律、法规规定的其他条件\n  - 等等\n"),
      "content/docs/2005/g.md:6:5: error[D217]: 申请条件 (conditions[2]) "
      "\"法律、法规规定的其他条件\" ends with the catch-all \"其他条件\": a "
      "办事指南 must say what it means\n"
      "  hint: list each of them as an item of its own, or cite the article "
      "of law that requires it\n"
      "content/docs/2005/g.md:7:5: error[D217]: 申请条件 (conditions[3]) is "
      "only \"等等\": a 办事指南 must say what it means\n"
      "  hint: list each of them as an item of its own, or cite the article "
      "of law that requires it\n");
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].fields.Find("conditions")->list().size(), 1u);
}

TEST_F(SchemaRulesTest, TakesALiteralValueOfAReferenceAsIsAndResolvesNoRef) {
  EXPECT_EQ(Check("g", "type: guide\nfee: 免费\n"), "");
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_TRUE(docs_[0].refs.empty());
  EXPECT_EQ(docs_[0].fields.Find("fee")->as_string(), "免费");
  EXPECT_EQ(Across(), "");
}

TEST_F(SchemaRulesTest, ResolvesReferencesOfTheRightTypeAndHintsTheLiterals) {
  EXPECT_EQ(Check("f", "type: fees\nindex_no: \"44800127-1/2005-00001\"\n"),
            "");
  EXPECT_EQ(Check("n", "type: rating\nindex_no: \"44800127-1/2005-00002\"\n"),
            "");
  EXPECT_EQ(Check("g", "type: guide\nfee: \"44800127-1/2005-00001\"\n"), "");
  EXPECT_EQ(Check("h", "type: guide\nfee: 不收费\n"), "");
  EXPECT_EQ(Check("i", "type: guide\nfee: \"44800127-1/2005-00002\"\n"), "");
  EXPECT_EQ(Across(),
            "content/docs/2005/h.md:4:6: error[D305]: 收费 (fee) \"不收费\" is "
            "not the 索引号 of any document\n"
            "  hint: write 免费, or the 索引号 of a 收费公示\n"
            "content/docs/2005/i.md:4:6: error[D306]: 收费 (fee) "
            "\"44800127-1/2005-00002\" is a rating (content/docs/2005/n.md), "
            "not a 收费公示\n");
  EXPECT_EQ(Zh(),
            "content/docs/2005/h.md:4:6: error[D305]: 收费（fee）“不收费”"
            "不是任何文档的索引号\n"
            "  提示：改为 免费，或写一份收费公示的索引号\n"
            "content/docs/2005/i.md:4:6: error[D306]: 收费（fee）"
            "“44800127-1/2005-00002”是考核通报（content/docs/2005/n.md），"
            "不是收费公示\n");
}

TEST_F(SchemaRulesTest, PeriodIsARealMonth) {
  EXPECT_EQ(Check("r", "type: rating\nperiod: 2004-11\n"), "");
  EXPECT_EQ(
      Check("s", "type: rating\nperiod: 2004年12月\n"),
      "content/docs/2005/s.md:4:9: error[D215]: 考核期 (period) must be a "
      "month YYYY-MM, got \"2004年12月\"\n"
      "  hint: write 2004-12\n");
  EXPECT_EQ(
      Check("t", "type: rating\nperiod: [2004-12]\n"),
      "content/docs/2005/t.md:4:9: error[D202]: 考核期 (period) must be a "
      "month, got a list\n"
      "  hint: write one value after the colon, not a list\n");
}

TEST_F(SchemaRulesTest, AValueOfDisjointListsMayAppearOnlyOnce) {
  EXPECT_EQ(
      Check("r",
            "type: rating\nbad: [xiaofang, dishui]\n"
            "good:\n  - guoshui\n  - dishui\n  - guoshui\n"),
      "content/docs/2005/r.md:7:5: error[D218]: 红旗窗口 (good[2]) \"dishui\" "
      "is already in 考核分值末位 (bad[2]) on line 4\n"
      "  hint: each may appear only once in 红旗窗口 (good), 考核分值末位 "
      "(bad); remove one of them\n"
      "content/docs/2005/r.md:8:5: error[D218]: 红旗窗口 (good[3]) "
      "\"guoshui\" is already in 红旗窗口 (good[1]) on line 6\n"
      "  hint: each may appear only once in 红旗窗口 (good), 考核分值末位 "
      "(bad); remove one of them\n");
  EXPECT_EQ(Zh(),
            "content/docs/2005/r.md:7:5: error[D218]: 红旗窗口（good[2]）"
            "“dishui”已出现在第 4 行的考核分值末位（bad[2]）中\n"
            "  提示：每一项在红旗窗口（good）、考核分值末位（bad）"
            "中只能出现一次；删除其中一个\n"
            "content/docs/2005/r.md:8:5: error[D218]: 红旗窗口（good[3]）"
            "“guoshui”已出现在第 6 行的红旗窗口（good[1]）中\n"
            "  提示：每一项在红旗窗口（good）、考核分值末位（bad）"
            "中只能出现一次；删除其中一个\n");
  EXPECT_EQ(Check("s", "type: rating\ngood: [guoshui]\nbad: [xiaofang]\n"), "");
}

TEST_F(SchemaRulesTest, AUniqueValueBelongsToOneDocumentOfTheType) {
  EXPECT_EQ(Check("a", "type: rating\nperiod: 2004-11\n"), "");
  EXPECT_EQ(Check("b", "type: rating\nperiod: 2004-12\n"), "");
  EXPECT_EQ(Check("c", "type: rating\nperiod: 2004-11\n"), "");
  EXPECT_EQ(Across(),
            "content/docs/2005/c.md:4:9: error[D307]: 考核期 (period) "
            "\"2004-11\" is already used by content/docs/2005/a.md:4\n"
            "  hint: there is one 考核通报 per 考核期: amend that document, or "
            "withdraw it first\n");
  EXPECT_EQ(Zh(),
            "content/docs/2005/c.md:4:9: error[D307]: 考核期（period）"
            "“2004-11”已被 content/docs/2005/a.md:4 使用\n"
            "  提示：每个考核期只能有一份考核通报：请修改那份文档，"
            "或先将它撤回\n");
}

TEST_F(SchemaRulesTest, AWithdrawnOrRepealedDocumentGivesUpItsUniqueValue) {
  EXPECT_EQ(Check("a",
                  "type: rating\nperiod: 2004-11\nwithdrawn: {date: "
                  "2005-01-02, reason: 名单有误}\n"),
            "");
  EXPECT_EQ(Check("b", "type: rating\nperiod: 2004-11\nvalidity: 废止\n"), "");
  EXPECT_EQ(Check("c", "type: rating\nperiod: 2004-11\n"), "");
  EXPECT_EQ(Across(), "");
}

}  // namespace
}  // namespace disclose
