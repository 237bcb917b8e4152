// A field's value as readers see it (model/value_text.h).
#include "model/value_text.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

Value List(std::vector<std::string> items) {
  Value v = Value::List();
  for (auto& i : items) v.Push(std::move(i));
  return v;
}

TEST(ValueTextTest, TextAndNumbersAsWritten) {
  EXPECT_EQ(ValueText(Value("0736-7253641")), "0736-7253641");
  EXPECT_EQ(ValueText(Value::Number(15)), "15");
  EXPECT_EQ(ValueText(Value()), "");
}

TEST(ValueTextTest, WordsJoinedByEnumerationComma) {
  EXPECT_EQ(ValueText(List({"收费", "门诊"})), "收费、门诊");
  EXPECT_EQ(JoinWords({"市物价局", "市财政局"}), "市物价局、市财政局");
}

TEST(ValueTextTest, SentencesNumberedOneALine) {
  // One item longer than twenty characters makes the list one of sentences.
  EXPECT_EQ(
      ValueText(List(
          {"身份证原件", "申请人所在单位出具的在职证明及近六个月的工资流水"})),
      "1. 身份证原件\n2. 申请人所在单位出具的在职证明及近六个月的工资流水");
}

TEST(ValueTextTest, RecordsAsTheirValuesAndListsOfThemBySemicolon) {
  Value basis = Value::List();
  for (const char* doc_no : {"湘价服〔2003〕163号", "湘建建〔2004〕117号"}) {
    Value r = Value::Map();
    r.Set("authority", "湖南省物价局");
    r.Set("doc_no", doc_no);
    basis.Push(std::move(r));
  }
  EXPECT_EQ(
      ValueText(basis),
      "湖南省物价局 湘价服〔2003〕163号；湖南省物价局 湘建建〔2004〕117号");
}

}  // namespace
}  // namespace disclose
