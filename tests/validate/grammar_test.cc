// The grammars of single field values (validate/grammar.h): 文号, amounts in
// yuan, with their exact messages and hints (telephone numbers, 索引号,
// months and catch-alls: phone_index_no_period_test.cc).
#include "validate/grammar.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>

namespace disclose {
namespace {

// U+3000, the space of Chinese text, trimmed like ASCII spaces.
const std::string kIdeographicSpace = "\xE3\x80\x80";

// ---------------------------------------------------------------------------
// 文号 (CheckDocNo)

TEST(GrammarTest, AcceptsCanonicalDocNo) {
  EXPECT_FALSE(CheckDocNo("常政办发〔2005〕3号").has_value());
  EXPECT_FALSE(CheckDocNo("湘价费〔2004〕128号").has_value());
  EXPECT_FALSE(CheckDocNo("市政务中心第12号").has_value());
}

TEST(GrammarTest, AcceptsBareOrderNumber) {
  // How 令 are numbered: 政府令第312号, or 第312号 alone.
  EXPECT_FALSE(CheckDocNo("第312号").has_value());
  EXPECT_FALSE(CheckDocNo("政府令第312号").has_value());
  auto wide = CheckDocNo("第３１２号");
  ASSERT_TRUE(wide.has_value());
  EXPECT_EQ(wide->fixed, "第312号");
}

TEST(GrammarTest, AcceptsDocNoWithSurroundingSpaces) {
  EXPECT_FALSE(CheckDocNo("  常政办发〔2005〕3号 ").has_value());
  EXPECT_FALSE(CheckDocNo(kIdeographicSpace + "市政务中心第12号").has_value());
}

TEST(GrammarTest, RejectsDocNoWithSquareBracketsAndHintsCorrectedNumber) {
  auto err = CheckDocNo("常政办发[2005]3号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must put the year in 〔〕 (GB/T 9704), got \"常政办发[2005]3号\"");
  EXPECT_EQ(err->hint.en, "write 常政办发〔2005〕3号");
  EXPECT_EQ(err->fixed, "常政办发〔2005〕3号");
}

TEST(GrammarTest, FixesSpacesInsideDocNo) {
  const std::vector<std::string> texts = {
      "湘政发 〔2019〕 7 号", "湘政 发〔2019〕7号", "湘政发〔 2019 〕7号",
      "湘政发〔2019〕" + kIdeographicSpace + "7号"};
  for (const std::string& text : texts) {
    auto err = CheckDocNo(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message.en, "must not contain spaces, got \"" + text + "\"");
    EXPECT_EQ(err->fixed, "湘政发〔2019〕7号") << text;
  }
}

TEST(GrammarTest, RejectsDocNoWithParenthesesAndHintsCorrectedNumber) {
  auto ascii = CheckDocNo("常价发(2005)6号");
  ASSERT_TRUE(ascii.has_value());
  EXPECT_EQ(ascii->message.en,
            "must put the year in 〔〕 (GB/T 9704), got \"常价发(2005)6号\"");
  EXPECT_EQ(ascii->hint.en, "write 常价发〔2005〕6号");

  auto wide = CheckDocNo("常价发（2005）6号");
  ASSERT_TRUE(wide.has_value());
  EXPECT_EQ(wide->message.en,
            "must put the year in 〔〕 (GB/T 9704), got \"常价发（2005）6号\"");
  EXPECT_EQ(wide->hint.en, "write 常价发〔2005〕6号");
}

TEST(GrammarTest, RejectsDocNoWithOtherBracketsAndHintsCorrectedNumber) {
  for (const char* text : {"常政办发【2005】3号", "常政办发［2005］3号",
                           "常政办发{2005}3号", "常政办发〈2005〉3号"}) {
    auto err = CheckDocNo(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message.en, std::string("must put the year in 〔〕 (GB/T "
                                           "9704), got \"") +
                                   text + "\"");
    EXPECT_EQ(err->hint.en, "write 常政办发〔2005〕3号") << text;
  }
}

TEST(GrammarTest, RejectsDocNoWithFullWidthDigits) {
  auto err = CheckDocNo("常政务发〔２００５〕４号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "uses full-width digits, got \"常政务发〔２００５〕４号\"");
  EXPECT_EQ(err->hint.en, "write 常政务发〔2005〕4号");
  EXPECT_EQ(err->fixed, "常政务发〔2005〕4号");
}

TEST(GrammarTest, RejectsSerialDocNoWithFullWidthDigits) {
  auto err = CheckDocNo("市政务中心第１２号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "uses full-width digits, got \"市政务中心第１２号\"");
  EXPECT_EQ(err->hint.en, "write 市政务中心第12号");
}

TEST(GrammarTest, NamesFullWidthDigitsBeforeWrongBrackets) {
  auto err = CheckDocNo("常政办发[２００５]３号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "uses full-width digits, got \"常政办发[２００５]３号\"");
  EXPECT_EQ(err->hint.en, "write 常政办发〔2005〕3号");
}

TEST(GrammarTest, RejectsDocNoWithZeroPaddedNumber) {
  auto err = CheckDocNo("常教发〔2005〕03号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must not pad the number with zeros, got \"常教发〔2005〕03号\"");
  EXPECT_EQ(err->hint.en, "write 常教发〔2005〕3号");
}

TEST(GrammarTest, RejectsSerialDocNoWithZeroPaddedNumber) {
  auto err = CheckDocNo("市政务中心第012号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must not pad the number with zeros, got \"市政务中心第012号\"");
  EXPECT_EQ(err->hint.en, "write 市政务中心第12号");
}

TEST(GrammarTest, HintsFullyCorrectedDocNoWhenSeveralThingsAreWrong) {
  auto err = CheckDocNo("常政办发[2005]03号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(
      err->message.en,
      "must put the year in 〔〕 (GB/T 9704), got \"常政办发[2005]03号\"");
  EXPECT_EQ(err->hint.en, "write 常政办发〔2005〕3号");
}

TEST(GrammarTest, RejectsDocNoThatIsNotADocNoWithTheShapeAsHint) {
  for (const char* text : {"常政办发〔05〕3号",      // two-digit year
                           "〔2005〕3号",            // no 机关代字
                           "常政办发〔2005〕0号",    // number zero
                           "常政办发〔2005〕号",     // no number
                           "常政办发〔2005〕3",      // no 号
                           "常政办发〔2005〕第3号",  // 第 after the year
                           "常政办发〔2005",         // bracket never closed
                           "常政办发2005年3号",      // no brackets at all
                           "12号",                   // no 第
                           "常政办发〔2005〕3号文", "3号", ""}) {
    auto err = CheckDocNo(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message.en,
              std::string("must be 机关代字〔YYYY〕N号, 机关代字第N号 or "
                          "第N号, got \"") +
                  text + "\"");
    EXPECT_EQ(err->hint.en, "for example 常政办发〔2005〕3号") << text;
    EXPECT_EQ(err->fixed, "") << text;
  }
}

TEST(GrammarTest, SaysWhatIsWrongWithADocNoInChinese) {
  auto brackets = CheckDocNo("常政办发[2005]03号");
  ASSERT_TRUE(brackets.has_value());
  EXPECT_EQ(brackets->message.zh,
            "年份应放在〔〕中（GB/T 9704），现为“常政办发[2005]03号”");
  EXPECT_EQ(brackets->hint.zh, "改为 常政办发〔2005〕3号");
  EXPECT_EQ(CheckDocNo("常政办发 〔2005〕 3号")->message.zh,
            "不应含有空格，现为“常政办发 〔2005〕 3号”");
  EXPECT_EQ(CheckDocNo("常教发〔2005〕03号")->message.zh,
            "序号前不应补零，现为“常教发〔2005〕03号”");
  EXPECT_EQ(CheckDocNo("市政务中心第１２号")->message.zh,
            "使用了全角数字，现为“市政务中心第１２号”");
  auto shape = CheckDocNo("3号");
  ASSERT_TRUE(shape.has_value());
  EXPECT_EQ(shape->message.zh,
            "应为 机关代字〔YYYY〕N号、机关代字第N号或第N号，现为“3号”");
  EXPECT_EQ(shape->hint.zh, "例如 常政办发〔2005〕3号");
}

TEST(GrammarTest, QuotesTrimmedDocNoInShapeMessage) {
  auto err = CheckDocNo("  3号  ");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must be 机关代字〔YYYY〕N号, 机关代字第N号 or 第N号, got \"3号\"");
}

// ---------------------------------------------------------------------------
// 收费标准 (ParseAmount)

AmountResult Amount(const std::string& text) {
  return ParseAmount(text, "收费标准", "计费单位");
}

void ExpectAmount(const std::string& text, long long low, long long high) {
  AmountResult r = Amount(text);
  ASSERT_FALSE(r.error.has_value())
      << text << ": " << r.error->message.en << " / " << r.error->hint.en;
  ASSERT_TRUE(r.amount.has_value()) << text;
  EXPECT_EQ(r.amount->low, low) << text;
  EXPECT_EQ(r.amount->high, high) << text;
  EXPECT_EQ(r.code, "") << text;
}

void ExpectAmountError(const std::string& text, const std::string& code,
                       const std::string& hint) {
  AmountResult r = Amount(text);
  EXPECT_FALSE(r.amount.has_value()) << text;
  ASSERT_TRUE(r.error.has_value()) << text;
  EXPECT_EQ(r.code, code) << text;
  EXPECT_EQ(
      r.error->message.en,
      "收费标准 must be a non-negative amount in yuan, got \"" + text + "\"");
  EXPECT_EQ(r.error->message.zh,
            "收费标准应为以元为单位的非负金额，现为“" + text + "”");
  EXPECT_EQ(r.error->hint.en, hint) << text;
  EXPECT_NE(r.error->hint.zh, r.error->hint.en) << text;
}

TEST(GrammarTest, ParsesWholeYuanAmountsIntoFen) {
  ExpectAmount("1", 100, 100);
  ExpectAmount("0", 0, 0);
  ExpectAmount("600", 60000, 60000);
  ExpectAmount("10000", 1000000, 1000000);
}

TEST(GrammarTest, ParsesAmountsWithOneOrTwoDecimals) {
  ExpectAmount("0.50", 50, 50);
  ExpectAmount("0.5", 50, 50);
  ExpectAmount("3.25", 325, 325);
  ExpectAmount("0.05", 5, 5);
  ExpectAmount("12.1", 1210, 1210);
}

TEST(GrammarTest, ParsesAmountRanges) {
  ExpectAmount("8-10", 800, 1000);
  ExpectAmount("30-50", 3000, 5000);
  ExpectAmount("0.5-1.25", 50, 125);
  EXPECT_TRUE(Amount("1500-3000").amount->is_range());
  EXPECT_FALSE(Amount("1500").amount->is_range());
}

TEST(GrammarTest, ParsesFreeAsZero) {
  ExpectAmount("免费", 0, 0);
  EXPECT_FALSE(Amount("免费").amount->is_range());
}

TEST(GrammarTest, TrimsSpacesAroundAmounts) {
  ExpectAmount("  12 ", 1200, 1200);
  ExpectAmount(" 免费 ", 0, 0);
  ExpectAmount(kIdeographicSpace + "8-10", 800, 1000);
}

TEST(GrammarTest, RejectsEmptyAmount) {
  for (const std::string& text :
       {std::string(), std::string("   "), kIdeographicSpace}) {
    AmountResult r = Amount(text);
    ASSERT_TRUE(r.error.has_value()) << '"' << text << '"';
    EXPECT_FALSE(r.amount.has_value());
    EXPECT_EQ(r.code, "D403");
    EXPECT_EQ(r.error->message, Said("收费标准 is empty", "收费标准为空"));
    EXPECT_EQ(r.error->hint,
              Said("write the amount in yuan, or 免费 if it is free",
                   "填写以元为单位的金额；不收费的写“免费”"));
  }
}

const char kShape[] =
    "write a number such as 12 or 0.5, a range such as 30-50, 最高100, "
    "不低于5, 免费 or 面议";

// The amount of a one-line cell, which must read without error or fix.
FeeAmount Read(const std::string& text) {
  AmountResult r = Amount(text);
  EXPECT_FALSE(r.error.has_value()) << text << ": " << r.error->message.en;
  EXPECT_TRUE(r.fixes.empty()) << text;
  return r.amount.value_or(FeeAmount{});
}

void ExpectKind(const std::string& text, FeeKind kind, const char* unit = "",
                const char* note = "") {
  const FeeAmount a = Read(text);
  EXPECT_EQ(FeeKindName(a.kind), std::string(FeeKindName(kind))) << text;
  EXPECT_EQ(a.unit, unit) << text;
  EXPECT_EQ(a.note, note) << text;
  EXPECT_TRUE(a.tiers.empty()) << text;
}

TEST(GrammarTest, ReadsFreeAsItsOwnKind) {
  ExpectKind("免费", FeeKind::kFree);
  ExpectKind("免收", FeeKind::kFree);
}

TEST(GrammarTest, ReadsNegotiableAndMarketPricesAsUnfixed) {
  for (const char* text : {"面议", "协商", "双方协商确定", "市场调节价"}) {
    ExpectKind(text, FeeKind::kUnfixed);
    EXPECT_EQ(Read(text).text, text);
  }
  ExpectKind("面议（另行公示）", FeeKind::kUnfixed, "", "另行公示");
  EXPECT_EQ(Read("面议（另行公示）").text, "面议");
}

TEST(GrammarTest, ReadsCeilingsAndFloors) {
  ExpectKind("最高100", FeeKind::kCeiling);
  EXPECT_EQ(Read("最高100").high, 10000);
  ExpectKind("不超过50元", FeeKind::kCeiling);
  ExpectKind("不高于0.5", FeeKind::kCeiling);
  ExpectKind("最高100元/次", FeeKind::kCeiling, "元/次");
  ExpectKind("不低于5", FeeKind::kFloor);
  EXPECT_EQ(Read("不低于5").low, 500);
  ExpectKind("最低200元/宗", FeeKind::kFloor, "元/宗");
  ExpectAmountError("最高30-50", "D402", kShape);
}

TEST(GrammarTest, ReadsTheUnitWrittenAfterTheAmount) {
  ExpectKind("10000元/年", FeeKind::kExact, "元/年");
  EXPECT_EQ(Read("10000元/年").low, 1000000);
  ExpectKind("1200元/学期", FeeKind::kExact, "元/学期");
  ExpectKind("8-10元/人次", FeeKind::kRange, "元/人次");
  ExpectKind("30元-50元/次", FeeKind::kRange, "元/次");
  ExpectKind("120元", FeeKind::kExact);
  ExpectKind("0.5元", FeeKind::kExact);
}

TEST(GrammarTest, ReadsANoteInParentheses) {
  ExpectKind("80（含消毒费）", FeeKind::kExact, "", "含消毒费");
  ExpectKind("80(含消毒费)", FeeKind::kExact, "", "含消毒费");
  ExpectKind("20元/次（复印另收）", FeeKind::kExact, "元/次", "复印另收");
  ExpectKind("免费（限首次）", FeeKind::kFree, "", "限首次");
  ExpectAmountError("（含消毒费）", "D402", kShape);
}

TEST(GrammarTest, ReadsEachLineOfACellAsATier) {
  AmountResult r = Amount("城镇：300元/年\n农村：200元/年\n 免费（残疾学生） ");
  ASSERT_FALSE(r.error.has_value());
  ASSERT_EQ(r.amount->tiers.size(), 3u);
  EXPECT_EQ(r.amount->tiers[0].low, 30000);
  EXPECT_EQ(r.amount->tiers[0].unit, "元/年");
  EXPECT_EQ(r.amount->tiers[0].note, "城镇");
  EXPECT_EQ(r.amount->tiers[1].low, 20000);
  EXPECT_EQ(r.amount->tiers[1].note, "农村");
  EXPECT_EQ(r.amount->tiers[2].kind, FeeKind::kFree);
  EXPECT_EQ(r.amount->tiers[2].note, "残疾学生");
  // The amount itself is the first tier.
  EXPECT_EQ(r.amount->low, 30000);
  EXPECT_EQ(r.amount->Parts().size(), 3u);
  // A tier may name itself with words before its amount.
  AmountResult words = Amount("120\n每增加一个部位加收40");
  ASSERT_FALSE(words.error.has_value()) << words.error->message.en;
  ASSERT_EQ(words.amount->tiers.size(), 2u);
  EXPECT_EQ(words.amount->tiers[1].low, 4000);
  EXPECT_EQ(words.amount->tiers[1].note, "每增加一个部位加收");
  AmountResult hours = Amount("首小时5元\n超过1小时每小时2元");
  ASSERT_FALSE(hours.error.has_value()) << hours.error->message.en;
  EXPECT_EQ(hours.amount->tiers[0].note, "首小时");
  EXPECT_EQ(hours.amount->tiers[1].low, 200);
  EXPECT_EQ(hours.amount->tiers[1].note, "超过1小时每小时");
  AmountResult bad = Amount("300元/年\n约200");
  ASSERT_TRUE(bad.error.has_value());
  EXPECT_EQ(bad.error->message.en,
            "收费标准 must be a non-negative amount in yuan, got \"约200\"");
}

TEST(GrammarTest, ReadsYuanJiaoFenWithAFixToYuan) {
  for (auto [text, fixed, fen] :
       {std::tuple<const char*, const char*, long long>{"2元5角", "2.5", 250},
        {"5角", "0.5", 50},
        {"1元2角5分", "1.25", 125},
        {"3分", "0.03", 3},
        {"1.5万元", "15000", 1500000},
        {"2元5角/次", "2.5元/次", 250}}) {
    AmountResult r = Amount(text);
    ASSERT_FALSE(r.error.has_value()) << text;
    EXPECT_EQ(r.amount->low, fen) << text;
    ASSERT_EQ(r.fixes.size(), 1u) << text;
    EXPECT_EQ(r.fixes[0].code, "D408");
    EXPECT_EQ(
        r.fixes[0].message,
        Said(std::string("收费标准 \"") + text + "\" is not written in yuan",
             std::string("收费标准“") + text + "”不是以元为单位书写的"));
    EXPECT_EQ(r.fixes[0].from, text);
    EXPECT_EQ(r.fixes[0].to, fixed);
    // The fix reads back without one.
    EXPECT_TRUE(Amount(fixed).fixes.empty()) << fixed;
  }
}

TEST(GrammarTest, ReadsFullWidthDigitsAndSeparatorsWithAFix) {
  for (auto [text, fixed] : {std::pair<const char*, const char*>{"３５", "35"},
                             {"０.５", "0.5"},
                             {"１２元", "12元"},
                             {"1,000", "1000"},
                             {"1，000", "1000"},
                             {"12,000.5", "12000.5"}}) {
    AmountResult r = Amount(text);
    ASSERT_FALSE(r.error.has_value()) << text;
    ASSERT_EQ(r.fixes.size(), 1u) << text;
    EXPECT_EQ(r.fixes[0].code, "D407");
    EXPECT_EQ(
        r.fixes[0].message,
        Said(std::string("收费标准 \"") + text +
                 "\" has full-width digits or thousands separators",
             std::string("收费标准“") + text + "”含有全角数字或千位分隔符"));
    EXPECT_EQ(r.fixes[0].to, fixed);
    EXPECT_TRUE(Amount(fixed).fixes.empty()) << fixed;
  }
}

TEST(GrammarTest, UsesTheGivenColumnLabelInMessages) {
  AmountResult r = ParseAmount("约300", "金额", "单位");
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->message,
            Said("金额 must be a non-negative amount in yuan, got \"约300\"",
                 "金额应为以元为单位的非负金额，现为“约300”"));
  AmountResult empty = ParseAmount("", "金额", "单位");
  ASSERT_TRUE(empty.error.has_value());
  EXPECT_EQ(empty.error->message, Said("金额 is empty", "金额为空"));
}

TEST(GrammarTest, RejectsAmountWithMoreThanTwoDecimals) {
  ExpectAmountError("1.255", "D402",
                    "yuan amounts have at most two decimals (fen)");
  ExpectAmountError("0.505", "D402",
                    "yuan amounts have at most two decimals (fen)");
  ExpectAmountError("1-2.555", "D402",
                    "yuan amounts have at most two decimals (fen)");
  EXPECT_EQ(Amount("1.255").error->hint.zh,
            "以元为单位的金额最多有两位小数（到分）");
}

TEST(GrammarTest, RejectsNegativeAmount) {
  ExpectAmountError("-5", "D402", "an amount cannot be negative");
  ExpectAmountError("-0.5", "D402", "an amount cannot be negative");
  ExpectAmountError("－50", "D402", "an amount cannot be negative");
  EXPECT_EQ(Amount("-5").error->hint.zh, "金额不能为负数");
}

TEST(GrammarTest, RejectsReversedRangeAndHintsTheOrderedOne) {
  ExpectAmountError("50-30", "D402",
                    "a range goes from the lower to the higher amount: 30-50");
  ExpectAmountError("2.5-1", "D402",
                    "a range goes from the lower to the higher amount: 1-2.5");
  EXPECT_EQ(Amount("50-30").error->hint.zh,
            "范围应从较低的金额写到较高的金额：30-50");
}

TEST(GrammarTest, AcceptsRangeWithEqualEnds) {
  ExpectAmount("30-30", 3000, 3000);
}

TEST(GrammarTest, RejectsUnfinishedRange) {
  ExpectAmountError("30-", "D402", kShape);
  EXPECT_EQ(Amount("30-").error->hint.zh,
            "写作数字（如 12 或 0.5）、范围（如 30-50）、最高100、不低于5、"
            "免费或面议");
  ExpectAmountError("30--50", "D402", kShape);
}

TEST(GrammarTest, ReadsRangesWrittenWithOtherDashes) {
  for (const char* text :
       {"30～50", "30~50", "30—50", "30－50", "30至50", "30–50", "30 - 50"}) {
    ExpectAmount(text, 3000, 5000);
    EXPECT_TRUE(Amount(text).fixes.empty()) << text;
  }
}

TEST(GrammarTest, RejectsTextThatIsNotAnAmount) {
  for (const char* text : {"约50", "每次5元", ".5", "5.", "元", "按规定",
                           "1000000000000", "80元每次"}) {
    ExpectAmountError(text, "D402", kShape);
  }
}

// Found by grammar_fuzz (fuzz/corpus/grammar/regression-two-decimal-points):
// "8..8" made std::stoll throw out of the amount grammar, which ended
// `disclose check` on a fee table holding it.
TEST(GrammarTest, RejectsAmountWithTwoDecimalPointsWithoutThrowing) {
  for (const char* text :
       {"8..8", "1.2.3", "8..", "10元..5", "8-9..5", "最高1..5", "1..5万元"}) {
    ExpectAmountError(text, "D402", kShape);
  }
}

// ---------------------------------------------------------------------------
// FormatYuan

TEST(GrammarTest, FormatsFenAsYuanWithoutTrailingZeros) {
  EXPECT_EQ(FormatYuan(0), "0");
  EXPECT_EQ(FormatYuan(1), "0.01");
  EXPECT_EQ(FormatYuan(5), "0.05");
  EXPECT_EQ(FormatYuan(50), "0.5");
  EXPECT_EQ(FormatYuan(99), "0.99");
  EXPECT_EQ(FormatYuan(125), "1.25");
  EXPECT_EQ(FormatYuan(250), "2.5");
  EXPECT_EQ(FormatYuan(300), "3");
  EXPECT_EQ(FormatYuan(305), "3.05");
  EXPECT_EQ(FormatYuan(1000000), "10000");
}

}  // namespace
}  // namespace disclose
