// 办结时限 as guides write them.
#include "model/time_limit.h"

#include <gtest/gtest.h>

namespace disclose {
namespace {

TEST(TimeLimitTest, ReadsANumberAndItsUnit) {
  struct Case {
    const char* text;
    int amount;
    TimeUnit unit;
  };
  const Case cases[] = {
      {"20", 20, TimeUnit::kWorkingDays},
      {"20个工作日", 20, TimeUnit::kWorkingDays},
      {"20 个工作日", 20, TimeUnit::kWorkingDays},
      {"20工作日", 20, TimeUnit::kWorkingDays},
      {"30个自然日", 30, TimeUnit::kNaturalDays},
      {"30日", 30, TimeUnit::kDays},
      {"30天", 30, TimeUnit::kDays},
      {"1个小时", 1, TimeUnit::kHours},
      {"2小时", 2, TimeUnit::kHours},
      {"0", 0, TimeUnit::kWorkingDays},
      {"15个工作日内", 15, TimeUnit::kWorkingDays},
      {"即办", 0, TimeUnit::kWorkingDays},
      {"当场办结", 0, TimeUnit::kWorkingDays},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    auto limit = ParseTimeLimit(c.text);
    ASSERT_TRUE(limit.has_value());
    EXPECT_EQ(limit->amount, c.amount);
    EXPECT_EQ(limit->unit, c.unit);
  }
}

TEST(TimeLimitTest, KeepsANoteInBracketsAtTheEnd) {
  auto limit = ParseTimeLimit("20个工作日（不含专家评审时间）");
  ASSERT_TRUE(limit.has_value());
  EXPECT_EQ(limit->amount, 20);
  EXPECT_EQ(limit->note, "不含专家评审时间");
  limit = ParseTimeLimit("即办 (材料齐全的)");
  ASSERT_TRUE(limit.has_value());
  EXPECT_EQ(limit->amount, 0);
  EXPECT_EQ(limit->note, "材料齐全的");
  EXPECT_EQ(ParseTimeLimit("20")->note, "");
  for (const char* bad : {"20个工作日（）", "20个工作日（不含", "（说明）",
                          "20个工作日（甲）乙"}) {
    EXPECT_FALSE(ParseTimeLimit(bad).has_value()) << bad;
  }
}

TEST(TimeLimitTest, RefusesWhatIsNotANumberAndAUnit) {
  for (const char* text : {"", "十五个工作日", "15个月", "个工作日", "-3",
                           "12345", "15个工作日以内", "20个工作日20"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(ParseTimeLimit(text).has_value());
  }
}

TEST(TimeLimitTest, ComparesLikeUnitsAndImmediateWithAny) {
  const TimeLimit days{20, TimeUnit::kWorkingDays};
  const TimeLimit hours{2, TimeUnit::kHours};
  const TimeLimit natural{30, TimeUnit::kNaturalDays};
  const TimeLimit now{0, TimeUnit::kWorkingDays};
  EXPECT_TRUE(Comparable(days, TimeLimit{5, TimeUnit::kWorkingDays}));
  EXPECT_FALSE(Comparable(days, hours));
  EXPECT_FALSE(Comparable(days, natural));
  EXPECT_TRUE(Comparable(now, hours));
  EXPECT_TRUE(Comparable(natural, now));
}

}  // namespace
}  // namespace disclose
