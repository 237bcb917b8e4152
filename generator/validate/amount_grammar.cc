#include <cstdio>
#include <regex>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

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

}  // namespace disclose
