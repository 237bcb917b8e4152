// Small text helpers shared by the stages: UTF-8, trimming, dates.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace disclose {

// The byte offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Number of code points in valid UTF-8.
size_t CountChars(std::string_view s);

// Splits valid UTF-8 into code points, each as its own string.
std::vector<std::string> SplitChars(std::string_view s);

// 1-based line and column (in code points) of a byte offset in text.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn LocateOffset(std::string_view text, size_t offset);

// Trims ASCII white space and the ideographic space U+3000.
std::string Trim(std::string_view s);

bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
std::vector<std::string> Split(std::string_view s, char sep);

// Escapes & < > " ' for HTML text and attributes (and XML).
std::string HtmlEscape(std::string_view s);

// Joins items with sep between them.
std::string Join(const std::vector<std::string>& items, const char* sep);

// Levenshtein distance in bytes, for "did you mean" hints on short keys.
int EditDistance(std::string_view a, std::string_view b);

// Replaces full-width digits ０-９ with ASCII digits; other text unchanged.
std::string AsciiDigits(std::string_view s);

// A calendar date. Parse accepts exactly YYYY-MM-DD with a real day
// (2005-02-29 is refused; 2004-02-29 is accepted).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  static std::optional<Date> Parse(std::string_view s);
  std::string ToString() const;  // YYYY-MM-DD
  auto operator<=>(const Date&) const = default;
};

}  // namespace disclose
