#include "base/clock.h"

#include <ctime>
#include <utility>

namespace disclose {

namespace {

constexpr long long kSecondsPerDay = 24LL * 60 * 60;

class SystemClockImpl final : public Clock {
 public:
  Instant Now() const override {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {static_cast<long long>(now),
            static_cast<int>(local.tm_gmtoff / 60)};
  }
};

class ShiftedClock final : public Clock {
 public:
  ShiftedClock(std::shared_ptr<const Clock> base, Date today)
      : base_(std::move(base)), today_(today) {}

  Instant Now() const override {
    Instant at = base_->Now();
    // Read the base once: the shift and the instant agree even at midnight.
    const long long days =
        DaysSinceEpoch(today_) - DaysSinceEpoch(LocalDateOf(at));
    at.seconds += days * kSecondsPerDay;
    return at;
  }

 private:
  std::shared_ptr<const Clock> base_;
  Date today_;
};

// Floor division: instants before 1970 belong to the day before.
long long FloorDiv(long long a, long long b) {
  return a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}

}  // namespace

// The civil-from-days and days-from-civil algorithms of Howard Hinnant
// ("chrono-compatible low-level date algorithms"): exact for every date,
// with no time zone database and no global state (unlike timegm/gmtime).
long long DaysSinceEpoch(const Date& date) {
  const long long y = date.year - (date.month <= 2 ? 1 : 0);
  const long long era = FloorDiv(y, 400);
  const long long yoe = y - era * 400;
  const long long mp = (date.month + 9) % 12;  // March = 0
  const long long doy = (153 * mp + 2) / 5 + date.day - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date LocalDateOf(const Instant& at) {
  const long long z =
      FloorDiv(at.seconds + at.offset_minutes * 60LL, kSecondsPerDay) + 719468;
  const long long era = FloorDiv(z, 146097);
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const long long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Date{static_cast<int>(year), month, day};
}

std::shared_ptr<const Clock> SystemClock() {
  static const std::shared_ptr<const Clock> clock =
      std::make_shared<SystemClockImpl>();
  return clock;
}

std::shared_ptr<const Clock> ClockOnDate(std::shared_ptr<const Clock> base,
                                         Date today) {
  return std::make_shared<ShiftedClock>(std::move(base), today);
}

}  // namespace disclose
