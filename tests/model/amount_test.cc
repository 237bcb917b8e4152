// How amounts are shown: 元 after the amount, a range's dash as an en dash.
#include "model/amount.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

FeePart Part(FeeKind kind, const std::string& note = "") {
  FeePart p;
  p.kind = kind;
  p.note = note;
  return p;
}

TEST(AmountDisplayTest, NamesYuanAndDashesRanges) {
  EXPECT_EQ(AmountDisplay("80", Part(FeeKind::kExact)), "80 元");
  EXPECT_EQ(AmountDisplay("8-10", Part(FeeKind::kRange)), "8–10 元");
  EXPECT_EQ(AmountDisplay("8～10", Part(FeeKind::kRange)), "8–10 元");
  EXPECT_EQ(AmountDisplay("8至10", Part(FeeKind::kRange)), "8至10 元");
  EXPECT_EQ(AmountDisplay("5-8元/次", Part(FeeKind::kRange)), "5–8元/次");
  EXPECT_EQ(AmountDisplay("最高100", Part(FeeKind::kCeiling)), "最高100 元");
  EXPECT_EQ(AmountDisplay("80（含消毒费）", Part(FeeKind::kExact, "含消毒费")),
            "80 元（含消毒费）");
  EXPECT_EQ(AmountDisplay("免费", Part(FeeKind::kFree)), "免费");
  EXPECT_EQ(AmountDisplay("面议", Part(FeeKind::kUnfixed)), "面议");
  // A dash that is not between digits stays.
  EXPECT_EQ(AmountDisplay("-5", Part(FeeKind::kExact)), "-5 元");
}

TEST(AmountDisplayTest, AmountTextShowsWhatIsNotParsedTheSameWay) {
  EXPECT_EQ(AmountText("8-10"), "8–10 元");
  EXPECT_EQ(AmountText("0.50"), "0.50 元");
  EXPECT_EQ(AmountText("300元/年"), "300元/年");
  EXPECT_EQ(AmountText("免费"), "免费");
}

}  // namespace
}  // namespace disclose
