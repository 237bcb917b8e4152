// 收费标准 as departments write it: an amount, a range, a ceiling or a
// floor, each with an optional unit (元/年) and note (（含消毒费）); 免费;
// 面议 or 市场调节价 (not fixed); several of them on separate lines (tiers).
#include <regex>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Drops thousands separators between digits ("1,000", "1，000").
std::string DropSeparators(const std::string& t) {
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    const bool comma = t[i] == ',';
    const bool wide = t.compare(i, 3, "，") == 0;
    if ((comma || wide) && !out.empty() && IsDigit(out.back())) {
      const size_t next = i + (comma ? 1 : 3);
      if (next + 3 <= t.size() && IsDigit(t[next]) && IsDigit(t[next + 1]) &&
          IsDigit(t[next + 2]) &&
          (next + 3 == t.size() || !IsDigit(t[next + 3]))) {
        i = next - 1;
        continue;
      }
    }
    out += t[i];
  }
  return out;
}

// Removes spaces, tabs and ideographic spaces.
std::string DropSpaces(const std::string& t) {
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ' ' || t[i] == '\t') continue;
    if (t.compare(i, 3, "\xE3\x80\x80") == 0) {
      i += 2;
      continue;
    }
    out += t[i];
  }
  return out;
}

// "12", "0.5", "3.25" at the start of s into fen; nullopt when s does not
// start with a number, or its decimals are not all digits ("8..8", which
// std::stoll would throw on). *too_precise: more than two decimals.
std::optional<long long> YuanToFen(const std::string& s, bool* too_precise) {
  size_t p = 0;
  while (p < s.size() && IsDigit(s[p])) ++p;
  if (p == 0 || p > 12) return std::nullopt;
  long long fen = std::stoll(s.substr(0, p)) * 100;
  if (p < s.size() && s[p] == '.') {
    std::string dec = s.substr(p + 1);
    if (dec.empty() ||
        dec.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    if (dec.size() > 2) *too_precise = true;
    dec = dec.substr(0, 2);
    if (dec.size() == 1) dec += '0';
    fen += std::stoll(dec);
  }
  return fen;
}

// An amount written in 元角分 or 万元: 2元5角, 5角, 3分, 1.5万元.
const std::regex& OldMoneyForm() {
  static const std::regex kForm(
      R"(([0-9]{1,12}(?:\.[0-9]+)?)万元|(?:([0-9]{1,12})元)?([0-9])角(?:([0-9])分)?|(?:([0-9]{1,12})元)?([0-9])分)");
  return kForm;
}

long long OldMoneyFen(const std::smatch& m) {
  bool unused = false;
  if (m[1].matched) return *YuanToFen(m[1].str(), &unused) * 10000;
  long long fen = 0;
  if (m[2].matched) fen += std::stoll(m[2].str()) * 100;
  if (m[3].matched) fen += std::stoll(m[3].str()) * 10;
  if (m[4].matched) fen += std::stoll(m[4].str());
  if (m[5].matched) fen += std::stoll(m[5].str()) * 100;
  if (m[6].matched) fen += std::stoll(m[6].str());
  return fen;
}

// Rewrites every 元角分 or 万元 amount in s as yuan: "2元5角" -> "2.5",
// "2元5角/次" -> "2.5元/次". *changed: something was rewritten.
std::string PlainYuan(const std::string& s, bool* changed) {
  std::string out;
  auto begin = s.cbegin();
  std::smatch m;
  while (std::regex_search(begin, s.cend(), m, OldMoneyForm())) {
    out.append(begin, m[0].first);
    out += FormatYuan(OldMoneyFen(m));
    if (m[0].second != s.cend() && *m[0].second == '/') out += "元";
    begin = m[0].second;
    *changed = true;
  }
  out.append(begin, s.cend());
  return out;
}

struct Prefix {
  const char* word;
  FeeKind kind;
};
constexpr Prefix kPrefixes[] = {
    {"最高", FeeKind::kCeiling},   {"不超过", FeeKind::kCeiling},
    {"不高于", FeeKind::kCeiling}, {"不低于", FeeKind::kFloor},
    {"最低", FeeKind::kFloor},     {"不少于", FeeKind::kFloor},
};

// One end of an amount: "80", "80元", "80元/次" (unit only on the last).
struct AmountEnd {
  std::optional<long long> fen;
  bool too_precise = false;
  std::string unit;  // "元/次", or "" for plain yuan
  bool bad_rest = false;
};

AmountEnd ParseEnd(const std::string& e) {
  AmountEnd end;
  size_t p = 0;
  while (p < e.size() && (IsDigit(e[p]) || e[p] == '.')) ++p;
  end.fen = YuanToFen(e.substr(0, p), &end.too_precise);
  if (end.fen && e.substr(0, p).find('.') != e.substr(0, p).rfind('.')) {
    end.fen.reset();
  }
  std::string rest = e.substr(p);
  if (StartsWith(rest, "元")) rest = rest.substr(3);
  if (rest.empty()) return end;
  if (rest[0] == '/' && rest.size() > 1) {
    end.unit = "元" + rest;
  } else {
    end.bad_rest = true;
  }
  return end;
}

// Splits t on the first range separator into its two ends.
std::vector<std::string> RangeEnds(std::string t) {
  for (const char* sep : {"～", "~", "—", "－", "至", "–", "到"}) {
    size_t at;
    while ((at = t.find(sep)) != std::string::npos) {
      t.replace(at, std::string(sep).size(), "-");
    }
  }
  return Split(t, '-');
}

// The note in parentheses at the end of t, removed from t.
std::string TakeNote(std::string* t) {
  for (auto [open, close] : {std::pair<const char*, const char*>{"（", "）"},
                             std::pair<const char*, const char*>{"(", ")"}}) {
    if (!EndsWith(*t, close)) continue;
    const size_t at = t->rfind(open);
    if (at == std::string::npos || at == 0) continue;
    const size_t start = at + std::string(open).size();
    std::string note =
        Trim(t->substr(start, t->size() - std::string(close).size() - start));
    *t = Trim(t->substr(0, at));
    return note;
  }
  return "";
}

// A label before a colon, as in "城镇：300元/年", removed from t.
std::string TakeLabel(std::string* t) {
  for (const char* colon : {"：", ":"}) {
    const size_t at = t->find(colon);
    if (at == std::string::npos || at == 0) continue;
    std::string label = Trim(t->substr(0, at));
    if (label.find_first_of("0123456789") != std::string::npos) continue;
    *t = Trim(t->substr(at + std::string(colon).size()));
    return label;
  }
  return "";
}

// The words before an amount that ends the line, as in "首小时5元" or
// "每增加一个部位加收40", removed from t; "" when t is not words followed by
// an amount. The words hold a character beyond ASCII and do not end in a
// digit, a sign of range or a decimal point, so "8-10" and "0.5" stay whole.
std::string TakeLeadingWords(std::string* t) {
  size_t end = t->size();
  if (EndsWith(*t, "元")) end -= std::string("元").size();
  size_t start = end;
  while (start > 0 && ((*t)[start - 1] == '.' ||
                       ((*t)[start - 1] >= '0' && (*t)[start - 1] <= '9'))) {
    --start;
  }
  if (start == end || start == 0 || (*t)[start] == '.') return "";
  std::string words = Trim(t->substr(0, start));
  const unsigned char last = words.empty() ? 0 : words.back();
  if (words.empty() || last < 0x80 ||
      std::all_of(words.begin(), words.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
      })) {
    return "";
  }
  // A range's sign, or 约 (an amount that is only approximate is no fee).
  for (const char* end : {"～", "至", "—", "到", "约", "约为", "大概"}) {
    if (EndsWith(words, end)) return "";
  }
  *t = t->substr(start);
  return words;
}

bool IsUnfixed(const std::string& t) {
  return t.find("面议") != std::string::npos ||
         t.find("协商") != std::string::npos ||
         t.find("市场调节") != std::string::npos;
}

struct PartResult {
  FeePart part;
  std::optional<GrammarError> error;
  std::string code;
};

// An amount, a range, a ceiling or a floor, from t without note and label.
PartResult ParseNumbers(const std::string& t, const Said& base, PartResult r) {
  auto fail = [&](const char* code, Said hint) {
    r.code = code;
    r.error = GrammarError{base, std::move(hint)};
    return r;
  };
  std::string rest = DropSpaces(t);
  for (const auto& p : kPrefixes) {
    if (StartsWith(rest, p.word)) {
      r.part.kind = p.kind;
      rest = rest.substr(std::string(p.word).size());
      break;
    }
  }
  const Said kShape{
      "write a number such as 12 or 0.5, a range such as 30-50, 最高100, "
      "不低于5, 免费 or 面议",
      "写作数字（如 12 或 0.5）、范围（如 "
      "30-50）、最高100、不低于5、免费或面议"};
  const std::vector<std::string> ends = RangeEnds(rest);
  if (ends.size() >= 2 && ends.front().empty()) {
    return fail(kBadAmount, {"an amount cannot be negative", "金额不能为负数"});
  }
  if (ends.size() > 2 || (ends.size() == 2 && r.part.kind != FeeKind::kExact)) {
    return fail(kBadAmount, kShape);
  }
  std::vector<AmountEnd> parsed;
  parsed.reserve(ends.size());
  for (const auto& e : ends) parsed.push_back(ParseEnd(e));
  for (size_t i = 0; i < parsed.size(); ++i) {
    const AmountEnd& e = parsed[i];
    if (!e.fen || e.bad_rest || (i + 1 < parsed.size() && !e.unit.empty())) {
      return fail(kBadAmount, kShape);
    }
    if (e.too_precise) {
      return fail(kBadAmount, {"yuan amounts have at most two decimals (fen)",
                               "以元为单位的金额最多有两位小数（到分）"});
    }
  }
  r.part.unit = parsed.back().unit;
  r.part.low = *parsed.front().fen;
  r.part.high = *parsed.back().fen;
  if (r.part.high < r.part.low) {
    const std::string range =
        FormatYuan(r.part.high) + "-" + FormatYuan(r.part.low);
    return fail(kBadAmount,
                {"a range goes from the lower to the higher amount: " + range,
                 "范围应从较低的金额写到较高的金额：" + range});
  }
  if (parsed.size() == 2 && r.part.high > r.part.low) {
    r.part.kind = FeeKind::kRange;
  }
  return r;
}

// One line of a cell. `written` is the line as written; `t` the line with
// ASCII digits, no thousands separators and amounts in yuan.
PartResult ParsePart(const std::string& written, std::string t,
                     const std::string& label, bool tier) {
  PartResult r;
  const Said base = Said{label + " must be a non-negative amount in yuan, got ",
                         label + "应为以元为单位的非负金额，现为"} +
                    Quote(written);
  r.part.note = TakeNote(&t);
  const std::string tier_label = TakeLabel(&t);
  if (!tier_label.empty()) {
    r.part.note =
        r.part.note.empty() ? tier_label : tier_label + "；" + r.part.note;
  }
  r.part.text = t;
  if (t == "免费" || t == "免收" || t == "不收费") {
    r.part.kind = FeeKind::kFree;
    return r;
  }
  if (IsUnfixed(t)) {
    r.part.kind = FeeKind::kUnfixed;
    return r;
  }
  PartResult parsed = ParseNumbers(t, base, r);
  if (!parsed.error || !tier) return parsed;
  // A tier of several: "每增加一个部位加收40", "首小时5元", words naming the
  // tier, then its amount.
  const std::string words = TakeLeadingWords(&t);
  if (words.empty()) return parsed;
  r.part.note = r.part.note.empty() ? words : words + "；" + r.part.note;
  r.part.text = t;
  PartResult retried = ParseNumbers(t, base, std::move(r));
  return retried.error ? parsed : retried;
}

}  // namespace

AmountResult ParseAmount(const std::string& original, const std::string& label,
                         const std::string& unit_label) {
  (void)unit_label;
  AmountResult r;
  const std::string text = Trim(original);
  if (text.empty()) {
    r.code = kEmptyCell;
    r.error = GrammarError{{label + " is empty", label + "为空"},
                           {"write the amount in yuan, or 免费 if it is free",
                            "填写以元为单位的金额；不收费的写“免费”"},
                           {}};
    return r;
  }
  FeeAmount amount;
  const bool tiered = text.find('\n') != std::string::npos;
  for (const std::string& line : Split(text, '\n')) {
    const std::string written = Trim(line);
    if (written.empty()) continue;
    const std::string digits = DropSeparators(AsciiDigits(written));
    bool old_money = false;
    const std::string plain = PlainYuan(digits, &old_money);
    PartResult p = ParsePart(written, plain, label, tiered);
    if (p.error) {
      r.error = std::move(p.error);
      r.code = std::move(p.code);
      return r;
    }
    if (old_money) {
      r.fixes.push_back(
          {kAmountNotInYuan,
           Said{label + " ", label} + Quote(written) +
               Said{" is not written in yuan", "不是以元为单位书写的"},
           written, plain});
    } else if (digits != written) {
      r.fixes.push_back(
          {kAmountSpelling,
           Said{label + " ", label} + Quote(written) +
               Said{" has full-width digits or thousands separators",
                    "含有全角数字或千位分隔符"},
           written, plain});
    }
    amount.tiers.push_back(std::move(p.part));
  }
  const FeePart& first = amount.tiers.front();
  amount.kind = first.kind;
  amount.low = first.low;
  amount.high = first.high;
  amount.unit = first.unit;
  amount.note = first.note;
  amount.text = first.text;
  if (amount.tiers.size() == 1) amount.tiers.clear();
  r.amount = std::move(amount);
  return r;
}

}  // namespace disclose
