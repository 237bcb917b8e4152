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

TEST_F(FieldCheckerTest, ADateWrittenTheChineseWayIsStoredInIsoForm) {
  const FieldSpec date = Spec("published", "发布日期", FieldKind::kDate);
  std::string out;
  EXPECT_EQ(Check(date, Scalar("2005-01-10"), &out).as_string(), "2005-01-10");
  EXPECT_EQ(out, "");
  EXPECT_EQ(Check(date, Scalar("２００５年１月１０日"), &out).as_string(),
            "2005-01-10");
  EXPECT_EQ(
      out,
      "content/docs/2005/a.md:3:7: warning[D219]: 发布日期 (published) "
      "\"２００５年１月１０日\" is not written YYYY-MM-DD, as the site "
      "writes dates\n"
      "  hint: write 2005-01-10 (or set dates: as_written in site.yaml)\n");
  config_.site.dates = DateStyle::kAsWritten;
  EXPECT_EQ(Check(date, Scalar("2005年1月10日"), &out).as_string(),
            "2005-01-10");
  EXPECT_EQ(out, "");
}

TEST_F(FieldCheckerTest, AChineseDateWarningCarriesItsFix) {
  const FieldSpec date = Spec("written", "成文日期", FieldKind::kDate);
  Diagnostics diags;
  FieldChecker checker(config_, root_, diags, doc_);
  checker.Check(date, Scalar("2004年12月3日", 7, 10), "written");
  ASSERT_EQ(diags.items().size(), 1u);
  ASSERT_TRUE(diags.items()[0].fix.has_value());
  const Fix& fix = *diags.items()[0].fix;
  EXPECT_EQ(fix.line, 7);
  EXPECT_EQ(fix.column, 10);
  EXPECT_EQ(fix.from, "2004年12月3日");
  EXPECT_EQ(fix.to, "2004-12-03");
  EXPECT_EQ(fix.label, "成文日期");
}

TEST_F(FieldCheckerTest, ADateThatIsNotADateIsAnErrorWithTheCertainForm) {
  const FieldSpec date = Spec("published", "发布日期", FieldKind::kDate);
  std::string out;
  EXPECT_TRUE(Check(date, Scalar("2005-01-10 09:30"), &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: error[D204]: 发布日期 (published) "
            "must be a real date YYYY-MM-DD or YYYY年M月D日, got "
            "\"2005-01-10 09:30\"\n"
            "  hint: write 2005-01-10\n");
}

TEST_F(FieldCheckerTest, ADocNoWrittenAlmostRightIsAWarningKeptAsWritten) {
  const FieldSpec no = Spec("doc_no", "文号", FieldKind::kDocNo);
  std::string out;
  EXPECT_EQ(Check(no, Scalar("湘政发[2019]7号"), &out).as_string(),
            "湘政发[2019]7号");
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: warning[D220]: 文号 (doc_no) must put "
            "the year in 〔〕 (GB/T 9704), got \"湘政发[2019]7号\"\n"
            "  hint: write 湘政发〔2019〕7号\n");
  EXPECT_EQ(Check(no, Scalar("第312号"), &out).as_string(), "第312号");
  EXPECT_EQ(out, "");
  EXPECT_TRUE(Check(no, Scalar("湘政发117号"), &out).is_null());
  EXPECT_NE(out.find("error[D206]"), std::string::npos) << out;
}

TEST_F(FieldCheckerTest, AListWithSplitAcceptsOneTextWithAWarning) {
  FieldSpec keywords = Spec("keywords", "主题词", FieldKind::kList);
  keywords.split = true;
  keywords.item.push_back(Spec("", "", FieldKind::kText));
  Diagnostics diags;
  FieldChecker checker(config_, root_, diags, doc_);
  const std::string text = "政务公开、窗口　服务,效能；投诉; 监督  考核";
  Value v = checker.Check(keywords, Scalar(text), "keywords");
  ASSERT_EQ(v.list().size(), 7u);
  EXPECT_EQ(v.list()[0].as_string(), "政务公开");
  EXPECT_EQ(v.list()[6].as_string(), "考核");
  EXPECT_EQ(
      FormatText(diags),
      "content/docs/2005/a.md:3:7: warning[D221]: 主题词 (keywords) is "
      "one text \"" +
          text +
          "\"; it is read as the 7 items of a list\n"
          "  hint: write it as a list: [政务公开, 窗口, 服务, 效能, 投诉, "
          "监督, 考核]\n");
  ASSERT_TRUE(diags.items()[0].fix.has_value());
  EXPECT_EQ(diags.items()[0].fix->from, text);
}

TEST_F(FieldCheckerTest, AListWithoutSplitRefusesOneText) {
  FieldSpec items = Spec("materials", "申请材料", FieldKind::kList);
  items.item.push_back(Spec("", "", FieldKind::kText));
  std::string out;
  EXPECT_TRUE(Check(items, Scalar("身份证 户口簿"), &out).is_null());
  EXPECT_NE(out.find("error[D202]"), std::string::npos) << out;
}

TEST(DateHintTest, SuggestsTheDateAsItShouldBeWritten) {
  EXPECT_EQ(DateHint("2005-01-10 09:30"), "write 2005-01-10");
  EXPECT_EQ(DateHint("2005-01-10T09:30:00"), "write 2005-01-10");
  EXPECT_EQ(DateHint("2000.01.30"), "write 2000-01-30");
  EXPECT_EQ(DateHint("2005/1/10"), "write 2005-01-10");
  EXPECT_EQ(DateHint("2005-1-5"), "write 2005-01-05");
  EXPECT_EQ(DateHint("2005年１月５日"), "write 2005-01-05");
  EXPECT_EQ(DateHint("2005/02/30"), "there is no such day in the calendar");
  EXPECT_EQ(DateHint("一月五日"), "write the date as YYYY-MM-DD");
  EXPECT_EQ(DateHint("20050105 12"), "");
}

}  // namespace
}  // namespace disclose
