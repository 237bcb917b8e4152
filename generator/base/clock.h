// The clock: the one place the wall clock is read. Every command receives
// one through its options (PipelineOptions::clock), so that `--today` fixes
// the date for all of them, `serve` included, and tests fix the instant.
#pragma once

#include <memory>

#include "base/text.h"

namespace disclose {

// An instant, and the offset of the local time zone at that instant.
struct Instant {
  long long seconds = 0;   // since 1970-01-01T00:00:00Z
  int offset_minutes = 0;  // local time minus UTC
};

// The date of an instant in its own offset: the date a person there read
// off the calendar.
Date LocalDateOf(const Instant& at);

class Clock {
 public:
  virtual ~Clock() = default;

  // The current instant (the time a publication's commit records).
  virtual Instant Now() const = 0;

  // Today in the clock's time zone: the date of future-date warnings and of
  // versions not yet published.
  Date Today() const { return LocalDateOf(Now()); }
};

// The system's clock in the local time zone (stateless, shared).
std::shared_ptr<const Clock> SystemClock();

// Always the same instant: for tests.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Instant at) : at_(at) {}
  Instant Now() const override { return at_; }

 private:
  Instant at_;
};

// `base` moved by whole days so that its date is `today`; the time of day
// runs on, so that two publications made under `--today` are still in
// order. REQUIRES: base is not null.
std::shared_ptr<const Clock> ClockOnDate(std::shared_ptr<const Clock> base,
                                         Date today);

// Days since 1970-01-01 of a (proleptic Gregorian) date.
long long DaysSinceEpoch(const Date& date);

}  // namespace disclose
