#include "model/time_limit.h"

#include <utility>

#include "base/text.h"

namespace disclose {

namespace {

// The words a number may be followed by; the whole rest of the text must
// be one of them.
const std::pair<const char*, TimeUnit> kUnits[] = {
    {"个工作日", TimeUnit::kWorkingDays},
    {"工作日", TimeUnit::kWorkingDays},
    {"个自然日", TimeUnit::kNaturalDays},
    {"自然日", TimeUnit::kNaturalDays},
    {"日", TimeUnit::kDays},
    {"天", TimeUnit::kDays},
    {"个小时", TimeUnit::kHours},
    {"小时", TimeUnit::kHours},
};

std::string TrimSpaces(const std::string& s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

// The limit without its note.
std::optional<TimeLimit> ParseBare(const std::string& text) {
  // 即办 in words, as guides write it.
  for (const char* word : {"即办", "当场办结", "即时办结", "立即办结"}) {
    if (text == word) return TimeLimit{};
  }
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits > 4) return std::nullopt;
  TimeLimit limit;
  limit.amount = std::stoi(text.substr(0, digits));
  std::string unit = TrimSpaces(text.substr(digits));
  // 15个工作日内 ("within"), as guides often write it.
  const std::string within = "内";
  if (unit.size() > within.size() &&
      unit.compare(unit.size() - within.size(), within.size(), within) == 0) {
    unit = TrimSpaces(unit.substr(0, unit.size() - within.size()));
  }
  if (unit.empty()) return limit;
  for (const auto& [word, u] : kUnits) {
    if (unit == word) {
      limit.unit = u;
      return limit;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<TimeLimit> ParseTimeLimit(const std::string& original) {
  std::string text = TrimSpaces(AsciiDigits(original));
  // A note in brackets at the end: 20个工作日（不含公示时间）.
  std::string note;
  static const std::pair<const char*, const char*> kBrackets[] = {{"（", "）"},
                                                                  {"(", ")"}};
  for (const auto& [open, close] : kBrackets) {
    const size_t at = text.find(open);
    if (at == std::string::npos) continue;
    const size_t from = at + std::string(open).size();
    if (!EndsWith(text, close) ||
        text.size() < from + std::string(close).size()) {
      return std::nullopt;
    }
    note = TrimSpaces(
        text.substr(from, text.size() - from - std::string(close).size()));
    if (note.empty()) return std::nullopt;
    text = TrimSpaces(text.substr(0, at));
    break;
  }
  auto limit = ParseBare(text);
  if (limit) limit->note = note;
  return limit;
}

bool Comparable(const TimeLimit& a, const TimeLimit& b) {
  return a.unit == b.unit || a.amount == 0 || b.amount == 0;
}

}  // namespace disclose
