#include "base/clock.h"

#include <gtest/gtest.h>

#include <ctime>

namespace disclose {
namespace {

Date D(int y, int m, int d) { return Date{y, m, d}; }

TEST(ClockTest, LocalDateIsTheCalendarDateInTheInstantsOffset) {
  EXPECT_EQ(LocalDateOf({0, 0}), D(1970, 1, 1));
  // 2026-01-01T00:30+08:00 is still 2025-12-31 in UTC.
  const long long instant = 1767198600;  // 2025-12-31T16:30:00Z
  EXPECT_EQ(LocalDateOf({instant, 0}), D(2025, 12, 31));
  EXPECT_EQ(LocalDateOf({instant, 480}), D(2026, 1, 1));
  EXPECT_EQ(LocalDateOf({instant, -600}), D(2025, 12, 31));
  // Before 1970 the day before begins at a negative multiple of a day.
  EXPECT_EQ(LocalDateOf({-1, 0}), D(1969, 12, 31));
  EXPECT_EQ(LocalDateOf({-86400, 0}), D(1969, 12, 31));
  EXPECT_EQ(LocalDateOf({-86401, 0}), D(1969, 12, 30));
  EXPECT_EQ(LocalDateOf({951782400, 0}), D(2000, 2, 29));
  EXPECT_EQ(LocalDateOf({4107542400, 0}), D(2100, 3, 1));
}

TEST(ClockTest, AgreesWithTheCLibraryForEveryDayOfFourCenturies) {
  for (long long day = -150000; day < 150000; day += 7) {
    const std::time_t t = static_cast<std::time_t>(day * 86400 + 43200);
    std::tm tm{};
    gmtime_r(&t, &tm);
    const Date expected{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
    ASSERT_EQ(LocalDateOf({static_cast<long long>(t), 0}), expected) << day;
    ASSERT_EQ(DaysSinceEpoch(expected), day) << expected.ToString();
  }
}

TEST(ClockTest, AFixedClockAlwaysTellsTheSameInstant) {
  FixedClock clock({1767198600, 480});
  EXPECT_EQ(clock.Now().seconds, 1767198600);
  EXPECT_EQ(clock.Now().offset_minutes, 480);
  EXPECT_EQ(clock.Today(), D(2026, 1, 1));
}

TEST(ClockTest, AClockOnADateKeepsTheTimeOfDayAndTheOffset) {
  // 2025-12-31T16:30:00Z, 00:30 on 2026-01-01 at +08:00.
  auto base = std::make_shared<FixedClock>(Instant{1767198600, 480});
  auto moved = ClockOnDate(base, D(2005, 3, 1));
  EXPECT_EQ(moved->Today(), D(2005, 3, 1));
  EXPECT_EQ(moved->Now().offset_minutes, 480);
  // Whole days: the time of day (00:30 local) is unchanged.
  EXPECT_EQ((moved->Now().seconds - base->Now().seconds) % 86400, 0);
  EXPECT_EQ(ClockOnDate(base, D(2026, 1, 1))->Now().seconds, 1767198600);
  EXPECT_EQ(ClockOnDate(base, D(2031, 3, 4))->Today(), D(2031, 3, 4));
}

TEST(ClockTest, TheSystemClockTellsTheLocalDate) {
  const std::shared_ptr<const Clock> clock = SystemClock();
  const std::time_t before = std::time(nullptr);
  const Instant now = clock->Now();
  const std::time_t after = std::time(nullptr);
  EXPECT_GE(now.seconds, before);
  EXPECT_LE(now.seconds, after);
  std::tm local{};
  const std::time_t at = static_cast<std::time_t>(now.seconds);
  localtime_r(&at, &local);
  EXPECT_EQ(LocalDateOf(now),
            D(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday));
  EXPECT_EQ(SystemClock(), clock);  // one, shared
}

}  // namespace
}  // namespace disclose
