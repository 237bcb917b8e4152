// FieldChecker: one value against its FieldSpec, without a whole document.
#include "validate/fields.h"

#include <gtest/gtest.h>

#include <map>

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

  // The value, and the diagnostics as text in *out (in English) and in zh_
  // (in Chinese).
  Value Check(const FieldSpec& spec, const YamlNode& node, std::string* out) {
    Diagnostics diags;
    FieldChecker checker(config_, root_, diags, doc_);
    Value v = checker.Check(spec, node, spec.key);
    *out = FormatText(diags);
    zh_ = FormatText(diags, Language::kZh);
    return v;
  }

  std::string zh_;
  Config config_;
  YamlNode root_;
  Document doc_;
};

TEST_F(FieldCheckerTest, DaysAreATimeLimitWithItsUnitAsWritten) {
  const FieldSpec days = Spec("legal", "法定办结时限", FieldKind::kDays);
  std::string out;
  for (const char* good :
       {"15", "0", "20个工作日", "30日", "30个自然日", "1个小时", "2小时",
        "15个工作日内", "1000", "即办"}) {
    EXPECT_EQ(Check(days, Scalar(good), &out).as_string(), good);
    EXPECT_EQ(out, "") << good;
  }
  for (const char* bad : {"十五个工作日", "15个月", "-3", "1.5", "12345"}) {
    EXPECT_TRUE(Check(days, Scalar(bad), &out).is_null()) << bad;
    EXPECT_EQ(out, std::string("content/docs/2005/a.md:3:7: error[D212]: "
                               "法定办结时限 (legal) must be a time limit "
                               "such as 20 (working days), 20个工作日, 30日, "
                               "30个自然日 or 2小时 (0: 即办), got \"") +
                       bad + "\"\n");
  }
}

TEST_F(FieldCheckerTest, CategoriesByPathUniqueNameOrParentWithHints) {
  auto add = [&](const std::string& parent, const std::string& name) {
    config_.site.categories.push_back(
        {"s" + std::to_string(config_.site.categories.size()), name, parent,
         parent.empty() ? name : parent + "\\" + name, 0});
  };
  add("", "城乡建设");
  add("城乡建设", "城市规划");
  add("城乡建设", "其他");
  add("", "农业、林业、水利");
  add("农业、林业、水利", "其他");
  const FieldSpec category = Spec("category", "主题分类", FieldKind::kCategory);
  std::string out;
  for (const char* good : {"城市规划", "城乡建设\\城市规划", "城乡建设",
                           "农业、林业、水利\\其他"}) {
    EXPECT_EQ(Check(category, Scalar(good), &out).as_string(), good);
    EXPECT_EQ(out, "") << good;
  }
  EXPECT_TRUE(Check(category, Scalar("其他"), &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: error[D310]: 主题分类 (category) "
            "\"其他\" is the name of 2 categories: 城乡建设\\其他 and "
            "农业、林业、水利\\其他\n"
            "  hint: write the parent too: 城乡建设\\其他 or "
            "农业、林业、水利\\其他\n");
  const std::map<std::string, std::string> hints = {
      {"城乡建设/城市规划", "write 城乡建设\\城市规划"},
      {"城乡建设\\规划",
       "write 城乡建设, or add 规划 to the children of "
       "城乡建设 in content/site.yaml"},
      {"环境\\城市规划", "did you mean 城乡建设\\城市规划?"},
      {"水利", "did you mean 农业、林业、水利?"},
      {"教育",
       "one of 城乡建设, 城乡建设\\城市规划, 城乡建设\\其他, "
       "农业、林业、水利, 农业、林业、水利\\其他"},
  };
  for (const auto& [text, hint] : hints) {
    EXPECT_TRUE(Check(category, Scalar(text), &out).is_null());
    EXPECT_EQ(out,
              "content/docs/2005/a.md:3:7: error[D302]: 主题分类 "
              "(category) \"" +
                  text +
                  "\" is not one of the site's categories\n"
                  "  hint: " +
                  hint + "\n");
  }
  for (int i = 0; i < 10; ++i) add("城乡建设", "子" + std::to_string(i));
  EXPECT_TRUE(Check(category, Scalar("教育"), &out).is_null());
  EXPECT_NE(out.find("  hint: one of the categories of content/site.yaml, such "
                     "as 城乡建设, 农业、林业、水利\n"),
            std::string::npos)
      << out;
}

// Full-width digits are cosmetic: a warning whose fix writes ASCII digits.
TEST_F(FieldCheckerTest, FullWidthDigitsInNumbersAreAWarningWithAFix) {
  struct Case {
    FieldSpec spec;
    const char* text;
    const char* ascii;
  };
  const Case cases[] = {
      {Spec("legal", "法定办结时限", FieldKind::kDays), "２０个工作日",
       "20个工作日"},
      {Spec("visits", "到现场次数", FieldKind::kCount), "１", "1"},
      {Spec("phone", "咨询电话", FieldKind::kPhone),
       "０７３６-７２５４３１１、12345", "0736-7254311、12345"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    Diagnostics diags;
    FieldChecker checker(config_, root_, diags, doc_);
    Value v = checker.Check(c.spec, Scalar(c.text), c.spec.key);
    EXPECT_EQ(v.as_string(), c.text);
    ASSERT_EQ(diags.items().size(), 1u);
    const Diagnostic& d = diags.items()[0];
    EXPECT_EQ(FormatText(d),
              "content/docs/2005/a.md:3:7: warning[D225]: " + c.spec.label +
                  " (" + c.spec.key +
                  ") is written with full-width digits: \"" + c.text +
                  "\"\n  hint: write " + c.ascii + "\n");
    ASSERT_TRUE(d.fix.has_value());
    EXPECT_EQ(d.fix->line, 3);
    EXPECT_EQ(d.fix->column, 7);
    EXPECT_EQ(d.fix->from, c.text);
    EXPECT_EQ(d.fix->to, c.ascii);
  }
}

TEST_F(FieldCheckerTest, CountsAreWholeNumbersFromZero) {
  const FieldSpec visits = Spec("visits", "到现场次数", FieldKind::kCount);
  std::string out;
  for (const char* good : {"0", "1", "2"}) {
    EXPECT_EQ(Check(visits, Scalar(good), &out).as_string(), good);
    EXPECT_EQ(out, "");
  }
  EXPECT_EQ(Check(visits, Scalar("1次"), &out).as_string(), "1次");
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: warning[D226]: 到现场次数 (visits) is "
            "a number, got \"1次\"\n"
            "  hint: write 1\n");
  EXPECT_TRUE(Check(visits, Scalar("一次"), &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: error[D224]: 到现场次数 (visits) must "
            "be a whole number (0 or more), got \"一次\"\n"
            "  hint: write the number alone, such as 1\n");
  EXPECT_TRUE(Check(visits, Scalar("-1"), &out).is_null());
}

TEST_F(FieldCheckerTest, APhoneFieldHoldsSeveralNumbersEachChecked) {
  const FieldSpec phone = Spec("phone", "咨询电话", FieldKind::kPhone);
  std::string out;
  for (const char* good : {"0736-7254311、0736-7254316", "0736-7254311，12345",
                           "0736-7254311; 0736-7254316",
                           "0736-7254311/13812345678", "0730-12345"}) {
    EXPECT_EQ(Check(phone, Scalar(good), &out).as_string(), good);
    EXPECT_EQ(out, "") << good;
  }
  // A loose form whose usual form is certain: a warning with the fix.
  Diagnostics diags;
  FieldChecker checker(config_, root_, diags, doc_);
  EXPECT_EQ(
      checker.Check(phone, Scalar("0736-7254311、（0736）7254316"), "phone")
          .as_string(),
      "0736-7254311、（0736）7254316");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(FormatText(diags),
            "content/docs/2005/a.md:3:7: warning[D227]: 咨询电话 (phone) "
            "\"（0736）7254316\" is a telephone number written loosely\n"
            "  hint: write 0736-7254316\n");
  ASSERT_TRUE(diags.items()[0].fix.has_value());
  EXPECT_EQ(diags.items()[0].fix->from, "（0736）7254316");
  EXPECT_EQ(diags.items()[0].fix->to, "0736-7254316");
  EXPECT_TRUE(Check(phone, Scalar("0736-7254311、7254"), &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:3:7: error[D207]: 咨询电话 (phone) must be "
            "a telephone number such as 0736-7251234, got \"7254\"\n"
            "  hint: for example 0736-7251234 or 12345\n");
  YamlNode list;
  list.kind = YamlNode::Kind::kList;
  list.line = 2;
  list.column = 8;
  list.items.push_back(Scalar("0736-7254311", 3, 5));
  list.items.push_back(Scalar("12345", 4, 5));
  Value v = Check(phone, list, &out);
  EXPECT_EQ(out, "");
  ASSERT_EQ(v.list().size(), 2u);
  EXPECT_EQ(v.list()[1].as_string(), "12345");
  list.items.push_back(Scalar("电话", 5, 5));
  EXPECT_TRUE(Check(phone, list, &out).is_null());
  EXPECT_EQ(out,
            "content/docs/2005/a.md:5:5: error[D207]: 咨询电话 (phone[3]) must "
            "be a telephone number such as 0736-7251234, got \"电话\"\n"
            "  hint: for example 0736-7251234 or 12345\n");
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

TEST_F(FieldCheckerTest, ACatchAllItemIsAnErrorSaidInEitherLanguage) {
  FieldSpec conditions = Spec("conditions", "申请条件", FieldKind::kText);
  conditions.catch_all = {"其他条件", "等"};
  config_.schemas["guide"].label = "办事指南";
  doc_.type = "guide";
  std::string out;
  EXPECT_TRUE(
      Check(conditions, Scalar("法律、法规规定的其他条件。"), &out).is_null());
  EXPECT_EQ(
      out,
      "content/docs/2005/a.md:3:7: error[D217]: 申请条件 (conditions) "
      "\"法律、法规规定的其他条件。\" ends with the catch-all \"其他条件\": "
      "a 办事指南 must say what it means\n"
      "  hint: list each of them as an item of its own, or cite the "
      "article of law that requires it\n");
  EXPECT_EQ(zh_,
            "content/docs/2005/a.md:3:7: error[D217]: 申请条件（conditions）"
            "“法律、法规规定的其他条件。”以兜底词“其他条件”结尾：办事指南应写明"
            "具体内容\n"
            "  提示：把每一项单独列出，或引用规定它的法律条文\n");
  EXPECT_TRUE(Check(conditions, Scalar("等"), &out).is_null());
  EXPECT_NE(
      zh_.find("申请条件（conditions）只写了“等”：办事指南应写明具体内容"),
      std::string::npos)
      << zh_;
}

TEST_F(FieldCheckerTest, MessagesNameTheFieldAndQuoteTheValueInChinese) {
  const FieldSpec date = Spec("published", "发布日期", FieldKind::kDate);
  std::string out;
  EXPECT_TRUE(Check(date, Scalar("2005/02/30"), &out).is_null());
  EXPECT_NE(zh_.find("发布日期（published）应为真实存在的日期，写作 YYYY-MM-DD "
                     "或 YYYY年M月D日，现为“2005/02/30”"),
            std::string::npos)
      << zh_;
  const FieldSpec no = Spec("doc_no", "文号", FieldKind::kDocNo);
  Check(no, Scalar("湘政发[2019]7号"), &out);
  EXPECT_NE(zh_.find("文号（doc_no）年份应放在〔〕中（GB/T 9704），现为"
                     "“湘政发[2019]7号”"),
            std::string::npos)
      << zh_;
  const FieldSpec phone = Spec("phone", "咨询电话", FieldKind::kPhone);
  Check(phone, Scalar("7254"), &out);
  EXPECT_NE(zh_.find("咨询电话（phone）应为电话号码，例如 0736-7251234，现为"
                     "“7254”"),
            std::string::npos)
      << zh_;
  const FieldSpec period = Spec("period", "考核期", FieldKind::kPeriod);
  Check(period, Scalar("2004年11月"), &out);
  EXPECT_NE(zh_.find("考核期（period）应为 YYYY-MM 格式的月份，现为"
                     "“2004年11月”"),
            std::string::npos)
      << zh_;
  const FieldSpec index_no = Spec("index_no", "索引号", FieldKind::kIndexNo);
  config_.site.index_no_layout = "{org}/{yyyy}-{nnnnn}";
  Check(index_no, Scalar("0123"), &out);
  EXPECT_NE(zh_.find("索引号（index_no）“0123”不符合 site.yaml 中设定的格式 "
                     "{org}/{yyyy}-{nnnnn}"),
            std::string::npos)
      << zh_;
}

TEST_F(FieldCheckerTest, AListWithoutSplitRefusesOneText) {
  FieldSpec items = Spec("materials", "申请材料", FieldKind::kList);
  items.item.push_back(Spec("", "", FieldKind::kText));
  std::string out;
  EXPECT_TRUE(Check(items, Scalar("身份证 户口簿"), &out).is_null());
  EXPECT_NE(out.find("error[D202]"), std::string::npos) << out;
}

TEST(DateHintTest, SuggestsTheDateAsItShouldBeWritten) {
  EXPECT_EQ(DateHint("2005-01-10 09:30").en, "write 2005-01-10");
  EXPECT_EQ(DateHint("2005-01-10T09:30:00").en, "write 2005-01-10");
  EXPECT_EQ(DateHint("2000.01.30").en, "write 2000-01-30");
  EXPECT_EQ(DateHint("2005/1/10").en, "write 2005-01-10");
  EXPECT_EQ(DateHint("2005-1-5").en, "write 2005-01-05");
  EXPECT_EQ(DateHint("2005年１月５日").en, "write 2005-01-05");
  EXPECT_EQ(DateHint("2005/02/30").en, "there is no such day in the calendar");
  EXPECT_EQ(DateHint("一月五日").en, "write the date as YYYY-MM-DD");
  EXPECT_TRUE(DateHint("20050105 12").empty());
}

TEST(DateHintTest, SaysItInChinese) {
  EXPECT_EQ(DateHint("2005/1/10").zh, "改为 2005-01-10");
  EXPECT_EQ(DateHint("2005/02/30").zh, "日历上没有这一天");
  EXPECT_EQ(DateHint("一月五日").zh, "日期写作 YYYY-MM-DD");
}

}  // namespace
}  // namespace disclose
