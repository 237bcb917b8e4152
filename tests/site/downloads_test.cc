// The files beside a document's page (site/downloads.h): its fee tables as
// CSV and JSON, and its record.
#include "site/downloads.h"

#include <gtest/gtest.h>

#include "model/record.h"

namespace disclose {
namespace {

Document FeeSchedule() {
  Document doc;
  doc.index_no = "00817552-6/2005-00006";
  doc.title = "门诊收费标准";
  doc.department = "yiyuan";
  doc.url = "/fees/2005/outpatient/";
  doc.fields = Value::Map();
  doc.fields.Set("effective_from", "2005-04-01");
  FeeTable table;
  table.caption = "挂号费";
  table.columns = {"收费项目", "计费单位", "收费标准", "备注"};
  FeeRow expert;
  expert.cells = {"专家门诊", "人次", "8-10", "主任医师, \"副主任\""};
  expert.amount = {800, 1000};
  FeeRow plain;
  plain.cells = {"普通门诊", "人次", "免费", " 含诊查 "};
  table.rows = {expert, plain};
  doc.fee_tables.push_back(table);
  return doc;
}

TEST(DownloadsTest, CsvQuotesWhatSpreadsheetsWouldSplitOrTrim) {
  EXPECT_EQ(FeeTableCsv(FeeSchedule().fee_tables[0]),
            "\xEF\xBB\xBF收费项目,计费单位,收费标准,备注\r\n"
            "专家门诊,人次,8-10,\"主任医师, \"\"副主任\"\"\"\r\n"
            "普通门诊,人次,免费,\" 含诊查 \"\r\n");
}

TEST(DownloadsTest, JsonNamesTheDocumentAndEachCellByItsColumn) {
  const Document doc = FeeSchedule();
  const Value json = FeeTableJson(doc, doc.fee_tables[0]);
  EXPECT_EQ(json.Find("index_no")->as_string(), doc.index_no);
  EXPECT_EQ(json.Find("effective_from")->as_string(), "2005-04-01");
  const Value& row = json.Find("rows")->list()[0];
  EXPECT_EQ(row.Find("cells")->Find("收费标准")->as_string(), "8-10");
  EXPECT_EQ(row.Find("amount")->Find("low_yuan")->as_string(), "8");
  EXPECT_EQ(row.Find("amount")->Find("high_fen")->as_string(), "1000");
}

TEST(DownloadsTest, JsonAndRecordHoldTheSameTable) {
  const Document doc = FeeSchedule();
  const Value json = FeeTableJson(doc, doc.fee_tables[0]);
  const Value record = DocumentRecord(doc);
  const Value& recorded = record.Find("fee_tables")->list().front();
  EXPECT_EQ(json.Find("caption")->ToJson(), recorded.Find("caption")->ToJson());
  EXPECT_EQ(json.Find("columns")->ToJson(), recorded.Find("columns")->ToJson());
  const auto& columns = recorded.Find("columns")->list();
  const auto& json_rows = json.Find("rows")->list();
  const auto& record_rows = recorded.Find("rows")->list();
  ASSERT_EQ(json_rows.size(), record_rows.size());
  for (size_t r = 0; r < record_rows.size(); ++r) {
    for (size_t c = 0; c < columns.size(); ++c) {
      EXPECT_EQ(
          json_rows[r].Find("cells")->Find(columns[c].as_string())->as_string(),
          record_rows[r].list()[c].as_string());
    }
  }
  // And the record reads back as the table it was made from.
  const Document back = DocumentFromRecord(DocumentRecord(doc));
  ASSERT_EQ(back.fee_tables.size(), 1u);
  EXPECT_EQ(back.fee_tables[0].caption, "挂号费");
  EXPECT_EQ(back.fee_tables[0].rows[1].cells, doc.fee_tables[0].rows[1].cells);
}

TEST(DownloadsTest, EveryTableAndTheRecordBesideThePage) {
  Document doc = FeeSchedule();
  doc.fee_tables.push_back(doc.fee_tables[0]);
  std::vector<std::string> paths;
  for (const auto& f : DocumentDownloads(doc)) paths.push_back(f.path);
  EXPECT_EQ(
      paths,
      (std::vector<std::string>{
          "fees/2005/outpatient/fees-1.csv", "fees/2005/outpatient/fees-1.json",
          "fees/2005/outpatient/fees-2.csv", "fees/2005/outpatient/fees-2.json",
          "fees/2005/outpatient/index.json"}));
}

}  // namespace
}  // namespace disclose
