// The log of publications and of one document's versions, from a history
// made in memory, and the document a name finds among records, including
// records made by hand without some of their fields.
#include "audit/log.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace disclose {
namespace {

Value FeeRecord() {
  Value r = Value::Map();
  r.Set("index_no", "00817552-6/2005-00006");
  r.Set("type", "fee-schedule");
  r.Set("source", "content/fees/2005/city-hospital-outpatient-fees.md");
  r.Set("url", "/fees/2005/city-hospital-outpatient-fees/");
  r.Set("fields", Value::Map());
  return r;
}

const char kFeePath[] = "fees/2005/city-hospital-outpatient-fees/index.json";

std::map<std::string, Value> Records(Value fee) {
  Value other = Value::Map();
  other.Set("index_no", "00817365-1/2004-00045");
  other.Set("source", "content/news/2004/vice-mayor-window-visit.md");
  other.Set("url", "/news/2004/vice-mayor-window-visit/");
  return {{kFeePath, std::move(fee)},
          {"news/2004/vice-mayor-window-visit/index.json", std::move(other)}};
}

TEST(LogTest, FindsADocumentByIndexNoFileOrAddress) {
  const auto records = Records(FeeRecord());
  for (const char* doc : {"00817552-6/2005-00006",
                          "content/fees/2005/city-hospital-outpatient-fees.md",
                          "/fees/2005/city-hospital-outpatient-fees/",
                          "fees/2005/city-hospital-outpatient-fees"}) {
    auto path = FindRecordPath(records, doc);
    ASSERT_TRUE(path.ok()) << doc;
    EXPECT_EQ(*path, kFeePath) << doc;
  }
}

TEST(LogTest, AnUnknownDocumentIsAnErrorThatSaysWhatToGive) {
  auto path = FindRecordPath(Records(FeeRecord()), "city-hospital");
  ASSERT_FALSE(path.ok());
  EXPECT_EQ(path.status().message(),
            "no published document is \"city-hospital\" (give its 索引号, "
            "its file or its address)");
}

// Regression: `disclose log` read every record's url without a check and
// crashed on a record without one (made by hand, or by an older version).
TEST(LogTest, ARecordWithoutAddressIsFoundByItsOtherNames) {
  Value fee = Value::Map();
  fee.Set("index_no", "00817552-6/2005-00006");
  fee.Set("source", "content/fees/2005/city-hospital-outpatient-fees.md");
  const auto records = Records(std::move(fee));
  auto by_index_no = FindRecordPath(records, "00817552-6/2005-00006");
  ASSERT_TRUE(by_index_no.ok());
  EXPECT_EQ(*by_index_no, kFeePath);
  auto by_file = FindRecordPath(
      records, "content/fees/2005/city-hospital-outpatient-fees.md");
  ASSERT_TRUE(by_file.ok());
  EXPECT_EQ(*by_file, kFeePath);
  EXPECT_FALSE(
      FindRecordPath(records, "/fees/2005/city-hospital-outpatient-fees/")
          .ok());
  auto other = FindRecordPath(records, "news/2004/vice-mayor-window-visit");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(*other, "news/2004/vice-mayor-window-visit/index.json");
}

TEST(LogTest, ARecordWithNoNamesOrNamesThatAreNotTextIsSkipped) {
  Value odd = Value::Map();
  odd.Set("index_no", Value::Number(6));
  odd.Set("url", Value::List());
  std::map<std::string, Value> records = Records(FeeRecord());
  records["a/index.json"] = Value::Map();
  records["b/index.json"] = std::move(odd);
  EXPECT_FALSE(FindRecordPath(records, "6").ok());
  EXPECT_FALSE(FindRecordPath(records, "").ok());
  auto path = FindRecordPath(records, "00817552-6/2005-00006");
  ASSERT_TRUE(path.ok());
  EXPECT_EQ(*path, kFeePath);
}

Log PublicationsLog() {
  Log log;
  Publication newer;
  newer.commit.id = "5abfb58302855ed19470ed481079c6d4f94935db";
  newer.commit.author.name = "王审核";
  newer.date = "2005-06-02";
  newer.subject = "调整收费";
  Publication older;
  older.commit.id = "ca66ca74f108429f3b055c69751d1f1f1bc73598";
  older.commit.author.name = "市政务服务中心";
  older.date = "2005-01-10";
  older.subject = "Publish: 19 added";
  log.publications = {newer, older};
  return log;
}

TEST(LogTest, PrintsOnePublicationALine) {
  const Log log = PublicationsLog();
  EXPECT_EQ(LogLines(log),
            (std::vector<std::string>{
                "5abfb58302  2005-06-02  王审核  调整收费",
                "ca66ca74f1  2005-01-10  市政务服务中心  Publish: 19 added"}));
  EXPECT_EQ(LogJson(log).ToJson(),
            "[{\"commit\":\"5abfb58302855ed19470ed481079c6d4f94935db\","
            "\"date\":\"2005-06-02\",\"author\":\"王审核\",\"subject\":"
            "\"调整收费\"},{\"commit\":\"ca66ca74f108429f3b055c69751d1f1f1bc735"
            "98\",\"date\":\"2005-01-10\",\"author\":\"市政务服务中心\","
            "\"subject\":\"Publish: 19 added\"}]");
}

TEST(LogTest, PrintsOneVersionALineAndTheFirstAsFirstPublished) {
  Log log;
  log.document = kFeePath;
  Version v2;
  v2.number = 2;
  v2.commit = "5abfb58302855ed19470ed481079c6d4f94935db";
  v2.date = "2005-06-02";
  v2.change_note = "调整专家门诊诊查费";
  Version v1;
  v1.number = 1;
  v1.commit = "ca66ca74f108429f3b055c69751d1f1f1bc73598";
  v1.date = "2005-01-10";
  v1.change_note = "首次公开";  // a note on v1 is kept in JSON only
  log.versions = {v2, v1};
  EXPECT_EQ(LogLines(log), (std::vector<std::string>{
                               "v2  2005-06-02  5abfb58302  调整专家门诊诊查费",
                               "v1  2005-01-10  ca66ca74f1  first published"}));
  EXPECT_EQ(
      LogJson(log).ToJson(),
      "[{\"version\":2,\"commit\":\"5abfb58302855ed19470ed481079c6d4f94"
      "935db\",\"date\":\"2005-06-02\",\"change_note\":\"调整专家门诊诊查"
      "费\"},{\"version\":1,\"commit\":\"ca66ca74f108429f3b055c69751d1f1"
      "f1bc73598\",\"date\":\"2005-01-10\",\"change_note\":\"首次公开\"}]");
}

TEST(LogTest, AnEmptyLogPrintsNothing) {
  EXPECT_TRUE(LogLines(Log()).empty());
  EXPECT_EQ(LogJson(Log()).ToJson(), "[]");
}

}  // namespace
}  // namespace disclose
