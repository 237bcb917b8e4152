#include "model/record_diff.h"

#include <gtest/gtest.h>

#include "model/value_text.h"

namespace disclose {
namespace {

Value Record(const std::string& amount, const std::string& note,
             const std::string& body) {
  Value r = Value::Map();
  r.Set("index_no", "00817552-6/2005-00006");
  Value fields = Value::Map();
  fields.Set("title", "门诊收费");
  if (!note.empty()) fields.Set("change_note", note);
  Value kw = Value::List();
  kw.Push("收费");
  kw.Push("门诊");
  fields.Set("keywords", kw);
  r.Set("fields", fields);
  Value table = Value::Map();
  table.Set("caption", "挂号费");
  Value cols = Value::List();
  for (const char* c : {"收费项目", "计费单位", "收费标准"}) cols.Push(c);
  table.Set("columns", cols);
  Value rows = Value::List();
  Value row = Value::List();
  row.Push("专家门诊");
  row.Push("人次");
  row.Push(amount);
  rows.Push(row);
  if (amount == "10-12") {
    Value added = Value::List();
    added.Push("夜间门诊");
    added.Push("人次");
    added.Push("3");
    rows.Push(added);
  }
  table.Set("rows", rows);
  Value tables = Value::List();
  tables.Push(table);
  r.Set("fee_tables", tables);
  r.Set("body_markdown", body);
  return r;
}

TEST(RecordDiffTest, ReportsFieldsFeeRowsAndText) {
  Value a = Record("8-10", "", "自3月1日起执行");
  Value b = Record("10-12", "调整标准", "自4月1日起执行");
  RecordDiff d = DiffRecord(&a, &b);
  EXPECT_EQ(d.kind, RecordDiff::kChanged);
  ASSERT_EQ(d.fields.size(), 1u);
  EXPECT_EQ(d.fields[0].key, "change_note");
  EXPECT_EQ(d.fields[0].before, "");
  EXPECT_EQ(d.fields[0].after, "调整标准");
  ASSERT_EQ(d.fee_rows.size(), 2u);
  EXPECT_EQ(d.fee_rows[0].kind, FeeRowChange::kChanged);
  EXPECT_EQ(d.fee_rows[0].item, "专家门诊");
  EXPECT_EQ(d.fee_rows[0].before_amount, "8-10");
  EXPECT_EQ(d.fee_rows[0].after_amount, "10-12");
  EXPECT_EQ(d.fee_rows[1].kind, FeeRowChange::kAdded);
  EXPECT_EQ(d.fee_rows[1].item, "夜间门诊");
  EXPECT_TRUE(d.body_changed);
}

// A table whose columns carry other names (项目, 单位, 价格): found by the
// roles recorded with it. A group row names the rows below it.
Value RecordWithRoles(const std::string& amount) {
  Value r = Value::Map();
  r.Set("index_no", "00817381-1/2005-00160");
  r.Set("fields", Value::Map());
  Value table = Value::Map();
  table.Set("caption", "登记费");
  Value cols = Value::List();
  Value roles = Value::List();
  for (auto [c, role] : {std::pair<const char*, const char*>{"序号", ""},
                         {"项目", "item"},
                         {"单位", "unit"},
                         {"价格", "amount"}}) {
    cols.Push(c);
    roles.Push(role);
  }
  table.Set("columns", cols);
  table.Set("roles", roles);
  Value rows = Value::List();
  for (auto cells : {std::vector<std::string>{"一、登记费", "", "", ""},
                     std::vector<std::string>{"1", "住房", "件", amount},
                     std::vector<std::string>{"二、工本费", "", "", ""},
                     std::vector<std::string>{"2", "住房", "本", "10"}}) {
    Value row = Value::List();
    for (const auto& c : cells) row.Push(c);
    rows.Push(row);
  }
  table.Set("rows", rows);
  Value tables = Value::List();
  tables.Push(table);
  r.Set("fee_tables", tables);
  return r;
}

TEST(RecordDiffTest, FindsFeeColumnsByTheirRecordedRolesAndGroups) {
  Value a = RecordWithRoles("80");
  Value b = RecordWithRoles("最高100");
  RecordDiff d = DiffRecord(&a, &b);
  ASSERT_EQ(d.fee_rows.size(), 1u);
  EXPECT_EQ(d.fee_rows[0].kind, FeeRowChange::kChanged);
  EXPECT_EQ(d.fee_rows[0].item, "一、登记费 / 住房");
  EXPECT_EQ(d.fee_rows[0].before_amount, "80");
  EXPECT_EQ(d.fee_rows[0].after_amount, "最高100");
  EXPECT_EQ(d.fee_rows[0].before_unit, "件");
}

TEST(RecordDiffTest, ListsAddedRemovedAndChangedDocumentsOnly) {
  std::map<std::string, Value> before, after;
  before["a"] = Record("1", "", "x");
  before["b"] = Record("1", "", "x");
  after["b"] = Record("1", "", "x");
  after["c"] = Record("2", "", "y");
  auto diffs = DiffRecords(before, after);
  ASSERT_EQ(diffs.size(), 2u);
  EXPECT_EQ(diffs[0].kind, RecordDiff::kRemoved);
  EXPECT_EQ(diffs[1].kind, RecordDiff::kAdded);
}

TEST(RecordDiffTest, ShowsListsAsReadersSeeThem) {
  Value v = Value::List();
  v.Push("收费");
  v.Push("门诊");
  EXPECT_EQ(ValueText(v), "收费、门诊");
}

TEST(RecordDiffTest, WritesJson) {
  Value a = Record("8-10", "", "x");
  Value b = Record("10-12", "调整", "x");
  std::vector<RecordDiff> diffs = {DiffRecord(&a, &b)};
  const std::string json = RecordDiffsJson(diffs).ToJson();
  EXPECT_NE(json.find("\"change\":\"changed\",\"table\":\"挂号费\",\"item\":"
                      "\"专家门诊\",\"before\":\"8-10\",\"after\":\"10-12\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"body_changed\":false"), std::string::npos);
}

}  // namespace
}  // namespace disclose
