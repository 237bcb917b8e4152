#include "validate/grammar.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <regex>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"

namespace disclose {

namespace {

bool IsDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

bool AllDigits(const std::string& s) { return IsDigits(s); }

// Finds the first of `options` in s at or after pos; returns its index in
// options and sets *at, or -1.
int FindFirstOf(const std::string& s, const std::vector<std::string>& options,
                size_t pos, size_t* at) {
  size_t best = std::string::npos;
  int which = -1;
  for (size_t i = 0; i < options.size(); ++i) {
    size_t p = s.find(options[i], pos);
    if (p < best) {
      best = p;
      which = static_cast<int>(i);
    }
  }
  *at = best;
  return which;
}

const std::vector<std::string>& Openers() {
  static const std::vector<std::string> kOpen = {"〔", "[", "(",  "（", "【",
                                                 "［", "{", "｛", "〈"};
  return kOpen;
}
const std::vector<std::string>& Closers() {
  static const std::vector<std::string> kClose = {"〕", "]", ")",  "）", "】",
                                                  "］", "}", "｝", "〉"};
  return kClose;
}

}  // namespace

std::optional<GrammarError> CheckDocNo(const std::string& original) {
  const std::string text = Trim(original);
  const std::string t = AsciiDigits(text);
  const GrammarError shape{
      "must be 机关代字〔YYYY〕N号 or 机关代字第N号, got \"" + text + "\"",
      "for example 常政办发〔2005〕3号"};
  bool spaces = false, brackets = false, zeros = false;
  auto strip_spaces = [&](const std::string& part) {
    std::string trimmed = Trim(part);
    if (trimmed != part) spaces = true;
    return trimmed;
  };
  auto number_of = [&](std::string number) -> std::optional<std::string> {
    if (!IsDigits(number)) return std::nullopt;
    if (number.size() > 1 && number[0] == '0') zeros = true;
    while (number.size() > 1 && number[0] == '0') number.erase(0, 1);
    if (number == "0") return std::nullopt;
    return number;
  };
  size_t open_at = 0;
  int open = FindFirstOf(t, Openers(), 0, &open_at);
  std::string canonical;
  if (open >= 0) {
    std::string prefix = strip_spaces(t.substr(0, open_at));
    size_t year_at = open_at + Openers()[static_cast<size_t>(open)].size();
    size_t close_at = 0;
    int close = FindFirstOf(t, Closers(), year_at, &close_at);
    if (prefix.empty() || close < 0) return shape;
    brackets = open != 0 || close != 0;
    std::string year = strip_spaces(t.substr(year_at, close_at - year_at));
    std::string rest = strip_spaces(
        t.substr(close_at + Closers()[static_cast<size_t>(close)].size()));
    if (!IsDigits(year) || year.size() != 4 || !EndsWith(rest, "号")) {
      return shape;
    }
    auto number = number_of(strip_spaces(rest.substr(0, rest.size() - 3)));
    if (!number) return shape;
    canonical = prefix + "〔" + year + "〕" + *number + "号";
  } else {
    size_t di = t.rfind("第");
    if (di == std::string::npos || di == 0 || !EndsWith(t, "号")) return shape;
    auto number = number_of(strip_spaces(t.substr(di + 3, t.size() - di - 6)));
    if (!number) return shape;
    canonical = strip_spaces(t.substr(0, di)) + "第" + *number + "号";
  }
  if (canonical == text) return std::nullopt;
  std::string why;
  if (t != text) {
    why = "uses full-width digits";
  } else if (brackets) {
    why = "must put the year in 〔〕 (GB/T 9704)";
  } else if (spaces) {
    why = "must not contain spaces";
  } else if (zeros) {
    why = "must not pad the number with zeros";
  } else {
    why = "is not written in the standard form";
  }
  return GrammarError{why + ", got \"" + text + "\"", "write " + canonical};
}

namespace {

// Parses "12", "0.5", "3.25" into fen at s[pos...], advancing pos.
// Returns nullopt when there is no number; sets *too_precise when there
// were more than two decimals.
std::optional<long long> ParseYuan(const std::string& s, size_t* pos,
                                   bool* too_precise) {
  size_t p = *pos;
  size_t start = p;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
  if (p == start || p - start > 12) return std::nullopt;
  long long yuan = std::stoll(s.substr(start, p - start));
  long long fen = 0;
  if (p < s.size() && s[p] == '.') {
    size_t d = p + 1;
    size_t q = d;
    while (q < s.size() && s[q] >= '0' && s[q] <= '9') ++q;
    if (q == d) return std::nullopt;
    if (q - d > 2) *too_precise = true;
    std::string dec = s.substr(d, std::min<size_t>(2, q - d));
    if (dec.size() == 1) dec += '0';
    fen = std::stoll(dec);
    p = q;
  }
  *pos = p;
  return yuan * 100 + fen;
}

// One end of an amount, as written.
struct AmountPart {
  std::optional<long long> fen;  // the amount, when there is one
  bool plain = false;            // written as a bare number: "12", "0.5"
  bool too_precise = false;
  std::string number;  // the leading number as written
  std::string rest;    // what follows the number, if not 元/角/分
};

// "12", "0.5" (plain); "120元", "2元5角", "5角", "0.5元" (yuan forms);
// "6元/人次" (a number and a unit).
AmountPart ParsePart(const std::string& s) {
  AmountPart part;
  static const std::regex kYuanJiao(
      R"(^(?:([0-9]{1,12}(?:\.[0-9]+)?)元)?(?:([0-9])角)?(?:([0-9])分)?$)");
  size_t pos = 0;
  auto fen = ParseYuan(s, &pos, &part.too_precise);
  if (!fen) return part;
  part.number = s.substr(0, pos);
  if (pos == s.size()) {
    part.fen = fen;
    part.plain = true;
    return part;
  }
  std::smatch m;
  if (s.size() <= 40 && std::regex_match(s, m, kYuanJiao)) {
    long long total = 0;
    if (m[1].matched) {
      size_t p = 0;
      total += *ParseYuan(m[1].str(), &p, &part.too_precise);
    }
    if (m[2].matched) total += std::stoll(m[2].str()) * 10;
    if (m[3].matched) total += std::stoll(m[3].str());
    part.fen = total;
    return part;
  }
  part.rest = s.substr(pos);
  return part;
}

// Removes white space, and thousands separators between digits ("1,000").
std::string Compact(const std::string& t) {
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ' ' || t[i] == '\t') continue;
    if (t.compare(i, 3, "\xE3\x80\x80") == 0) {  // U+3000
      i += 2;
      continue;
    }
    const bool comma = t[i] == ',';
    const bool wide_comma = t.compare(i, 3, "，") == 0;
    if ((comma || wide_comma) && !out.empty() && out.back() >= '0' &&
        out.back() <= '9') {
      size_t next = i + (comma ? 1 : 3);
      if (next + 3 <= t.size() && AllDigits(t.substr(next, 3)) &&
          (next + 3 == t.size() || t[next + 3] < '0' || t[next + 3] > '9')) {
        i = next - 1;
        continue;
      }
    }
    out += t[i];
  }
  return out;
}

bool LooksLikeUnit(const std::string& rest) {
  return StartsWith(rest, "元") || rest.find('/') != std::string::npos ||
         StartsWith(rest, "每");
}

}  // namespace

AmountResult ParseAmount(const std::string& original, const std::string& label,
                         const std::string& unit_label) {
  AmountResult r;
  const std::string text = Trim(original);
  const std::string base =
      label + " must be a non-negative amount in yuan, got \"" + text + "\"";
  auto fail = [&](const char* code, std::string hint) {
    r.code = code;
    r.error = GrammarError{base, std::move(hint)};
    return r;
  };
  if (text.empty()) {
    r.code = kEmptyCell;
    r.error = GrammarError{label + " is empty",
                           "write the amount in yuan, or 免费 if it is free"};
    return r;
  }
  if (text == "免费") {
    r.amount = FeeAmount{0, 0};
    return r;
  }
  if (text.find("面议") != std::string::npos ||
      text.find("协商") != std::string::npos) {
    r.code = kNegotiableFee;
    r.error = GrammarError{
        label + " \"" + text + "\" (negotiable) is not a disclosed fee",
        "disclose the amount, or the range a-b, that is "
        "charged"};
    return r;
  }
  std::string t = Compact(AsciiDigits(text));
  for (const char* sep : {"～", "~", "—", "－", "至", "–"}) {
    size_t at;
    while ((at = t.find(sep)) != std::string::npos) {
      t.replace(at, std::string(sep).size(), "-");
    }
  }
  const char* kShape =
      "write a number such as 12 or 0.5, a range such as "
      "30-50, or 免费";
  if (StartsWith(t, "-"))
    return fail(kBadAmount, "an amount cannot be negative");
  std::vector<std::string> ends = Split(t, '-');
  if (ends.size() > 2) return fail(kBadAmount, kShape);
  std::vector<AmountPart> parts;
  parts.reserve(ends.size());
  for (const auto& e : ends) parts.push_back(ParsePart(e));
  // A unit after the last number: "10000元/年", "30-50元/次".
  const AmountPart& last = parts.back();
  if (!last.fen && !last.number.empty() && LooksLikeUnit(last.rest) &&
      (parts.size() == 1 || parts.front().fen)) {
    std::string numbers =
        parts.size() == 2 ? FormatYuan(*parts.front().fen) + "-" + last.number
                          : last.number;
    return fail(kAmountWithUnit, "write " + numbers + " in " + label + " and " +
                                     last.rest + " in " + unit_label);
  }
  for (const auto& p : parts) {
    if (!p.fen) return fail(kBadAmount, kShape);
    if (p.too_precise) {
      return fail(kBadAmount, "yuan amounts have at most two decimals (fen)");
    }
  }
  const long long low = *parts.front().fen;
  const long long high = *parts.back().fen;
  if (high < low) {
    return fail(kBadAmount,
                "a range goes from the lower to the higher amount: " +
                    FormatYuan(high) + "-" + FormatYuan(low));
  }
  bool plain = true;
  for (const auto& p : parts) plain = plain && p.plain;
  if (!plain || t != text) {
    return fail(kBadAmount,
                "write " + FormatYuan(low) +
                    (parts.size() == 2 ? "-" + FormatYuan(high) : ""));
  }
  r.amount = FeeAmount{low, high};
  return r;
}

std::optional<GrammarError> CheckPhone(const std::string& original) {
  const std::string text = Trim(original);
  static const std::regex kPhone(
      R"(^(?:0[0-9]{2,3}-[0-9]{7,8}(?:-[0-9]{1,5})?|1[0-9]{4}|9[56][0-9]{3}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4}|[0-9]{7,8})$)");
  if (text.size() <= 32 && std::regex_match(text, kPhone)) return std::nullopt;
  std::string ascii = AsciiDigits(text);
  std::string hint = "for example 0736-7251234 or 12345";
  if (ascii != text && ascii.size() <= 32 && std::regex_match(ascii, kPhone)) {
    hint = "write " + ascii;
  } else {
    // (0736)7251234, 0736 7251234, 07367251234 -> 0736-7251234
    std::string digits;
    for (char c : ascii) {
      if (c >= '0' && c <= '9') digits += c;
    }
    static const std::regex kLoose(
        R"(^\(?0[0-9]{2,3}\)?[ -]?[0-9]{7,8}$|^0[0-9]{9,11}$)");
    if (ascii.size() <= 32 && std::regex_match(ascii, kLoose) &&
        digits.size() >= 10 && digits.size() <= 12) {
      const bool short_area = digits[1] == '1' || digits[1] == '2';
      const size_t area = short_area ? 3 : 4;
      hint = "write " + digits.substr(0, area) + "-" + digits.substr(area);
    }
  }
  return GrammarError{
      "must be a telephone number such as 0736-7251234, got \"" + text + "\"",
      hint};
}

namespace {

struct LayoutToken {
  enum Kind { kLiteral, kOrg, kYear, kYearMonth, kSerial } kind;
  std::string literal;
  size_t digits = 0;
};

std::vector<LayoutToken> ParseLayout(const std::string& layout) {
  std::vector<LayoutToken> out;
  size_t i = 0;
  while (i < layout.size()) {
    size_t open = layout.find('{', i);
    if (open != i) {
      size_t end = open == std::string::npos ? layout.size() : open;
      out.push_back({LayoutToken::kLiteral, layout.substr(i, end - i), 0});
      i = end;
      continue;
    }
    size_t close = layout.find('}', open);
    if (close == std::string::npos) {
      out.push_back({LayoutToken::kLiteral, layout.substr(open), 0});
      break;
    }
    std::string name = layout.substr(open + 1, close - open - 1);
    if (name == "org") {
      out.push_back({LayoutToken::kOrg, "", 0});
    } else if (name == "yyyy") {
      out.push_back({LayoutToken::kYear, "", 4});
    } else if (name == "yyyymm") {
      out.push_back({LayoutToken::kYearMonth, "", 6});
    } else if (!name.empty() &&
               name.find_first_not_of('n') == std::string::npos) {
      out.push_back({LayoutToken::kSerial, "", name.size()});
    } else {
      out.push_back(
          {LayoutToken::kLiteral, layout.substr(open, close - open + 1), 0});
    }
    i = close + 1;
  }
  return out;
}

bool AllDigitsAt(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

namespace {

// Matches tokens[i...] against text[p...]; the organisation code may hold
// the next literal itself ("00817365-1" before "-"), so each place it could
// end is tried.
bool MatchFrom(const std::vector<LayoutToken>& tokens, size_t i,
               const std::string& text, size_t p, IndexNoParts* parts) {
  if (i == tokens.size()) return p == text.size();
  const LayoutToken& tok = tokens[i];
  switch (tok.kind) {
    case LayoutToken::kLiteral:
      return text.compare(p, tok.literal.size(), tok.literal) == 0 &&
             MatchFrom(tokens, i + 1, text, p + tok.literal.size(), parts);
    case LayoutToken::kOrg: {
      static const char kOrgChars[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";
      size_t end = p;
      while (end < text.size() && std::strchr(kOrgChars, text[end]) &&
             text[end] != '\0') {
        ++end;
      }
      for (size_t e = end; e > p; --e) {
        if (MatchFrom(tokens, i + 1, text, e, parts)) {
          parts->org = text.substr(p, e - p);
          return true;
        }
      }
      return false;
    }
    case LayoutToken::kYear:
    case LayoutToken::kYearMonth:
    case LayoutToken::kSerial: {
      if (!AllDigitsAt(text, p, tok.digits)) return false;
      if (tok.kind == LayoutToken::kYearMonth) {
        int month = std::stoi(text.substr(p + 4, 2));
        if (month < 1 || month > 12) return false;
      }
      if (!MatchFrom(tokens, i + 1, text, p + tok.digits, parts)) return false;
      if (tok.kind == LayoutToken::kSerial) {
        parts->serial = text.substr(p, tok.digits);
      } else {
        parts->year = std::stoi(text.substr(p, 4));
        if (tok.kind == LayoutToken::kYearMonth) {
          parts->month = std::stoi(text.substr(p + 4, 2));
        }
      }
      return true;
    }
  }
  return false;
}

}  // namespace

IndexNoMatch MatchIndexNo(const std::string& layout, const std::string& text) {
  IndexNoMatch result;
  IndexNoParts parts;
  if (text.size() <= 64 && MatchFrom(ParseLayout(layout), 0, text, 0, &parts)) {
    result.parts = parts;
  } else {
    result.error = GrammarError{"\"" + text + "\" does not follow the layout " +
                                    layout + " set in site.yaml",
                                ""};
  }
  return result;
}

std::optional<GrammarError> CheckPeriod(const std::string& original) {
  const std::string text = Trim(original);
  if (text.size() == 7 && text[4] == '-' &&
      Date::Parse(text + "-01").has_value()) {
    return std::nullopt;
  }
  const std::string message = "must be a month YYYY-MM, got \"" + text + "\"";
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
    return GrammarError{message, "for example 2004-11"};
  }
  const int month = std::stoi(nums[1]);
  if (month < 1 || month > 12) {
    return GrammarError{message, "there is no month " + std::to_string(month)};
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d", nums[0].c_str(), month);
  if (!Date::Parse(std::string(buf) + "-01")) {
    return GrammarError{message, "for example 2004-11"};
  }
  return GrammarError{message, nums.size() == 3
                                   ? "write the month only: " + std::string(buf)
                                   : "write " + std::string(buf)};
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

std::string FormatIndexNo(const std::string& layout, const std::string& org,
                          const Date& date, int serial) {
  std::string out;
  char buf[32];
  for (const LayoutToken& tok : ParseLayout(layout)) {
    switch (tok.kind) {
      case LayoutToken::kLiteral:
        out += tok.literal;
        break;
      case LayoutToken::kOrg:
        out += org;
        break;
      case LayoutToken::kYear:
        std::snprintf(buf, sizeof buf, "%04d", date.year);
        out += buf;
        break;
      case LayoutToken::kYearMonth:
        std::snprintf(buf, sizeof buf, "%04d%02d", date.year, date.month);
        out += buf;
        break;
      case LayoutToken::kSerial:
        std::snprintf(buf, sizeof buf, "%0*d", static_cast<int>(tok.digits),
                      serial);
        out += buf;
        break;
    }
  }
  return out;
}

}  // namespace disclose
