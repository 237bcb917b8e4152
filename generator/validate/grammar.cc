#include "validate/grammar.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "base/text.h"

namespace disclose {

Said QuoteValue(const std::string& text) {
  std::string shown;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0 || (cp != '\t' && IsControlChar(cp)) || IsInvisibleChar(cp)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "<U+%04X>", static_cast<unsigned>(cp));
      shown += buf;
      i += len == 0 ? 1 : len;
      continue;
    }
    shown.append(text, i, len);
    i += len;
  }
  return Quote(shown);
}

std::optional<GrammarError> CheckPeriod(const std::string& original) {
  const std::string text = Trim(original);
  if (text.size() == 7 && text[4] == '-' &&
      Date::Parse(text + "-01").has_value()) {
    return std::nullopt;
  }
  const Said message =
      Said{"must be a month YYYY-MM, got ", "应为 YYYY-MM 格式的月份，现为"} +
      QuoteValue(text);
  const Said example{"for example 2004-11", "例如 2004-11"};
  // The runs of digits, for a hint.
  std::vector<std::string> nums;
  std::string cur;
  for (char c : AsciiDigits(text) + " ") {
    if (c >= '0' && c <= '9') {
      cur += c;
    } else if (!cur.empty()) {
      nums.push_back(cur);
      cur.clear();
    }
  }
  if (nums.size() == 1 && nums[0].size() == 6) {
    nums = {nums[0].substr(0, 4), nums[0].substr(4)};
  }
  if (nums.size() < 2 || nums.size() > 3 || nums[0].size() != 4 ||
      nums[1].size() > 2) {
    return GrammarError{message, example};
  }
  const int month = std::stoi(nums[1]);
  if (month < 1 || month > 12) {
    return GrammarError{message,
                        {"there is no month " + std::to_string(month),
                         "没有 " + std::to_string(month) + " 月"}};
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d", nums[0].c_str(), month);
  const std::string month_text = buf;
  if (!Date::Parse(month_text + "-01")) return GrammarError{message, example};
  return GrammarError{message,
                      nums.size() == 3
                          ? Said{"write the month only: " + month_text,
                                 "只写月份：" + month_text}
                          : Said{"write " + month_text, "改为 " + month_text}};
}

std::string FindCatchAll(const std::string& text,
                         const std::vector<std::string>& words) {
  // Trailing punctuation and spaces do not hide a catch-all.
  static const char* const kTrailing[] = {"。", "；", "，", "、", "：", "）",
                                          ";",  ",",  ".",  ":",  ")",  " "};
  std::string t = Trim(text);
  for (bool again = true; again;) {
    again = false;
    for (const char* p : kTrailing) {
      if (!t.empty() && EndsWith(t, p)) {
        t = Trim(t.substr(0, t.size() - std::strlen(p)));
        again = true;
      }
    }
  }
  // Words in which 等 means grade or equality, not "and so on".
  static const char* const kNotCatchAll[] = {
      "平等", "同等", "对等", "相等", "均等", "高等", "中等", "初等",
      "特等", "优等", "上等", "头等", "一等", "二等", "三等"};
  std::vector<std::string> sorted = words;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  for (const auto& w : sorted) {
    if (w.empty() || !EndsWith(t, w)) continue;
    bool exempt = false;
    for (const char* n : kNotCatchAll) {
      exempt = exempt || (EndsWith(n, w) && EndsWith(t, n));
    }
    if (!exempt) return w;
  }
  return "";
}

}  // namespace disclose
