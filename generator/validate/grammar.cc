#include "validate/grammar.h"

#include <regex>
#include <vector>

#include "base/text.h"

namespace disclose {

namespace {

bool IsDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

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
  static const std::vector<std::string> kOpen = {"〔", "[", "(", "（",
                                                 "【", "［", "{", "｛", "〈"};
  return kOpen;
}
const std::vector<std::string>& Closers() {
  static const std::vector<std::string> kClose = {"〕", "]", ")", "）",
                                                  "】", "］", "}", "｝", "〉"};
  return kClose;
}

}  // namespace

std::optional<GrammarError> CheckDocNo(const std::string& original) {
  const std::string text = Trim(original);
  const std::string t = AsciiDigits(text);
  const GrammarError shape{
      "must be 机关代字〔YYYY〕N号 or 机关代字第N号, got \"" + text + "\"",
      "for example 常政办发〔2005〕3号"};
  size_t open_at = 0;
  int open = FindFirstOf(t, Openers(), 0, &open_at);
  std::string canonical;
  if (open >= 0) {
    std::string prefix = Trim(t.substr(0, open_at));
    size_t year_at = open_at + Openers()[static_cast<size_t>(open)].size();
    size_t close_at = 0;
    int close = FindFirstOf(t, Closers(), year_at, &close_at);
    if (prefix.empty() || close < 0) return shape;
    std::string year = Trim(t.substr(year_at, close_at - year_at));
    std::string rest =
        Trim(t.substr(close_at + Closers()[static_cast<size_t>(close)].size()));
    if (!IsDigits(year) || year.size() != 4 || !EndsWith(rest, "号")) {
      return shape;
    }
    std::string number = rest.substr(0, rest.size() - 3);
    if (!IsDigits(number)) return shape;
    while (number.size() > 1 && number[0] == '0') number.erase(0, 1);
    if (number == "0") return shape;
    canonical = prefix + "〔" + year + "〕" + number + "号";
  } else {
    size_t di = t.rfind("第");
    if (di == std::string::npos || di == 0 || !EndsWith(t, "号")) return shape;
    std::string number = t.substr(di + 3, t.size() - di - 6);
    if (!IsDigits(number)) return shape;
    while (number.size() > 1 && number[0] == '0') number.erase(0, 1);
    if (number == "0") return shape;
    canonical = Trim(t.substr(0, di)) + "第" + number + "号";
  }
  if (canonical == text) return std::nullopt;
  std::string why;
  if (t != text) {
    why = "uses full-width digits";
  } else if (open >= 0 && Openers()[static_cast<size_t>(open)] != "〔") {
    why = "must put the year in 〔〕 (GB/T 9704)";
  } else {
    why = "must not pad the number with zeros";
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

// "2元5角", "1元2角5分", "5角" -> fen, or nullopt.
std::optional<long long> ParseYuanJiao(const std::string& s) {
  static const std::regex kRe(
      R"(^(?:([0-9]+)元)?(?:([0-9])角)?(?:([0-9])分)?$)");
  std::smatch m;
  if (s.size() > 40 || !std::regex_match(s, m, kRe)) return std::nullopt;
  if (!m[1].matched && !m[2].matched && !m[3].matched) return std::nullopt;
  if (m[1].matched && m[1].length() > 12) return std::nullopt;
  long long fen = 0;
  if (m[1].matched) fen += std::stoll(m[1].str()) * 100;
  if (m[2].matched) fen += std::stoll(m[2].str()) * 10;
  if (m[3].matched) fen += std::stoll(m[3].str());
  return fen;
}

}  // namespace

std::string FormatYuan(long long fen) {
  std::string out = std::to_string(fen / 100);
  long long rest = fen % 100;
  if (rest == 0) return out;
  out += '.';
  out += static_cast<char>('0' + rest / 10);
  if (rest % 10) out += static_cast<char>('0' + rest % 10);
  return out;
}

AmountResult ParseAmount(const std::string& original, const std::string& label,
                         const std::string& unit_label) {
  AmountResult r;
  const std::string text = Trim(original);
  const std::string base = label +
                           " must be a non-negative amount in yuan, got \"" +
                           text + "\"";
  auto fail = [&](const char* code, std::string hint) {
    r.code = code;
    r.error = GrammarError{base, std::move(hint)};
    return r;
  };
  if (text.empty()) {
    r.code = "D403";
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
    r.code = "D404";
    r.error = GrammarError{label + " \"" + text +
                               "\" (negotiable) is not a disclosed fee",
                           "disclose the amount, or the range a-b, that is "
                           "charged"};
    return r;
  }
  std::string t = AsciiDigits(text);
  for (const char* sep : {"～", "~", "—", "－", "至", "–"}) {
    size_t at;
    while ((at = t.find(sep)) != std::string::npos) {
      t.replace(at, std::string(sep).size(), "-");
    }
  }
  if (StartsWith(t, "-")) return fail("D402", "an amount cannot be negative");
  if (auto jiao = ParseYuanJiao(t)) {
    return fail("D402", "write " + FormatYuan(*jiao));
  }
  size_t pos = 0;
  bool too_precise = false;
  auto low = ParseYuan(t, &pos, &too_precise);
  if (!low) return fail("D402", "write a number such as 12 or 0.5, or 免费");
  std::optional<long long> high;
  size_t number_end = pos;
  if (pos < t.size() && t[pos] == '-') {
    size_t p2 = pos + 1;
    // A unit may sit between the two ends: "30元-50元".
    high = ParseYuan(t, &p2, &too_precise);
    if (high) {
      pos = p2;
      number_end = pos;
    }
  }
  std::string rest = t.substr(pos);
  std::string numbers = t.substr(0, number_end);
  if (!rest.empty()) {
    if (StartsWith(rest, "-")) {
      return fail("D402", "a range is written a-b, for example 30-50");
    }
    return fail("D405", "write " + numbers + " in " + label + " and " + rest +
                            " in " + unit_label);
  }
  if (too_precise) {
    return fail("D402", "yuan amounts have at most two decimals (fen)");
  }
  if (high && *high < *low) {
    return fail("D402", "a range goes from the lower to the higher amount: " +
                            FormatYuan(*high) + "-" + FormatYuan(*low));
  }
  if (t != text) return fail("D402", "write " + t);
  r.amount = FeeAmount{*low, high ? *high : *low};
  return r;
}

std::optional<GrammarError> CheckPhone(const std::string& original) {
  const std::string text = Trim(original);
  static const std::regex kPhone(
      R"(^(?:0[0-9]{2,3}-[0-9]{7,8}(?:-[0-9]{1,5})?|1[0-9]{4}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4}|[0-9]{7,8})$)");
  if (text.size() <= 32 && std::regex_match(text, kPhone)) return std::nullopt;
  std::string ascii = AsciiDigits(text);
  std::string hint = "for example 0736-7251234 or 12345";
  if (ascii != text && ascii.size() <= 32 && std::regex_match(ascii, kPhone)) {
    hint = "write " + ascii;
  } else if (text.size() >= 11 && text[0] == '0' &&
             IsDigits(text) && text.size() <= 12) {
    std::string area = text.substr(0, text[1] == '1' || text[1] == '2' ? 3 : 4);
    hint = "write " + area + "-" + text.substr(area.size());
  }
  return GrammarError{"must be a telephone number such as 0736-7251234, got \"" +
                          text + "\"",
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
      out.push_back({LayoutToken::kLiteral, layout.substr(open, close - open + 1), 0});
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

IndexNoMatch MatchIndexNo(const std::string& layout, const std::string& text) {
  IndexNoMatch result;
  const GrammarError shape{"\"" + text + "\" does not follow the layout " +
                               layout + " set in site.yaml",
                           ""};
  std::vector<LayoutToken> tokens = ParseLayout(layout);
  IndexNoParts parts;
  size_t p = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const LayoutToken& tok = tokens[i];
    switch (tok.kind) {
      case LayoutToken::kLiteral:
        if (text.compare(p, tok.literal.size(), tok.literal) != 0) {
          result.error = shape;
          return result;
        }
        p += tok.literal.size();
        break;
      case LayoutToken::kOrg: {
        size_t end = text.size();
        if (i + 1 < tokens.size() &&
            tokens[i + 1].kind == LayoutToken::kLiteral) {
          end = text.find(tokens[i + 1].literal, p);
          if (end == std::string::npos) end = text.size();
        }
        parts.org = text.substr(p, end - p);
        if (parts.org.empty() ||
            parts.org.find_first_not_of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-") !=
                std::string::npos) {
          result.error = shape;
          return result;
        }
        p = end;
        break;
      }
      case LayoutToken::kYear:
      case LayoutToken::kYearMonth:
      case LayoutToken::kSerial:
        if (!AllDigitsAt(text, p, tok.digits) ||
            (p + tok.digits < text.size() && text[p + tok.digits] >= '0' &&
             text[p + tok.digits] <= '9')) {
          result.error = shape;
          return result;
        }
        if (tok.kind == LayoutToken::kSerial) {
          parts.serial = text.substr(p, tok.digits);
        } else {
          parts.year = std::stoi(text.substr(p, 4));
          if (tok.kind == LayoutToken::kYearMonth) {
            parts.month = std::stoi(text.substr(p + 4, 2));
            if (parts.month < 1 || parts.month > 12) {
              result.error = shape;
              return result;
            }
          }
        }
        p += tok.digits;
        break;
    }
  }
  if (p != text.size()) {
    result.error = shape;
    return result;
  }
  result.parts = parts;
  return result;
}

std::string FormatIndexNo(const std::string& layout, const std::string& org,
                          const Date& date, int serial) {
  std::string out;
  char buf[32];
  for (const LayoutToken& tok : ParseLayout(layout)) {
    switch (tok.kind) {
      case LayoutToken::kLiteral: out += tok.literal; break;
      case LayoutToken::kOrg: out += org; break;
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
