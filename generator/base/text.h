// Small text helpers shared by the stages: UTF-8, trimming, dates, and the
// characters that must never be shown as they are.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/said.h"

namespace disclose {

// The byte offset of the first byte that is not valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// The encodings editors save text in instead of UTF-8.
enum class ForeignEncoding { kUtf16Le, kUtf16Be, kUtf32Le, kUtf32Be, kGb18030 };

// The encoding bytes were saved in when it is one an editor writes instead
// of UTF-8 and the bytes are not UTF-8: UTF-16 or UTF-32 (by a byte order
// mark, or without one by the zero bytes of ASCII text), or GB18030 (text
// that is not UTF-8 but reads whole as GB18030, which includes GBK and
// GB2312, with at least one Chinese character). Otherwise nullopt, also for
// UTF-8. first_invalid is FindInvalidUtf8(s), which the caller has already
// found: valid text without a zero byte is answered without another scan.
std::optional<ForeignEncoding> GuessForeignEncoding(
    std::string_view s, std::optional<size_t> first_invalid);

// Decodes the code point that starts at s[i] (REQUIRES: i < s.size()) into
// *cp and returns its length in bytes, or 0 when the bytes there are not
// valid UTF-8 (then *cp is the byte's value).
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Appends cp (REQUIRES: at most U+10FFFF) to out as UTF-8.
void AppendUtf8(char32_t cp, std::string& out);

// Control characters are Unicode's category Cc: C0 (U+0000-U+001F), DEL
// (U+007F) and C1 (U+0080-U+009F). Of these, content may hold only tab and
// line feed; every other one is an error wherever the tool reads text
// (YAML values and keys, Markdown bodies), so none reaches a page, a commit
// message or a terminal.
bool IsControlChar(char32_t c);

// Characters that cannot be seen but change how the text around them is
// shown or compared: the bidi embeddings, overrides and isolates
// (U+202A-U+202E, U+2066-U+2069) and the zero-width characters U+200B,
// U+200C, U+200D, U+2060 and U+FEFF.
bool IsInvisibleChar(char32_t c);

// A character found in UTF-8 text.
struct FoundChar {
  size_t offset = 0;  // in bytes
  size_t index = 0;   // in characters, 0-based
  char32_t code_point = 0;
};

// The first control character other than tab and line feed (a carriage
// return included), or nullopt. A byte that is not valid UTF-8 counts as
// the code point of its value, so a stray 0x85 is the C1 control U+0085.
// This is the one rule for content: YAML, bodies and terminal output use it.
std::optional<FoundChar> FindControlChar(std::string_view s);

// The first invisible character (IsInvisibleChar), or nullopt.
std::optional<FoundChar> FindInvisibleChar(std::string_view s);

// The character for messages: "U+001B (escape)", "U+202E (right-to-left
// override)", or "U+0001" when it has no common name.
std::string DescribeChar(char32_t c);
// The same in both languages: "U+001B (escape)" and "U+001B（转义符）".
Said DescribeCharSaid(char32_t c);

// Text that is safe to print on a terminal. Every control character (tab
// too, and line feed unless `newlines` is kKeep), every invisible character
// and every byte that is not valid UTF-8 becomes a visible escape:
//   \xNN    two lowercase hex digits, for an ASCII control character
//           (U+0000-U+001F, U+007F) or a byte that is not valid UTF-8;
//   \uNNNN  four lowercase hex digits, for any other code point: the C1
//           controls (\u009b), the bidi and zero-width characters (\u202e).
// Everything else, backslashes included, is kept: the result is for people
// to read, not to be parsed back.
enum class Newlines { kEscape, kKeep };
std::string TerminalSafe(std::string_view s,
                         Newlines newlines = Newlines::kEscape);

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

// A slug names a folder and a piece of an address: one or more of a-z, 0-9
// and '-'. The one rule for file names, section and department ids and
// category slugs.
bool IsSlug(std::string_view s);

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
  // The dates people write, in the form they are written: YYYY-MM-DD or
  // YYYY年M月D日 (month and day with or without a leading zero), each with
  // ASCII or full-width digits (２０２０年３月５日). Anything else, or a day
  // the calendar does not have, is nullopt.
  static std::optional<Date> ParseWritten(std::string_view s);
  std::string ToString() const;  // YYYY-MM-DD
  auto operator<=>(const Date&) const = default;
};

}  // namespace disclose
