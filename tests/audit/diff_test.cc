// `disclose diff` without a repository: which differences a document name
// selects, and the lines and JSON printed for them.
#include "audit/diff.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace disclose {
namespace {

Value Record(const std::string& index_no, const std::string& source,
             const std::string& title, const std::string& body) {
  Value r = Value::Map();
  r.Set("index_no", index_no);
  if (!source.empty()) r.Set("source", source);
  Value fields = Value::Map();
  fields.Set("title", title);
  r.Set("fields", std::move(fields));
  r.Set("body_markdown", body);
  return r;
}

class DiffTest : public ::testing::Test {
 protected:
  DiffTest() {
    before_["A-1"] = Record("A-1", "content/fees/a.md", "甲", "旧");
    before_["C-3"] = Record("C-3", "content/news/c.md", "丙", "");
    before_["D-4"] = Record("D-4", "", "丁", "一");
    after_["A-1"] = Record("A-1", "content/fees/a.md", "甲", "新");
    after_["B-2"] = Record("B-2", "content/notices/b.md", "乙", "");
    after_["D-4"] = Record("D-4", "", "丁", "二");
  }
  std::vector<std::string> Selected(const std::string& doc) {
    std::vector<std::string> out;
    for (const auto& d :
         SelectDocument(DiffRecords(before_, after_), before_, after_, doc)) {
      out.push_back(d.index_no);
    }
    return out;
  }

  std::map<std::string, Value> before_, after_;
};

using Lines = std::vector<std::string>;

TEST_F(DiffTest, NoDocumentSelectsEveryDifference) {
  EXPECT_EQ(Selected(""), (Lines{"A-1", "B-2", "C-3", "D-4"}));
}

TEST_F(DiffTest, SelectsADocumentByIndexNoOrByItsFileInEitherPublication) {
  EXPECT_EQ(Selected("A-1"), Lines{"A-1"});
  EXPECT_EQ(Selected("content/fees/a.md"), Lines{"A-1"});
  EXPECT_EQ(Selected("content/notices/b.md"), Lines{"B-2"});  // added
  EXPECT_EQ(Selected("content/news/c.md"), Lines{"C-3"});     // removed
  EXPECT_EQ(Selected("D-4"), Lines{"D-4"});  // a record without source
  EXPECT_EQ(Selected("content/x.md"), Lines{});
}

TEST(DiffLinesTest, OneLineADocumentThenWhatChangedInIt) {
  PublicationDiff diff;
  diff.from = "ca66ca74f108429f3b055c69751d1f1f1bc73598";
  diff.to = "5abfb58302855ed19470ed481079c6d4f94935db";
  RecordDiff fee;
  fee.index_no = "00817552-6/2005-00006";
  fee.title = "市第一人民医院2005年门诊收费标准公示";
  fee.fields = {{"change_note", "", "调整专家门诊诊查费"}};
  fee.fee_rows = {
      {FeeRowChange::kChanged, "挂号费及诊查费", "专家门诊诊查费", "8-10",
       "10-12", "元/人次", "元/人次"},
      {FeeRowChange::kAdded, "挂号费及诊查费", "夜间门诊", "", "3", "", "元"},
      {FeeRowChange::kRemoved, "其他", "病历本", "1", "", "元", ""}};
  fee.body_changed = true;
  fee.body = {{DiffSpan::kEqual, "门诊"},
              {DiffSpan::kDelete, "八元"},
              {DiffSpan::kInsert, "十二元ab"}};
  RecordDiff added;
  added.kind = RecordDiff::kAdded;
  added.index_no = "B-2";
  added.title = "乙";
  added.fields = {{"title", "", "乙"}};  // not listed for an added one
  RecordDiff removed;
  removed.kind = RecordDiff::kRemoved;
  removed.index_no = "C-3";
  removed.title = "丙";
  diff.documents = {fee, added, removed};
  EXPECT_EQ(
      DiffLines(diff),
      (Lines{"~ 00817552-6/2005-00006 市第一人民医院2005年门诊收费标准公示",
             "    change_note: \"\" -> \"调整专家门诊诊查费\"",
             "    fee row 挂号费及诊查费 / 专家门诊诊查费: 8-10 -> 10-12",
             "    fee row 挂号费及诊查费 / 夜间门诊: added, 3",
             "    fee row 其他 / 病历本: removed, was 1",
             "    text: 5 characters added, 2 removed", "+ B-2 乙",
             "- C-3 丙"}));
  EXPECT_EQ(DiffSummary(diff),
            "3 documents differ between ca66ca74f1 and 5abfb58302");
  const Value json = DiffJson(diff);
  EXPECT_EQ(json.Find("from")->as_string(), diff.from);
  EXPECT_EQ(json.Find("to")->as_string(), diff.to);
  EXPECT_EQ(json.Find("documents")->ToJson(),
            RecordDiffsJson(diff.documents).ToJson());
}

TEST(DiffLinesTest, NoDifferenceIsNoLine) {
  PublicationDiff diff;
  diff.from = diff.to = "cf40a644c7c97fdf52c328370cf5128bc5e55076";
  EXPECT_EQ(DiffLines(diff), Lines{});
  EXPECT_EQ(DiffSummary(diff),
            "0 documents differ between cf40a644c7 and cf40a644c7");
  EXPECT_EQ(DiffJson(diff).ToJson(),
            "{\"from\":\"cf40a644c7c97fdf52c328370cf5128bc5e55076\",\"to\":"
            "\"cf40a644c7c97fdf52c328370cf5128bc5e55076\",\"documents\":[]}");
}

}  // namespace
}  // namespace disclose
