// The grammars of single field values (validate/grammar.h), continued from
// grammar_test.cc: telephone numbers, 索引号 layouts, months of assessment
// and catch-all list items, with their exact messages and hints.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "validate/grammar.h"

namespace disclose {
namespace {

const char kDefaultLayout[] = "{org}/{yyyy}-{nnnnn}";
const char kMonthLayout[] = "{org}/{yyyymm}-{nnnnnn}";
// A unified social credit code (18 characters) as a department's org code.
const char kUscc[] = "11430700006148937R";

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
  EXPECT_EQ(err->message.en,
            "must be a telephone number such as 0736-7251234, got "
            "\"07367251234\"");
  EXPECT_EQ(err->hint.en, "write 0736-7251234");
}

TEST(GrammarTest, SaysWhatIsWrongWithATelephoneNumberInChinese) {
  auto loose = CheckPhone("07367251234");
  ASSERT_TRUE(loose.has_value());
  EXPECT_EQ(loose->message.zh,
            "应为电话号码，例如 0736-7251234，现为“07367251234”");
  EXPECT_EQ(loose->hint.zh, "改为 0736-7251234");
  EXPECT_EQ(CheckPhone("电话")->hint.zh, "例如 0736-7251234 或 12345");
}

TEST(GrammarTest, HintsThreeDigitAreaCodesOfBigCities) {
  auto beijing = CheckPhone("01012345678");
  ASSERT_TRUE(beijing.has_value());
  EXPECT_EQ(beijing->hint.en, "write 010-12345678");
  auto shanghai = CheckPhone("02112345678");
  ASSERT_TRUE(shanghai.has_value());
  EXPECT_EQ(shanghai->hint.en, "write 021-12345678");
}

TEST(GrammarTest, RejectsPhoneWithFullWidthDigitsAndHintsAsciiDigits) {
  auto err = CheckPhone("０７３６-７２５１２３４");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must be a telephone number such as 0736-7251234, got "
            "\"０７３６-７２５１２３４\"");
  EXPECT_EQ(err->hint.en, "write 0736-7251234");
}

TEST(GrammarTest, RejectsWhatIsNotATelephoneNumber) {
  for (const char* text : {"1235",       // too short
                           "123456",     // neither a service nor a local number
                           "0736-7251",  // local part too short
                           "23812345678",  // no such mobile prefix
                           "0736-7251234转", "+86-736-7251234", "电话", ""}) {
    auto err = CheckPhone(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->message.en,
              std::string("must be a telephone number such as 0736-7251234, "
                          "got \"") +
                  text + "\"");
    EXPECT_EQ(err->hint.en, "for example 0736-7251234 or 12345") << text;
  }
}

TEST(GrammarTest, DocNoWithSpacesSaysSo) {
  auto err = CheckDocNo("常政办发 〔2005〕 3号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must not contain spaces, got \"常政办发 〔2005〕 3号\"");
  EXPECT_EQ(err->hint.en, "write 常政办发〔2005〕3号");
  err = CheckDocNo("市政务中心 第12号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->message.en,
            "must not contain spaces, got \"市政务中心 第12号\"");
  EXPECT_EQ(err->hint.en, "write 市政务中心第12号");
}

TEST(GrammarTest, DocNoWithMismatchedBracketsAsksForTheStandardOnes) {
  auto err = CheckDocNo("常政办发〔2005]3号");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(
      err->message.en,
      "must put the year in 〔〕 (GB/T 9704), got \"常政办发〔2005]3号\"");
  EXPECT_EQ(err->hint.en, "write 常政办发〔2005〕3号");
}

TEST(GrammarTest, HintsTheHyphenForLooselyWrittenLocalNumbers) {
  for (const char* text : {"(0736)7251234", "0736 7251234", "07367251234"}) {
    auto err = CheckPhone(text);
    ASSERT_TRUE(err.has_value()) << text;
    EXPECT_EQ(err->hint.en, "write 0736-7251234") << text;
  }
  EXPECT_EQ(CheckPhone("010 12345678")->hint.en, "write 010-12345678");
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
  EXPECT_EQ(m.error->message.en,
            "\"0123\" does not follow the layout {org}/{yyyy}-{nnnnn} set in "
            "site.yaml");
  EXPECT_EQ(m.error->hint.en, "");
}

TEST(GrammarTest, SaysWhichLayoutsAnIndexNoBreaksInChinese) {
  IndexNoMatch one = MatchIndexNo(kDefaultLayout, "0123");
  ASSERT_TRUE(one.error.has_value());
  EXPECT_EQ(one.error->message.zh,
            "“0123”不符合 site.yaml 中设定的格式 {org}/{yyyy}-{nnnnn}");
  IndexNoMatch two = MatchIndexNo(
      std::vector<std::string>{kDefaultLayout, kMonthLayout}, "0123");
  ASSERT_TRUE(two.error.has_value());
  EXPECT_EQ(two.error->message.en,
            "\"0123\" does not follow any of the layouts {org}/{yyyy}-{nnnnn}, "
            "{org}/{yyyymm}-{nnnnnn} set in site.yaml");
  EXPECT_EQ(two.error->message.zh,
            "“0123”不符合 site.yaml 中设定的任何一种格式 "
            "{org}/{yyyy}-{nnnnn}、{org}/{yyyymm}-{nnnnnn}");
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
    EXPECT_EQ(m.error->message.en,
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
    EXPECT_EQ(m.error->message.en,
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
    EXPECT_EQ(err->message.en,
              std::string("must be a month YYYY-MM, got \"") + c.text + "\"");
    EXPECT_EQ(err->hint.en, c.hint) << c.text;
  }
}

TEST(GrammarTest, SaysWhatIsWrongWithAMonthInChinese) {
  auto written = CheckPeriod("2004年11月");
  ASSERT_TRUE(written.has_value());
  EXPECT_EQ(written->message.zh, "应为 YYYY-MM 格式的月份，现为“2004年11月”");
  EXPECT_EQ(written->hint.zh, "改为 2004-11");
  EXPECT_EQ(CheckPeriod("2004-11-01")->hint.zh, "只写月份：2004-11");
  EXPECT_EQ(CheckPeriod("2004-13")->hint.zh, "没有 13 月");
  EXPECT_EQ(CheckPeriod("十一月")->hint.zh, "例如 2004-11");
}

TEST(GrammarTest, RejectsMonthsThatDoNotExist) {
  auto err = CheckPeriod("2004-13");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->hint.en, "there is no month 13");
  EXPECT_EQ(CheckPeriod("2004-00")->hint.en, "there is no month 0");
  EXPECT_EQ(CheckPeriod("1800-05")->hint.en, "for example 2004-11");
  EXPECT_EQ(CheckPeriod("十一月")->hint.en, "for example 2004-11");
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
