#include "base/text.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(TextTest, AcceptsValidUtf8) {
  EXPECT_FALSE(FindInvalidUtf8("政务公开 abc").has_value());
}

TEST(TextTest, FindsInvalidUtf8Offsets) {
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xe6\x94"), 0u);            // truncated
  EXPECT_EQ(FindInvalidUtf8("x\xc0\xaf"), 1u);           // overlong
  EXPECT_EQ(FindInvalidUtf8("\xed\xa0\x80"), 0u);        // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);    // > U+10FFFF
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

TEST(TextTest, MeasuresEditDistance) {
  EXPECT_EQ(EditDistance("publisehd", "published"), 2);
  EXPECT_EQ(EditDistance("", "abc"), 3);
  EXPECT_EQ(EditDistance("same", "same"), 0);
}

TEST(TextTest, TurnsFullWidthDigitsIntoAscii) {
  EXPECT_EQ(AsciiDigits("〔２００５〕３号"), "〔2005〕3号");
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
