#include <vector>

#include "base/text.h"
#include "validate/grammar.h"

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
  static const std::vector<std::string> kOpen = {"〔", "[", "(",  "（", "【",
                                                 "［", "{", "｛", "〈"};
  return kOpen;
}
const std::vector<std::string>& Closers() {
  static const std::vector<std::string> kClose = {"〕", "]", ")",  "）", "】",
                                                  "］", "}", "｝", "〉"};
  return kClose;
}

// s without ASCII spaces and ideographic spaces (U+3000): a 机关代字, a
// year and a number never hold one.
std::string RemoveSpaces(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t') continue;
    if (s.compare(i, 3, "\u3000") == 0) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

}  // namespace

std::optional<GrammarError> CheckDocNo(const std::string& original) {
  const std::string text = Trim(original);
  const std::string t = AsciiDigits(text);
  const GrammarError shape{
      Said{"must be 机关代字〔YYYY〕N号, 机关代字第N号 or 第N号, got ",
           "应为 机关代字〔YYYY〕N号、机关代字第N号或第N号，现为"} +
          QuoteValue(text),
      Said{"for example 常政办发〔2005〕3号", "例如 常政办发〔2005〕3号"}};
  bool spaces = false, brackets = false, zeros = false;
  auto strip_spaces = [&](const std::string& part) {
    std::string trimmed = RemoveSpaces(part);
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
    if (di == std::string::npos || !EndsWith(t, "号")) return shape;
    auto number = number_of(strip_spaces(t.substr(di + 3, t.size() - di - 6)));
    if (!number) return shape;
    canonical = strip_spaces(t.substr(0, di)) + "第" + *number + "号";
  }
  if (canonical == text) return std::nullopt;
  Said why;
  if (t != text) {
    why = {"uses full-width digits", "使用了全角数字"};
  } else if (brackets) {
    why = {"must put the year in 〔〕 (GB/T 9704)",
           "年份应放在〔〕中（GB/T 9704）"};
  } else if (spaces) {
    why = {"must not contain spaces", "不应含有空格"};
  } else if (zeros) {
    why = {"must not pad the number with zeros", "序号前不应补零"};
  } else {
    why = {"is not written in the standard form", "不是标准写法"};
  }
  return GrammarError{why + Said{", got ", "，现为"} + QuoteValue(text),
                      Said{"write " + canonical, "改为 " + canonical},
                      canonical};
}

}  // namespace disclose
