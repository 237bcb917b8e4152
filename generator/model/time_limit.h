// 办结时限 as service guides write them: a number and its unit. A bare
// number is working days, as it always was; `0` is 即办 (done on the spot).
#pragma once

#include <optional>
#include <string>

namespace disclose {

enum class TimeUnit {
  kWorkingDays,  // 20, 20个工作日, 20工作日
  kNaturalDays,  // 30个自然日, 30自然日
  kDays,         // 30日, 30天: days, as the law writes them
  kHours,        // 2小时, 1个小时
};

struct TimeLimit {
  int amount = 0;  // 0: 即办, whatever the unit
  TimeUnit unit = TimeUnit::kWorkingDays;
  std::string note;  // in brackets after it: 不含公示时间, or ""
};

// Reads a time limit: digits (at most four; full-width ones read as ASCII)
// optionally followed by a unit
// — 个工作日, 工作日, 个自然日, 自然日, 日, 天, 个小时, 小时, each perhaps
// followed by 内 ("within") — with spaces allowed between them; or 即办,
// 当场办结, 即时办结, 立即办结 (0). Either may end with a note in
// brackets, （…） or (…): 20个工作日（不含公示时间）. nullopt for anything
// else.
std::optional<TimeLimit> ParseTimeLimit(const std::string& text);

// Whether two limits can be compared: the same unit, or either is 即办.
bool Comparable(const TimeLimit& a, const TimeLimit& b);

}  // namespace disclose
