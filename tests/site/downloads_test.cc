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
  expert.unit = "人次";
  expert.amount.kind = FeeKind::kRange;
  expert.amount.low = 800;
  expert.amount.high = 1000;
  FeeRow plain;
  plain.cells = {"普通门诊", "人次", "免费", " 含诊查 "};
  plain.unit = "人次";
  plain.amount.kind = FeeKind::kFree;
  table.rows = {expert, plain};
  doc.fee_tables.push_back(table);
  return doc;
}

TEST(DownloadsTest, CsvQuotesWhatSpreadsheetsWouldSplitOrTrim) {
  EXPECT_EQ(FeeTableCsv(FeeSchedule().fee_tables[0]),
            "\xEF\xBB\xBF收费项目,计费单位,收费标准,备注,"
            "group,kind,low,high,unit,note\r\n"
            "专家门诊,人次,8-10,\"主任医师, \"\"副主任\"\"\""
            ",,range,8,10,人次,\r\n"
            "普通门诊,人次,免费,\" 含诊查 \",,free,0,0,人次,\r\n");
}

TEST(DownloadsTest, CsvCellsThatSpreadsheetsWouldRunStartWithAnApostrophe) {
  Document doc = FeeSchedule();
  FeeTable& table = doc.fee_tables[0];
  table.rows[0].cells[3] = "=HYPERLINK(\"http://x.example/\",\"点此\")";
  table.rows[1].cells[3] = "@SUM(A1:A9)";
  table.rows[1].cells[0] = "+cmd|' /C calc'!A0";
  FeeRow more = table.rows[1];
  more.cells = {"-2+3", "\t人次", "免费", "\r=1"};
  table.rows.push_back(more);
  EXPECT_EQ(FeeTableCsv(table),
            "\xEF\xBB\xBF收费项目,计费单位,收费标准,备注,"
            "group,kind,low,high,unit,note\r\n"
            "专家门诊,人次,8-10,\"'=HYPERLINK(\"\"http://x.example/"
            "\"\",\"\"点此\"\")\""
            ",,range,8,10,人次,\r\n"
            "'+cmd|' /C calc'!A0,人次,免费,'@SUM(A1:A9),,free,0,0,人次,\r\n"
            "'-2+3,'\t人次,免费,\"'\r=1\",,free,0,0,人次,\r\n");
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

// A table with a group row, a ceiling with a note, tiers (a line break in
// the cell) and an unfixed fee.
FeeTable GroupedTable() {
  FeeTable table;
  table.columns = {"项目", "收费标准（元）"};
  table.roles = {"item", "amount"};
  FeeRow group;
  group.cells = {"一、登记费", ""};
  group.is_group = true;
  group.group = "一、登记费";
  FeeRow ceiling;
  ceiling.cells = {"抵押登记", "最高550（含证书）"};
  ceiling.group = "一、登记费";
  ceiling.amount.kind = FeeKind::kCeiling;
  ceiling.amount.low = ceiling.amount.high = 55000;
  ceiling.amount.note = "含证书";
  FeeRow tiers;
  tiers.cells = {"测绘", "1.36元/平方米\n不低于200元/宗"};
  tiers.group = "一、登记费";
  FeePart per_area{FeeKind::kExact, 136, 136, "元/平方米", "", "1.36元/平方米"};
  FeePart floor{FeeKind::kFloor, 20000, 20000, "元/宗", "", "不低于200元/宗"};
  tiers.amount.tiers = {per_area, floor};
  FeeRow unfixed;
  unfixed.cells = {"代办", "市场调节价"};
  unfixed.amount.kind = FeeKind::kUnfixed;
  unfixed.amount.text = "市场调节价";
  table.rows = {group, ceiling, tiers, unfixed};
  return table;
}

TEST(DownloadsTest, CsvHasALinePerAmountWithItsKindAndGroup) {
  EXPECT_EQ(FeeTableCsv(GroupedTable()),
            "\xEF\xBB\xBF项目,收费标准（元）,group,kind,low,high,unit,note\r\n"
            "抵押登记,最高550（含证书）,一、登记费,ceiling,,550,,含证书\r\n"
            "测绘,\"1.36元/平方米\n不低于200元/宗\",一、登记费,exact,1.36,1.36,"
            "元/平方米,\r\n"
            "测绘,\"1.36元/平方米\n不低于200元/宗\",一、登记费,floor,200,,"
            "元/宗,\r\n"
            "代办,市场调节价,,unfixed,,,,\r\n");
}

TEST(DownloadsTest, JsonPinsTheShapeOfEveryKind) {
  const Value json =
      FeeTableRecord(GroupedTable(), FeeRowForm::kNamedCellsAndAmount);
  EXPECT_EQ(
      json.Find("rows")->ToJson(),
      R"([{"cells":{"项目":"一、登记费","收费标准（元）":""},"group":"一、登记费",)"
      R"("is_group":true},)"
      R"({"cells":{"项目":"抵押登记","收费标准（元）":"最高550（含证书）"},)"
      R"("group":"一、登记费","amount":{"kind":"ceiling","low_yuan":"",)"
      R"("high_yuan":"550","low_fen":null,"high_fen":55000,"unit":"",)"
      R"("note":"含证书"}},)"
      R"({"cells":{"项目":"测绘","收费标准（元）":"1.36元/平方米\n不低于200元/宗"},)"
      R"("group":"一、登记费","amount":{"kind":"exact","low_yuan":"1.36",)"
      R"("high_yuan":"1.36","low_fen":136,"high_fen":136,"unit":"元/平方米",)"
      R"("note":""},"tiers":[{"kind":"exact","low_yuan":"1.36",)"
      R"("high_yuan":"1.36","low_fen":136,"high_fen":136,"unit":"元/平方米",)"
      R"("note":""},{"kind":"floor","low_yuan":"200","high_yuan":"",)"
      R"("low_fen":20000,"high_fen":null,"unit":"元/宗","note":""}]},)"
      R"({"cells":{"项目":"代办","收费标准（元）":"市场调节价"},"group":"",)"
      R"("amount":{"kind":"unfixed","low_yuan":"","high_yuan":"",)"
      R"("low_fen":null,"high_fen":null,"unit":"","note":""}}])");
  EXPECT_EQ(json.Find("roles")->ToJson(), R"(["item","amount"])");
}

TEST(DownloadsTest, AFeeMatrixHasALinePerFee) {
  FeeTable table;
  table.columns = {"类别", "学费", "住宿费"};
  table.roles = {"payer", "amount", "amount"};
  table.payer_column = "类别";
  FeeRow row;
  row.cells = {"普通班", "1200", "最高300"};
  row.payer = "普通班";
  row.unit = "元/学年";
  FeeMatrixCell tuition{"学费", 1, {}};
  tuition.amount.low = tuition.amount.high = 120000;
  FeeMatrixCell room{"住宿费", 2, {}};
  room.amount.kind = FeeKind::kCeiling;
  room.amount.high = 30000;
  row.matrix = {tuition, room};
  table.rows = {row};
  EXPECT_EQ(
      FeeTableCsv(table),
      "\xEF\xBB\xBF类别,学费,住宿费,item,group,kind,low,high,unit,note\r\n"
      "普通班,1200,最高300,学费,,exact,1200,1200,元/学年,\r\n"
      "普通班,1200,最高300,住宿费,,ceiling,,300,元/学年,\r\n");
  EXPECT_EQ(
      FeeTableRecord(table, FeeRowForm::kNamedCellsAndAmount)
          .Find("rows")
          ->ToJson(),
      R"([{"cells":{"类别":"普通班","学费":"1200","住宿费":"最高300"},)"
      R"("group":"","payer":"普通班","fees":[{"item":"学费","amount":)"
      R"({"kind":"exact","low_yuan":"1200","high_yuan":"1200",)"
      R"("low_fen":120000,"high_fen":120000,"unit":"元/学年","note":""}},)"
      R"({"item":"住宿费","amount":{"kind":"ceiling","low_yuan":"",)"
      R"("high_yuan":"300","low_fen":null,"high_fen":30000,)"
      R"("unit":"元/学年","note":""}}]}])");
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
