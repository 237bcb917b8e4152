// FieldChecker: one value against its FieldSpec, without a whole document.
#include "validate/fields.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

YamlNode Scalar(const std::string& text, int line = 3, int column = 7) {
  YamlNode n;
  n.kind = YamlNode::Kind::kScalar;
  n.text = text;
  n.line = line;
  n.column = column;
  return n;
}

FieldSpec Spec(const std::string& key, const std::string& label,
               FieldKind kind) {
  FieldSpec f;
  f.key = key;
  f.label = label;
  f.kind = kind;
  return f;
}

class FieldCheckerTest : public ::testing::Test {
 protected:
  FieldCheckerTest() { doc_.source_path = "content/docs/2005/a.md"; }

  // The value, and the diagnostics as text in *out.
  Value Check(const FieldSpec& spec, const YamlNode& node, std::string* out) {
    Diagnostics diags;
    FieldChecker checker(config_, root_, diags, doc_);
    Value v = checker.Check(spec, node, spec.key);
    *out = FormatText(diags);
    return v;
  }

  Config config_;
  YamlNode root_;
  Document doc_;
};

TEST_F(FieldCheckerTest, DaysAreAWholeNumberFromOneTo999) {
  const FieldSpec days = Spec("legal", "法定办结时限", FieldKind::kDays);
  std::string out;
  EXPECT_EQ(Check(days, Scalar("15"), &out).as_string(), "15");
  EXPECT_EQ(out, "");
  for (const char* bad : {"0", "1000", "15天", "-3", "1.5"}) {
    EXPECT_TRUE(Check(days, Scalar(bad), &out).is_null()) << bad;
    EXPECT_EQ(out, std::string("content/docs/2005/a.md:3:7: error[D212]: "
                               "法定办结时限 (legal) must be a whole number "
                               "of working days, got \"") +
                       bad + "\"\n");
  }
}

TEST_F(FieldCheckerTest, AScalarFieldRefusesAListAndSeveralLines) {
  const FieldSpec title = Spec("title", "标题", FieldKind::kText);
  YamlNode list;
  list.kind = YamlNode::Kind::kList;
  list.line = 2;
  list.column = 8;
  list.items.push_back(Scalar("甲"));
  std::string out;
  EXPECT_TRUE(Check(title, list, &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:2:8: error[D202]: 标题 (title) must be "
            "text, got a list\n"
            "  hint: write one value after the colon, not a list\n");
  EXPECT_TRUE(Check(title, Scalar("第一行\n第二行"), &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: error[D203]: 标题 (title) must be "
            "one line\n"
            "  hint: join the lines into one\n");
}

TEST_F(FieldCheckerTest, AReferenceIsRecordedUnlessItIsALiteral) {
  FieldSpec fee = Spec("fee", "收费", FieldKind::kDocument);
  fee.values = {"免费"};
  fee.ref_type = "fee-schedule";
  std::string out;
  EXPECT_EQ(Check(fee, Scalar("免费"), &out).as_string(), "免费");
  EXPECT_TRUE(doc_.refs.empty());
  EXPECT_EQ(Check(fee, Scalar("44800907-0/2005-00002"), &out).as_string(),
            "44800907-0/2005-00002");
  ASSERT_EQ(doc_.refs.size(), 1u);
  EXPECT_EQ(doc_.refs[0].index_no, "44800907-0/2005-00002");
  EXPECT_EQ(doc_.refs[0].ref_type, "fee-schedule");
  EXPECT_EQ(doc_.refs[0].line, 3);
  EXPECT_EQ(out, "");
}

TEST_F(FieldCheckerTest, AMissingRequiredValueShowsTheExample) {
  FieldSpec date = Spec("published", "发布日期", FieldKind::kDate);
  date.required = true;
  date.example = Scalar("2005-01-10");
  std::string out;
  EXPECT_TRUE(Check(date, Scalar("  "), &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: error[D200]: 发布日期 (published) is "
            "required but missing\n"
            "  hint: add a line such as: published: 2005-01-10\n");
}

TEST(DateHintTest, SuggestsTheDateAsItShouldBeWritten) {
  EXPECT_EQ(DateHint("2005-1-5"), "write 2005-01-05");
  EXPECT_EQ(DateHint("2005年１月５日"), "write 2005-01-05");
  EXPECT_EQ(DateHint("2005/02/30"), "there is no such day in the calendar");
  EXPECT_EQ(DateHint("一月五日"), "write the date as YYYY-MM-DD");
  EXPECT_EQ(DateHint("20050105 12"), "");
}

}  // namespace
}  // namespace disclose
