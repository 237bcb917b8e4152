#include "base/text.h"

#include <algorithm>
#include <cstdio>

namespace disclose {

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  *cp = c;
  if (c < 0x80) return 1;
  size_t len;
  char32_t value;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    value = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    value = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    value = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    value = (value << 6) | (cc & 0x3F);
  }
  static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kMin[len] || value > 0x10FFFF ||
      (value >= 0xD800 && value <= 0xDFFF)) {
    return 0;
  }
  *cp = value;
  return len;
}

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
  char32_t cp;
  for (size_t i = 0; i < s.size();) {
    const size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

namespace {

// Whether s reads whole as GB18030 with at least one character of two or
// four bytes.
bool IsGb18030(std::string_view s) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  bool wide = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = byte(i);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b == 0x80 || b == 0xFF || i + 1 >= s.size()) return false;
    const unsigned char b2 = byte(i + 1);
    if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
      i += 2;
    } else if (b2 >= 0x30 && b2 <= 0x39 && i + 3 < s.size() &&
               byte(i + 2) >= 0x81 && byte(i + 2) <= 0xFE &&
               byte(i + 3) >= 0x30 && byte(i + 3) <= 0x39) {
      i += 4;
    } else {
      return false;
    }
    wide = true;
  }
  return wide;
}

}  // namespace

std::optional<ForeignEncoding> GuessForeignEncoding(
    std::string_view s, std::optional<size_t> first_invalid) {
  // UTF-16 and UTF-32 have zero bytes, or a mark that is not UTF-8.
  if (!first_invalid && s.find('\0') == std::string_view::npos) {
    return std::nullopt;
  }
  using E = ForeignEncoding;
  auto starts = [&](std::string_view bom) {
    return s.substr(0, bom.size()) == bom;
  };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv)) return E::kUtf32Le;
  if (starts("\0\0\xFE\xFF"sv)) return E::kUtf32Be;
  if (starts("\xFF\xFE"sv)) return E::kUtf16Le;
  if (starts("\xFE\xFF"sv)) return E::kUtf16Be;
  // Without a byte order mark: ASCII in UTF-16 has a zero byte in every
  // other place (front matter, the '---' lines and the keys are ASCII).
  const size_t pairs = std::min<size_t>(s.size(), 4096) / 2;
  if (pairs >= 2) {
    size_t even = 0, odd = 0;
    for (size_t i = 0; i < pairs; ++i) {
      even += s[2 * i] == '\0';
      odd += s[2 * i + 1] == '\0';
    }
    if (s.size() >= 8 && s.substr(0, 8) == "-\0\0\0-\0\0\0"sv) {
      return E::kUtf32Le;
    }
    // At least a quarter of the characters ASCII, and (almost) no zero
    // byte on the other side.
    auto utf16 = [pairs](size_t zeros, size_t other) {
      return zeros >= 2 && zeros * 4 >= pairs && other * 16 <= pairs;
    };
    if (utf16(odd, even)) return E::kUtf16Le;
    if (utf16(even, odd)) return E::kUtf16Be;
  }
  if (first_invalid && IsGb18030(s)) return E::kGb18030;
  return std::nullopt;
}

bool IsControlChar(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool IsInvisibleChar(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

namespace {

// The first character of s for which found(code point) holds; a byte that
// is not valid UTF-8 is tried as the code point of its value.
template <typename Pred>
std::optional<FoundChar> FindChar(std::string_view s, Pred found) {
  FoundChar at;
  for (size_t i = 0; i < s.size(); ++at.index) {
    char32_t cp;
    const size_t len = std::max<size_t>(DecodeUtf8(s, i, &cp), 1);
    if (found(cp)) {
      at.offset = i;
      at.code_point = cp;
      return at;
    }
    i += len;
  }
  return std::nullopt;
}

void AppendHex(std::string& out, unsigned value, int digits,
               bool upper = false) {
  const char* hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
    out += hex[(value >> shift) & 15];
  }
}

}  // namespace

std::optional<FoundChar> FindControlChar(std::string_view s) {
  return FindChar(
      s, [](char32_t c) { return IsControlChar(c) && c != '\t' && c != '\n'; });
}

std::optional<FoundChar> FindInvisibleChar(std::string_view s) {
  return FindChar(s, IsInvisibleChar);
}

namespace {

struct CharName {
  char32_t c;
  const char* en;
  const char* zh;
};

// The common name of a character in each language, or nullptr.
const CharName* FindCharName(char32_t c) {
  static const CharName kNames[] = {
      {0x00, "null", "空字符"},
      {0x07, "bell", "响铃符"},
      {0x08, "backspace", "退格符"},
      {0x09, "tab", "制表符"},
      {0x0A, "line feed", "换行符"},
      {0x0B, "vertical tab", "垂直制表符"},
      {0x0C, "form feed", "换页符"},
      {0x0D, "carriage return", "回车符"},
      {0x1B, "escape", "转义符"},
      {0x7F, "delete", "删除符"},
      {0x85, "next line", "下一行符"},
      {0x9B, "control sequence introducer", "控制序列引导符"},
      {0x200B, "zero width space", "零宽空格"},
      {0x200C, "zero width non-joiner", "零宽不连字"},
      {0x200D, "zero width joiner", "零宽连字"},
      {0x202A, "left-to-right embedding", "从左至右嵌入"},
      {0x202B, "right-to-left embedding", "从右至左嵌入"},
      {0x202C, "pop directional formatting", "结束方向嵌入"},
      {0x202D, "left-to-right override", "从左至右强制"},
      {0x202E, "right-to-left override", "从右至左强制"},
      {0x2060, "word joiner", "字连接符"},
      {0x2066, "left-to-right isolate", "从左至右隔离"},
      {0x2067, "right-to-left isolate", "从右至左隔离"},
      {0x2068, "first strong isolate", "首强隔离"},
      {0x2069, "pop directional isolate", "结束方向隔离"},
      {0xFEFF, "zero width no-break space", "零宽不换行空格"},
  };
  for (const auto& n : kNames) {
    if (n.c == c) return &n;
  }
  return nullptr;
}

std::string CodePoint(char32_t c) {
  std::string out = "U+";
  AppendHex(out, static_cast<unsigned>(c), c > 0xFFFF ? 6 : 4, true);
  return out;
}

}  // namespace

std::string DescribeChar(char32_t c) { return DescribeCharSaid(c).en; }

Said DescribeCharSaid(char32_t c) {
  const std::string code = CodePoint(c);
  const CharName* name = FindCharName(c);
  if (name == nullptr) return {code, code};
  return {code + " (" + name->en + ")", code + "（" + name->zh + "）"};
}

std::string TerminalSafe(std::string_view s, Newlines newlines) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8(s, i, &cp);
    const bool keep = cp == '\n' && newlines == Newlines::kKeep;
    if (len > 0 && (keep || !(IsControlChar(cp) || IsInvisibleChar(cp)))) {
      out.append(s.substr(i, len));
      i += len;
    } else if (len == 0 || cp < 0x80) {  // one byte
      out += "\\x";
      AppendHex(out, cp, 2);
      i += 1;
    } else {
      out += "\\u";
      AppendHex(out, cp, 4);
      i += len;
    }
  }
  return out;
}

size_t CountChars(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::vector<std::string> SplitChars(std::string_view s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t j = i + 1;
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) {
      ++j;
    }
    out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

LineColumn LocateOffset(std::string_view text, size_t offset) {
  LineColumn lc;
  if (offset > text.size()) offset = text.size();
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = static_cast<int>(
                  CountChars(text.substr(line_start, offset - line_start))) +
              1;
  return lc;
}

namespace {
bool IsSpaceAt(std::string_view s, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
      c == '\v') {
    *len = 1;
    return true;
  }
  if (s.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 ideographic space
    *len = 3;
    return true;
  }
  return false;
}
}  // namespace

std::string Trim(std::string_view s) {
  size_t begin = 0, len = 0;
  while (begin < s.size() && IsSpaceAt(s, begin, &len)) begin += len;
  size_t end = s.size();
  while (end > begin) {
    if (IsSpaceAt(s, end - 1, &len) && len == 1) {
      --end;
    } else if (end >= begin + 3 && s.substr(end - 3, 3) == "\xE3\x80\x80") {
      end -= 3;
    } else {
      break;
    }
  }
  return std::string(s.substr(begin, end - begin));
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      return out;
    }
    out.emplace_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool IsSlug(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
      return false;
    }
  }
  return true;
}

int EditDistance(std::string_view a, std::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string AsciiDigits(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    // U+FF10..U+FF19 are EF BC 90..99.
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
        static_cast<unsigned char>(s[i + 1]) == 0xBC &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      out += static_cast<char>('0' +
                               (static_cast<unsigned char>(s[i + 2]) - 0x90));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::optional<Date> Date::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1) {
    return std::nullopt;
  }
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[d.month - 1];
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month == 2 && leap) max = 29;
  if (d.day > max) return std::nullopt;
  return d;
}

std::optional<Date> Date::ParseWritten(std::string_view s) {
  const std::string t = AsciiDigits(s);
  if (Parse(t)) return Parse(t);
  // YYYY年M月D日: 年, 月 and 日 are three bytes each in UTF-8.
  auto number = [&](size_t* pos, size_t min, size_t max, const char* unit,
                    int* out) {
    size_t end = *pos;
    while (end < t.size() && t[end] >= '0' && t[end] <= '9') ++end;
    const size_t len = end - *pos;
    if (len < min || len > max || t.compare(end, 3, unit) != 0) return false;
    *out = std::stoi(t.substr(*pos, len));
    *pos = end + 3;
    return true;
  };
  Date d;
  size_t pos = 0;
  if (!number(&pos, 4, 4, "年", &d.year) ||
      !number(&pos, 1, 2, "月", &d.month) ||
      !number(&pos, 1, 2, "日", &d.day) || pos != t.size()) {
    return std::nullopt;
  }
  return Parse(d.ToString());
}

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace disclose
