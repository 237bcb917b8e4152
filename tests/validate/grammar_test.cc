// The grammars of single field values (validate/grammar.h): 文号, amounts in
// yuan, telephone numbers and 索引号 layouts, with their exact messages and
// hints.
#include "validate/grammar.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>

namespace disclose {
namespace {

const char kDefaultLayout[] = "{org}/{yyyy}-{nnnnn}";
const char kMonthLayout[] = "{org}/{yyyymm}-{nnnnnn}";
// A unified social credit code (18 characters) as a department's org code.
const char kUscc[] = "11430700006148937R";
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
  EXPECT_EQ(err->message,
            "must put the year in 〔〕 (GB/T 9704), got \"常政办发[2005]3号\"");
  EXPECT_EQ(err->hint, "write 常政办发〔2005〕3号");
  EXPECT_EQ(err->fixed, "常政办发〔2005〕3号");
}

TEST(GrammarTest, FixesSpacesInsideDocNo) {
  const std::vector<std::string> texts = {
      "湘政发 〔2019〕 7 号", "湘政 发〔2019〕7号", "湘政发〔 2019 〕7号",
      "湘政发〔2019〕" + kIdeographicSpace + "7号"};
  for (const std::string& text : texts) {
    auto err = CheckDocNo(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message, "must not contain spaces, got \"" + text + "\"");
    EXPECT_EQ(err->fixed, "湘政发〔2019〕7号") << text;
  }
}

TEST(GrammarTest, RejectsDocNoWithParenthesesAndHintsCorrectedNumber) {
  auto ascii = CheckDocNo("常价发(2005)6号");
  ASSERT_TRUE(ascii.has_value());
  EXPECT_EQ(ascii->message,
            "must put the year in 〔〕 (GB/T 9704), got \"常价发(2005)6号\"");
  EXPECT_EQ(ascii->hint, "write 常价发〔2005〕6号");

  auto wide = CheckDocNo("常价发（2005）6号");
  ASSERT_TRUE(wide.has_value());
  EXPECT_EQ(wide->message,
            "must put the year in 〔〕 (GB/T 9704), got \"常价发（2005）6号\"");
  EXPECT_EQ(wide->hint, "write 常价发〔2005〕6号");
}

TEST(GrammarTest, RejectsDocNoWithOtherBracketsAndHintsCorrectedNumber) {
  for (const char* text : {"常政办发【2005】3号", "常政办发［2005］3号",
                           "常政办发{2005}3号", "常政办发〈2005〉3号"}) {
    auto err = CheckDocNo(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message, std::string("must put the year in 〔〕 (GB/T "
                                        "9704), got \"") +
                                text + "\"");
    EXPECT_EQ(err->hint, "write 常政办发〔2005〕3号") << text;
  }
}

TEST(GrammarTest, RejectsDocNoWithFullWidthDigits) {
  auto err = CheckDocNo("常政务发〔２００５〕４号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "uses full-width digits, got \"常政务发〔２００５〕４号\"");
  EXPECT_EQ(err->hint, "write 常政务发〔2005〕4号");
  EXPECT_EQ(err->fixed, "常政务发〔2005〕4号");
}

TEST(GrammarTest, RejectsSerialDocNoWithFullWidthDigits) {
  auto err = CheckDocNo("市政务中心第１２号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message, "uses full-width digits, got \"市政务中心第１２号\"");
  EXPECT_EQ(err->hint, "write 市政务中心第12号");
}

TEST(GrammarTest, NamesFullWidthDigitsBeforeWrongBrackets) {
  auto err = CheckDocNo("常政办发[２００５]３号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "uses full-width digits, got \"常政办发[２００５]３号\"");
  EXPECT_EQ(err->hint, "write 常政办发〔2005〕3号");
}

TEST(GrammarTest, RejectsDocNoWithZeroPaddedNumber) {
  auto err = CheckDocNo("常教发〔2005〕03号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "must not pad the number with zeros, got \"常教发〔2005〕03号\"");
  EXPECT_EQ(err->hint, "write 常教发〔2005〕3号");
}

TEST(GrammarTest, RejectsSerialDocNoWithZeroPaddedNumber) {
  auto err = CheckDocNo("市政务中心第012号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "must not pad the number with zeros, got \"市政务中心第012号\"");
  EXPECT_EQ(err->hint, "write 市政务中心第12号");
}

TEST(GrammarTest, HintsFullyCorrectedDocNoWhenSeveralThingsAreWrong) {
  auto err = CheckDocNo("常政办发[2005]03号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(
      err->message,
      "must put the year in 〔〕 (GB/T 9704), got \"常政办发[2005]03号\"");
  EXPECT_EQ(err->hint, "write 常政办发〔2005〕3号");
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
    EXPECT_EQ(err->message,
              std::string("must be 机关代字〔YYYY〕N号, 机关代字第N号 or "
                          "第N号, got \"") +
                  text + "\"");
    EXPECT_EQ(err->hint, "for example 常政办发〔2005〕3号") << text;
    EXPECT_EQ(err->fixed, "") << text;
  }
}

TEST(GrammarTest, QuotesTrimmedDocNoInShapeMessage) {
  auto err = CheckDocNo("  3号  ");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
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

// ---------------------------------------------------------------------------
// Telephone numbers (CheckPhone)

TEST(GrammarTest, AcceptsTelephoneNumbersInTheirUsualForms) {
  for (const char* text :
       {"0736-7251234",      // area code and local number
        "010-12345678",      // 3-digit area code, 8-digit number
        "0736-7251234-801",  // with an extension
        "12358",             // 5-digit service number (price complaints)
        "12345",             // government hotline
        "13812345678",       // mobile
        "400-123-4567", "4001234567", "400-1234567",  // 400 numbers
        "7251234", "72512345",                        // local numbers
        "0730-12345",         // the 12345 hotline behind an area code
        "0736-7251234转801",  // an extension after 转
        "0743-823456",        // a six-digit number of a small county
        " 12358 "}) {
    EXPECT_FALSE(CheckPhone(text).has_value()) << text;
  }
}

TEST(GrammarTest, RejectsPhoneWithoutHyphenAfterAreaCodeAndHintsIt) {
  auto err = CheckPhone("07367251234");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "must be a telephone number such as 0736-7251234, got "
            "\"07367251234\"");
  EXPECT_EQ(err->hint, "write 0736-7251234");
}

TEST(GrammarTest, HintsThreeDigitAreaCodesOfBigCities) {
  auto beijing = CheckPhone("01012345678");
  ASSERT_TRUE(beijing.has_value());
  EXPECT_EQ(beijing->hint, "write 010-12345678");
  auto shanghai = CheckPhone("02112345678");
  ASSERT_TRUE(shanghai.has_value());
  EXPECT_EQ(shanghai->hint, "write 021-12345678");
}

TEST(GrammarTest, RejectsPhoneWithFullWidthDigitsAndHintsAsciiDigits) {
  auto err = CheckPhone("０７３６-７２５１２３４");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "must be a telephone number such as 0736-7251234, got "
            "\"０７３６-７２５１２３４\"");
  EXPECT_EQ(err->hint, "write 0736-7251234");
}

TEST(GrammarTest, RejectsWhatIsNotATelephoneNumber) {
  for (const char* text : {"1235",       // too short
                           "123456",     // neither a service nor a local number
                           "0736-7251",  // local part too short
                           "23812345678",  // no such mobile prefix
                           "0736-7251234转", "+86-736-7251234", "电话", ""}) {
    auto err = CheckPhone(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message,
              std::string("must be a telephone number such as 0736-7251234, "
                          "got \"") +
                  text + "\"");
    EXPECT_EQ(err->hint, "for example 0736-7251234 or 12345") << text;
  }
}

TEST(GrammarTest, DocNoWithSpacesSaysSo) {
  auto err = CheckDocNo("常政办发 〔2005〕 3号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message,
            "must not contain spaces, got \"常政办发 〔2005〕 3号\"");
  EXPECT_EQ(err->hint, "write 常政办发〔2005〕3号");
  err = CheckDocNo("市政务中心 第12号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message, "must not contain spaces, got \"市政务中心 第12号\"");
  EXPECT_EQ(err->hint, "write 市政务中心第12号");
}

TEST(GrammarTest, DocNoWithMismatchedBracketsAsksForTheStandardOnes) {
  auto err = CheckDocNo("常政办发〔2005]3号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(
      err->message,
      "must put the year in 〔〕 (GB/T 9704), got \"常政办发〔2005]3号\"");
  EXPECT_EQ(err->hint, "write 常政办发〔2005〕3号");
}

TEST(GrammarTest, MatchesLayoutsWithAdjacentNumbers) {
  IndexNoMatch m = MatchIndexNo("{yyyy}{nnnn}", "20050001");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->year, 2005);
  EXPECT_EQ(m.parts->serial, "0001");
  EXPECT_FALSE(MatchIndexNo("{yyyy}{nnnn}", "200500012").parts.has_value());
}

TEST(GrammarTest, MatchesAnOrgCodeThatHoldsTheSeparator) {
  const std::string layout = "{org}-{yyyy}-{nnnnn}";
  const std::string text =
      FormatIndexNo(layout, "00817365-1", Date{2005, 1, 6}, 1);
  EXPECT_EQ(text, "00817365-1-2005-00001");
  IndexNoMatch m = MatchIndexNo(layout, text);
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, "00817365-1");
  EXPECT_EQ(m.parts->year, 2005);
  EXPECT_EQ(m.parts->serial, "00001");
}

TEST(GrammarTest, HintsTheHyphenForLooselyWrittenLocalNumbers) {
  for (const char* text : {"(0736)7251234", "0736 7251234", "07367251234"}) {
    auto err = CheckPhone(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->hint, "write 0736-7251234") << text;
  }
  EXPECT_EQ(CheckPhone("010 12345678")->hint, "write 010-12345678");
}

TEST(GrammarTest, SplitsSeveralNumbersOnTheUsualSeparators) {
  using V = std::vector<std::string>;
  EXPECT_EQ(SplitPhoneNumbers("0736-7254311、0736-7254316"),
            (V{"0736-7254311", "0736-7254316"}));
  EXPECT_EQ(SplitPhoneNumbers("0736-7254311， 12345；12358 / 95598"),
            (V{"0736-7254311", "12345", "12358", "95598"}));
  EXPECT_EQ(SplitPhoneNumbers("a,b;c／d"), (V{"a", "b", "c", "d"}));
  EXPECT_EQ(SplitPhoneNumbers(" 12345 "), (V{"12345"}));
  EXPECT_EQ(SplitPhoneNumbers("、"), (V{"、"}));
}

TEST(GrammarTest, GivesTheUsualFormWhereItIsCertain) {
  for (const char* text : {"(0736)7251234", "（0736）7251234", "0736 7251234",
                           "07367251234", "（０７３６）７２５１２３４"}) {
    EXPECT_EQ(CertainPhone(text), "0736-7251234") << text;
  }
  EXPECT_EQ(CertainPhone("01012345678"), "010-12345678");
  EXPECT_EQ(CertainPhone("0736-7251234"), "0736-7251234");  // already usual
  for (const char* text : {"12345", "电话", "7251234", "0736-725"}) {
    EXPECT_EQ(CertainPhone(text), std::nullopt) << text;
  }
}

TEST(GrammarTest, AcceptsNationalServiceNumbers) {
  EXPECT_FALSE(CheckPhone("95598").has_value());
  EXPECT_FALSE(CheckPhone("12345").has_value());
}

// ---------------------------------------------------------------------------
// 索引号 (MatchIndexNo, FormatIndexNo)

TEST(GrammarTest, MatchesIndexNoOfTheDefaultLayout) {
  IndexNoMatch m = MatchIndexNo(kDefaultLayout, "00817365-1/2005-00006");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_FALSE(m.error.has_value());
  EXPECT_EQ(m.parts->org, "00817365-1");
  EXPECT_EQ(m.parts->year, 2005);
  EXPECT_EQ(m.parts->month, 0);
  EXPECT_EQ(m.parts->serial, "00006");
}

TEST(GrammarTest, MatchesIndexNoWithOrgCodeWithoutHyphen) {
  IndexNoMatch m = MatchIndexNo(kDefaultLayout, "008173651/2004-00043");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, "008173651");
  EXPECT_EQ(m.parts->year, 2004);
  EXPECT_EQ(m.parts->serial, "00043");
}

TEST(GrammarTest, MatchesIndexNoWithCheckCharacterX) {
  IndexNoMatch m = MatchIndexNo(kDefaultLayout, "44800451-X/2005-00012");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, "44800451-X");
}

TEST(GrammarTest, MatchesIndexNoWithUnifiedSocialCreditCode) {
  IndexNoMatch m =
      MatchIndexNo(kDefaultLayout, std::string(kUscc) + "/2021-00015");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, kUscc);
  EXPECT_EQ(m.parts->year, 2021);
  EXPECT_EQ(m.parts->serial, "00015");
}

TEST(GrammarTest, RejectsPlainNumberAsIndexNoKeepingItsLeadingZero) {
  IndexNoMatch m = MatchIndexNo(kDefaultLayout, "0123");
  EXPECT_FALSE(m.parts.has_value());
  ASSERT_TRUE(m.error.has_value());
  EXPECT_EQ(m.error->message,
            "\"0123\" does not follow the layout {org}/{yyyy}-{nnnnn} set in "
            "site.yaml");
  EXPECT_EQ(m.error->hint, "");
}

TEST(GrammarTest, RejectsIndexNoThatBreaksTheDefaultLayout) {
  for (const char* text :
       {"00817365-1/2005-0006",     // serial too short
        "00817365-1/2005-000006",   // serial too long
        "00817365-1/05-00006",      // two-digit year
        "00817365-1/200502-00006",  // a month where the layout has none
        "/2005-00006",              // no org code
        "00817365-x/2005-00006",    // lower case
        "00817365-1-2005-00006",    // '-' where the layout has '/'
        "00817365-1/2005/00006",    // '/' where the layout has '-'
        "00817365-1/2005-00006 ",   // trailing text
        "00817365-1/2005-0000６",   // full-width digit
        "00817365-1/２００５-00006", "00817365-1", ""}) {
    IndexNoMatch m = MatchIndexNo(kDefaultLayout, text);
    EXPECT_FALSE(m.parts.has_value()) << text;
    ASSERT_TRUE(m.error.has_value()) << text;
    EXPECT_EQ(m.error->message,
              std::string("\"") + text +
                  "\" does not follow the layout {org}/{yyyy}-{nnnnn} set in "
                  "site.yaml");
  }
}

TEST(GrammarTest, MatchesIndexNoOfAYearMonthLayout) {
  IndexNoMatch m = MatchIndexNo(kMonthLayout, "00817365-1/200502-000123");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, "00817365-1");
  EXPECT_EQ(m.parts->year, 2005);
  EXPECT_EQ(m.parts->month, 2);
  EXPECT_EQ(m.parts->serial, "000123");
}

TEST(GrammarTest, MatchesYearMonthLayoutWithUnifiedSocialCreditCode) {
  IndexNoMatch m =
      MatchIndexNo(kMonthLayout, std::string(kUscc) + "/202112-000001");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, kUscc);
  EXPECT_EQ(m.parts->year, 2021);
  EXPECT_EQ(m.parts->month, 12);
  EXPECT_EQ(m.parts->serial, "000001");
}

TEST(GrammarTest, RejectsYearMonthIndexNoWithImpossibleMonth) {
  for (const char* text :
       {"00817365-1/200500-000001", "00817365-1/200513-000001"}) {
    IndexNoMatch m = MatchIndexNo(kMonthLayout, text);
    EXPECT_FALSE(m.parts.has_value()) << text;
    ASSERT_TRUE(m.error.has_value()) << text;
    EXPECT_EQ(m.error->message,
              std::string("\"") + text +
                  "\" does not follow the layout {org}/{yyyymm}-{nnnnnn} set "
                  "in site.yaml");
  }
}

TEST(GrammarTest, RejectsDefaultLayoutIndexNoUnderYearMonthLayout) {
  IndexNoMatch m = MatchIndexNo(kMonthLayout, "00817365-1/2005-00006");
  EXPECT_FALSE(m.parts.has_value());
  EXPECT_TRUE(m.error.has_value());
}

TEST(GrammarTest, MatchesLayoutWithoutYear) {
  IndexNoMatch m = MatchIndexNo("{org}/{nnnnnn}", "00817365-1/000042");
  ASSERT_TRUE(m.parts.has_value());
  EXPECT_EQ(m.parts->org, "00817365-1");
  EXPECT_EQ(m.parts->year, 0);
  EXPECT_EQ(m.parts->month, 0);
  EXPECT_EQ(m.parts->serial, "000042");
}

TEST(GrammarTest, FormatsIndexNoByTheDefaultLayout) {
  EXPECT_EQ(FormatIndexNo(kDefaultLayout, "00817365-1", Date{2005, 3, 1}, 7),
            "00817365-1/2005-00007");
  EXPECT_EQ(
      FormatIndexNo(kDefaultLayout, "00817552-6", Date{2004, 12, 31}, 12345),
      "00817552-6/2004-12345");
}

TEST(GrammarTest, FormatsIndexNoByAYearMonthLayout) {
  EXPECT_EQ(FormatIndexNo(kMonthLayout, "00817365-1", Date{2005, 3, 1}, 7),
            "00817365-1/200503-000007");
  EXPECT_EQ(FormatIndexNo(kMonthLayout, kUscc, Date{2021, 12, 9}, 123),
            std::string(kUscc) + "/202112-000123");
}

TEST(GrammarTest, FormattedIndexNoMatchesItsOwnLayout) {
  for (const char* layout : {kDefaultLayout, kMonthLayout, "{org}/{nnnnnn}"}) {
    for (const std::string& org :
         {std::string("00817365-1"), std::string(kUscc)}) {
      const std::string text = FormatIndexNo(layout, org, Date{2005, 8, 20}, 9);
      IndexNoMatch m = MatchIndexNo(layout, text);
      ASSERT_TRUE(m.parts.has_value()) << layout << " " << text;
      EXPECT_EQ(m.parts->org, org);
      EXPECT_EQ(std::stoi(m.parts->serial), 9);
    }
  }
}

// ---------------------------------------------------------------------------
// 考核期 (CheckPeriod)

TEST(GrammarTest, AcceptsRealMonths) {
  EXPECT_FALSE(CheckPeriod("2004-11").has_value());
  EXPECT_FALSE(CheckPeriod("2005-01").has_value());
  EXPECT_FALSE(CheckPeriod(" 2004-12 ").has_value());
}

TEST(GrammarTest, RejectsMonthsWrittenOtherwiseAndHintsTheCorrectedMonth) {
  struct Case {
    const char* text;
    const char* hint;
  };
  for (const Case& c :
       {Case{"2004-1", "write 2004-01"}, Case{"2004年11月", "write 2004-11"},
        Case{"2004/11", "write 2004-11"}, Case{"200411", "write 2004-11"},
        Case{"２００４-１１", "write 2004-11"},
        Case{"2004-11-01", "write the month only: 2004-11"}}) {
    auto err = CheckPeriod(c.text);
    ASSERT_TRUE(err.has_value()) << c.text;
    EXPECT_EQ(err->message,
              std::string("must be a month YYYY-MM, got \"") + c.text + "\"");
    EXPECT_EQ(err->hint, c.hint) << c.text;
  }
}

TEST(GrammarTest, RejectsMonthsThatDoNotExist) {
  auto err = CheckPeriod("2004-13");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->hint, "there is no month 13");
  EXPECT_EQ(CheckPeriod("2004-00")->hint, "there is no month 0");
  EXPECT_EQ(CheckPeriod("1800-05")->hint, "for example 2004-11");
  EXPECT_EQ(CheckPeriod("十一月")->hint, "for example 2004-11");
}

// ---------------------------------------------------------------------------
// Catch-all list items (FindCatchAll)

const std::vector<std::string> kCatchAll = {"其他条件", "其他材料", "其他",
                                            "等", "等等"};

TEST(GrammarTest, FindsCatchAllsThatEndAnItemOrAreTheWholeItem) {
  EXPECT_EQ(FindCatchAll("法律、行政法规规定的其他条件", kCatchAll),
            "其他条件");
  EXPECT_EQ(FindCatchAll("其他材料", kCatchAll), "其他材料");
  EXPECT_EQ(FindCatchAll("身份证、户口簿等", kCatchAll), "等");
  EXPECT_EQ(FindCatchAll("营业执照、税务登记证等等", kCatchAll), "等等");
  EXPECT_EQ(FindCatchAll("审批机关要求的其他", kCatchAll), "其他");
}

TEST(GrammarTest, SeesCatchAllsThroughTrailingPunctuation) {
  EXPECT_EQ(FindCatchAll("身份证、户口簿等。", kCatchAll), "等");
  EXPECT_EQ(FindCatchAll("规定的其他条件；", kCatchAll), "其他条件");
  EXPECT_EQ(FindCatchAll("其他材料 )", kCatchAll), "其他材料");
}

TEST(GrammarTest, LeavesItemsThatSayWhatTheyMeanAlone) {
  EXPECT_EQ(FindCatchAll("有固定的生产经营场所", kCatchAll), "");
  // 等 inside an item, or meaning grade or equality, is not a catch-all.
  EXPECT_EQ(FindCatchAll("因调动、招聘等原因跨统筹地区流动", kCatchAll), "");
  EXPECT_EQ(FindCatchAll("具有大专以上学历或者同等", kCatchAll), "");
  EXPECT_EQ(FindCatchAll("申请人与被申请人地位平等", kCatchAll), "");
  EXPECT_EQ(FindCatchAll("其他条件", {}), "");
}

}  // namespace
}  // namespace disclose
