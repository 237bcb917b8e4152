#include "base/text.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

using E = ForeignEncoding;

std::optional<ForeignEncoding> Guess(std::string_view s) {
  return GuessForeignEncoding(s, FindInvalidUtf8(s));
}

TEST(TextTest, AcceptsValidUtf8) {
  EXPECT_FALSE(FindInvalidUtf8("政务公开 abc").has_value());
}

TEST(TextTest, FindsInvalidUtf8Offsets) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xe6\x94"), 0u);          // truncated
  EXPECT_EQ(FindInvalidUtf8("x\xc0\xaf"), 1u);         // overlong
  EXPECT_EQ(FindInvalidUtf8("\xed\xa0\x80"), 0u);      // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // > U+10FFFF
}

TEST(TextTest, NamesTheEncodingOfUtf16AndUtf32ByTheirByteOrderMarks) {
  using namespace std::string_literals;
  EXPECT_EQ(Guess("\xFF\xFE-\0-\0"s), E::kUtf16Le);
  EXPECT_EQ(Guess("\xFE\xFF\0-\0-"s), E::kUtf16Be);
  EXPECT_EQ(Guess("\xFF\xFE\0\0-\0\0\0"s), E::kUtf32Le);
  EXPECT_EQ(Guess("\0\0\xFE\xFF\0\0\0-"s), E::kUtf32Be);
}

TEST(TextTest, NamesUtf16WithoutAByteOrderMarkByItsZeroBytes) {
  using namespace std::string_literals;
  // "---\ntitle: 通知" as Windows writes it without a mark.
  const std::string le = "-\0-\0-\0\n\0t\0i\0t\0l\0e\0:\0 \0\x1A\x90\xE5\x77"s;
  std::string be;
  for (size_t i = 0; i + 1 < le.size(); i += 2) {
    be += le[i + 1];
    be += le[i];
  }
  EXPECT_EQ(Guess(le), E::kUtf16Le);
  EXPECT_EQ(Guess(be), E::kUtf16Be);
  EXPECT_EQ(Guess("-\0\0\0-\0\0\0-\0\0\0"s), E::kUtf32Le);
}

TEST(TextTest, NamesGb18030WhenTheTextIsNotUtf8) {
  // 政务公开 in GB18030 (as in GBK), and a character of four bytes.
  EXPECT_EQ(Guess("title: \xD5\xFE\xCE\xF1\xB9\xAB\xBF\xAA\n"), E::kGb18030);
  EXPECT_EQ(Guess("a\x81\x30\x81\x30"), E::kGb18030);
}

TEST(TextTest, NamesNoEncodingForUtf8OrBytesOfNoKnownEncoding) {
  EXPECT_EQ(Guess("title: 政务公开\n"), std::nullopt);
  EXPECT_EQ(Guess(""), std::nullopt);
  EXPECT_EQ(Guess("ab\xff"),
            std::nullopt);                   // 0xFF leads nothing
  EXPECT_EQ(Guess("ab\xD5"), std::nullopt);  // cut short
  EXPECT_EQ(Guess("a\x81\x30x"),
            std::nullopt);  // four bytes cut
}

TEST(TextTest, ControlCharactersAreC0DelAndC1) {
  EXPECT_TRUE(IsControlChar(0x00));
  EXPECT_TRUE(IsControlChar(0x1B));
  EXPECT_TRUE(IsControlChar(0x7F));
  EXPECT_TRUE(IsControlChar(0x85));
  EXPECT_TRUE(IsControlChar(0x9F));
  EXPECT_FALSE(IsControlChar(0x20));
  EXPECT_FALSE(IsControlChar(0xA0));
  EXPECT_FALSE(IsControlChar(0x202E));
}

TEST(TextTest, FindsTheFirstControlCharacterButTabAndLineFeed) {
  EXPECT_FALSE(FindControlChar("收费\t标准\n2.5").has_value());
  auto esc = FindControlChar("标题\x1b]0;x\a");
  ASSERT_TRUE(esc.has_value());
  EXPECT_EQ(esc->offset, 6u);
  EXPECT_EQ(esc->index, 2u);
  EXPECT_EQ(esc->code_point, 0x1Bu);
  EXPECT_EQ(FindControlChar(std::string("a\0b", 3))->code_point, 0u);
  EXPECT_EQ(FindControlChar("a\rb")->code_point, 0x0Du);
  EXPECT_EQ(FindControlChar("a\x7f")->index, 1u);
  auto c1 = FindControlChar("收\xc2\x9b");  // U+009B as UTF-8
  ASSERT_TRUE(c1.has_value());
  EXPECT_EQ(c1->code_point, 0x9Bu);
  EXPECT_EQ(c1->index, 1u);
  EXPECT_EQ(FindControlChar("a\x85")->code_point, 0x85u);  // a stray byte
  EXPECT_FALSE(FindControlChar("\xc2\xa0\xe2\x80\xae").has_value());
}

TEST(TextTest, FindsInvisibleCharacters) {
  EXPECT_FALSE(FindInvisibleChar("关于公布收费标准的通知").has_value());
  auto rlo = FindInvisibleChar(
      "通知\xe2\x80\xae"
      "fdp.exe");
  ASSERT_TRUE(rlo.has_value());
  EXPECT_EQ(rlo->code_point, 0x202Eu);
  EXPECT_EQ(rlo->index, 2u);
  for (char32_t c :
       {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x2066, 0x2069}) {
    EXPECT_TRUE(IsInvisibleChar(c)) << static_cast<unsigned>(c);
  }
  EXPECT_FALSE(IsInvisibleChar(0x200E));
  EXPECT_FALSE(IsInvisibleChar(0x3000));
}

TEST(TextTest, DescribesCharactersForMessages) {
  EXPECT_EQ(DescribeChar(0x1B), "U+001B (escape)");
  EXPECT_EQ(DescribeChar(0x01), "U+0001");
  EXPECT_EQ(DescribeChar(0x9B), "U+009B (control sequence introducer)");
  EXPECT_EQ(DescribeChar(0x202E), "U+202E (right-to-left override)");
  EXPECT_EQ(DescribeChar(0xFEFF), "U+FEFF (zero width no-break space)");
  EXPECT_EQ(DescribeChar(0x1F600), "U+01F600");
  EXPECT_EQ(DescribeCharSaid(0x1B),
            (Said{"U+001B (escape)", "U+001B（转义符）"}));
  EXPECT_EQ(DescribeCharSaid(0x85),
            (Said{"U+0085 (next line)", "U+0085（下一行符）"}));
  EXPECT_EQ(DescribeCharSaid(0x81), (Said{"U+0081", "U+0081"}));
  EXPECT_EQ(DescribeCharSaid(0x202E).zh, "U+202E（从右至左强制）");
}

TEST(TextTest, TerminalSafeEscapesControlAndInvisibleCharacters) {
  EXPECT_EQ(TerminalSafe("收费 a\\b"), "收费 a\\b");
  EXPECT_EQ(TerminalSafe("\x1b]0;x\a\x1b[2J"), "\\x1b]0;x\\x07\\x1b[2J");
  EXPECT_EQ(TerminalSafe(std::string("a\0\t\r\n\x7f", 6)),
            "a\\x00\\x09\\x0d\\x0a\\x7f");
  EXPECT_EQ(TerminalSafe("\xc2\x9b"
                         "1m"),
            "\\u009b1m");
  EXPECT_EQ(TerminalSafe("通知\xe2\x80\xae"
                         "fdp"),
            "通知\\u202efdp");
  EXPECT_EQ(TerminalSafe("\xe2\x80\x8b\xef\xbb\xbf"), "\\u200b\\ufeff");
  EXPECT_EQ(TerminalSafe("a\x9b\xff"), "a\\x9b\\xff");  // not UTF-8
}

TEST(TextTest, TerminalSafeKeepsLineFeedsOnlyWhenAsked) {
  EXPECT_EQ(TerminalSafe("a\nb\r\n", Newlines::kKeep), "a\nb\\x0d\n");
  EXPECT_EQ(TerminalSafe("a\nb"), "a\\x0ab");
}

TEST(TextTest, CountsAndSplitsCharacters) {
  EXPECT_EQ(CountChars("收费a"), 3u);
  EXPECT_EQ(SplitChars("收a"), (std::vector<std::string>{"收", "a"}));
}

TEST(TextTest, LocatesOffsetsInCharacters) {
  LineColumn lc = LocateOffset("ab\n收费x", 9);
  EXPECT_EQ(lc.line, 2);
  EXPECT_EQ(lc.column, 3);
}

TEST(TextTest, TrimsAsciiAndIdeographicSpace) {
  EXPECT_EQ(Trim("\u3000 收费 \u3000"), "收费");
  EXPECT_EQ(Trim("   "), "");
}

TEST(TextTest, SlugsHoldOnlyLowercaseAsciiDigitsAndHyphens) {
  EXPECT_TRUE(IsSlug("outpatient-fees-2005"));
  EXPECT_TRUE(IsSlug("-"));
  EXPECT_FALSE(IsSlug(""));
  EXPECT_FALSE(IsSlug("Fees"));
  EXPECT_FALSE(IsSlug("fees_2005"));
  EXPECT_FALSE(IsSlug("fees.md"));
  EXPECT_FALSE(IsSlug("a b"));
  EXPECT_FALSE(IsSlug("收费"));
  EXPECT_FALSE(IsSlug("ｆｅｅｓ"));  // full-width letters
  EXPECT_FALSE(IsSlug("../etc"));
}

TEST(TextTest, MeasuresEditDistance) {
  EXPECT_EQ(EditDistance("publisehd", "published"), 2);
  EXPECT_EQ(EditDistance("", "abc"), 3);
  EXPECT_EQ(EditDistance("same", "same"), 0);
}

TEST(TextTest, TurnsFullWidthDigitsIntoAscii) {
  EXPECT_EQ(AsciiDigits("〔２００５〕３号"), "〔2005〕3号");
}

TEST(TextTest, ParsesDatesAsPeopleWriteThem) {
  for (const char* text :
       {"2005-01-05", "2005年1月5日", "2005年01月05日", "２００５年１月５日",
        "２００５-０１-０５", "2005年１月5日"}) {
    auto d = Date::ParseWritten(text);
    ASSERT_TRUE(d.has_value()) << text;
    EXPECT_EQ(d->ToString(), "2005-01-05") << text;
  }
  for (const char* text :
       {"2005-1-5", "2005/01/05", "2005.01.05", "2005年2月30日", "2005年1月",
        "05年1月5日", "2005年1月5日 9时", "2005-01-05 09:30", "2005年1月005日",
        "二〇〇五年一月五日", ""}) {
    EXPECT_FALSE(Date::ParseWritten(text).has_value()) << text;
  }
}

TEST(TextTest, ParsesOnlyRealCalendarDates) {
  EXPECT_TRUE(Date::Parse("2004-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2005-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2005-13-01").has_value());
  EXPECT_FALSE(Date::Parse("2005-1-5").has_value());
  EXPECT_FALSE(Date::Parse("2005/01/05").has_value());
  EXPECT_EQ(Date::Parse("2005-01-05")->ToString(), "2005-01-05");
  EXPECT_LT(*Date::Parse("2004-12-31"), *Date::Parse("2005-01-01"));
}

}  // namespace
}  // namespace disclose
