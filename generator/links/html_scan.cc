#include "links/html_scan.h"

#include <algorithm>
#include <array>

#include "base/text.h"

namespace disclose {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// Whether s is `lower` (lower case) in any case.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != lower[i]) return false;
  }
  return true;
}

// The named references of the ASCII punctuation and the no-break space:
// all that a URL written by hand or by a template is likely to carry.
struct NamedReference {
  const char* name;
  char32_t code_point;
  bool legacy;  // may be written without ';'
};
constexpr std::array<NamedReference, 36> kNamed = {{
    {"amp", '&', true},       {"lt", '<', true},      {"gt", '>', true},
    {"quot", '"', true},      {"nbsp", 0xA0, true},   {"apos", '\'', false},
    {"excl", '!', false},     {"num", '#', false},    {"dollar", '$', false},
    {"percnt", '%', false},   {"lpar", '(', false},   {"rpar", ')', false},
    {"ast", '*', false},      {"plus", '+', false},   {"comma", ',', false},
    {"period", '.', false},   {"sol", '/', false},    {"colon", ':', false},
    {"semi", ';', false},     {"equals", '=', false}, {"quest", '?', false},
    {"commat", '@', false},   {"lsqb", '[', false},   {"bsol", '\\', false},
    {"rsqb", ']', false},     {"Hat", '^', false},    {"lowbar", '_', false},
    {"grave", '`', false},    {"lcub", '{', false},   {"verbar", '|', false},
    {"vert", '|', false},     {"rcub", '}', false},   {"Tab", '\t', false},
    {"NewLine", '\n', false}, {"hyphen", '-', false}, {"lbrack", '[', false},
}};

// A numeric reference at s[i] == '&', s[i + 1] == '#': appends what it
// stands for and returns its length, or 0 when no digit follows.
size_t DecodeNumeric(std::string_view s, size_t i, std::string& out) {
  size_t j = i + 2;
  const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
  if (hex) ++j;
  const size_t digits = j;
  char32_t value = 0;
  for (; j < s.size(); ++j) {
    const char c = Lower(s[j]);
    int d = -1;
    if (IsDigit(c)) d = c - '0';
    if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
    if (d < 0) break;
    // Past U+10FFFF the value no longer matters: it stays out of range.
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + char32_t(d);
  }
  if (j == digits) return 0;
  if (j < s.size() && s[j] == ';') ++j;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    value = 0xFFFD;
  }
  AppendUtf8(value, out);
  return j - i;
}

// A named reference at s[i] == '&': appends what it stands for and returns
// its length, or 0 when it is none this decoder knows.
size_t DecodeNamed(std::string_view s, size_t i, std::string& out) {
  size_t j = i + 1;
  while (j < s.size() && j - i <= 8 && IsAlnum(s[j])) ++j;
  const std::string_view name = s.substr(i + 1, j - i - 1);
  const bool semicolon = j < s.size() && s[j] == ';';
  for (const NamedReference& r : kNamed) {
    if (semicolon && name == r.name) {
      AppendUtf8(r.code_point, out);
      return j + 1 - i;
    }
    // "&amp" without ';': only its legacy names, and only when what
    // follows could not continue a name or start a value (&ampx, &amp=).
    const std::string_view legacy = r.name;
    if (!semicolon && r.legacy && name.substr(0, legacy.size()) == legacy) {
      const size_t after = i + 1 + legacy.size();
      if (after < s.size() && (IsAlnum(s[after]) || s[after] == '=')) {
        return 0;
      }
      AppendUtf8(r.code_point, out);
      return after - i;
    }
  }
  return 0;
}

const char* const kRawTextElements[] = {"script",  "style",   "textarea",
                                        "title",   "xmp",     "iframe",
                                        "noembed", "noframes"};

bool IsRawText(std::string_view name) {
  for (const char* raw : kRawTextElements) {
    if (name == raw) return true;
  }
  return false;
}

class Scanner {
 public:
  Scanner(std::string_view html,
          const std::function<void(const HtmlStartTag&)>& visit)
      : html_(html), visit_(visit) {}

  void Run();

 private:
  size_t SkipComment(size_t i) const;
  size_t SkipUntil(size_t i, std::string_view end) const;
  size_t SkipRawText(size_t i, std::string_view name) const;
  // Reads a tag's name and attributes from i (its name's first character)
  // into *tag; returns the position after its '>', or npos when the page
  // ends first.
  size_t ReadTag(size_t i, HtmlStartTag* tag) const;
  size_t ReadAttribute(size_t i, HtmlStartTag* tag) const;

  std::string_view html_;
  const std::function<void(const HtmlStartTag&)>& visit_;
};

void Scanner::Run() {
  HtmlStartTag tag;
  size_t i = 0;
  const size_t n = html_.size();
  while ((i = html_.find('<', i)) != std::string_view::npos && i + 1 < n) {
    const char next = html_[i + 1];
    const std::string_view rest = html_.substr(i);
    if (rest.substr(0, 4) == "<!--") {
      i = SkipComment(i + 4);
    } else if (rest.substr(0, 9) == "<![CDATA[") {
      i = SkipUntil(i + 9, "]]>");
    } else if (next == '!' || next == '?') {
      i = SkipUntil(i + 2, ">");
    } else if (next == '/') {
      if (i + 2 < n && IsAlpha(html_[i + 2])) {
        HtmlStartTag end_tag;
        i = ReadTag(i + 2, &end_tag);
      } else {
        i = SkipUntil(i + 2, ">");
      }
    } else if (IsAlpha(next)) {
      const size_t at = i;
      i = ReadTag(i + 1, &tag);
      if (i == std::string_view::npos) return;
      tag.offset = at;
      visit_(tag);
      if (tag.name == "plaintext") return;
      if (IsRawText(tag.name)) i = SkipRawText(i, tag.name);
    } else {
      ++i;
    }
    if (i == std::string_view::npos) return;
  }
}

// From just after "<!--": "<!-->" and "<!--->" end at once; otherwise at
// "-->" or "--!>".
size_t Scanner::SkipComment(size_t i) const {
  const std::string_view rest = html_.substr(std::min(i, html_.size()));
  if (rest.substr(0, 1) == ">") return i + 1;
  if (rest.substr(0, 2) == "->") return i + 2;
  for (size_t at = i;;) {
    const size_t dashes = html_.find("--", at);
    if (dashes == std::string_view::npos) return html_.size();
    const std::string_view after = html_.substr(dashes + 2);
    if (after.substr(0, 1) == ">") return dashes + 3;
    if (after.substr(0, 2) == "!>") return dashes + 4;
    at = dashes + 1;
  }
}

size_t Scanner::SkipUntil(size_t i, std::string_view end) const {
  const size_t at = html_.find(end, std::min(i, html_.size()));
  return at == std::string_view::npos ? html_.size() : at + end.size();
}

// To the '<' of the first "</name" followed by a space, '/' or '>' (any
// case), or the page's end.
size_t Scanner::SkipRawText(size_t i, std::string_view name) const {
  for (size_t at = i;;) {
    const size_t open = html_.find("</", at);
    if (open == std::string_view::npos) return html_.size();
    const size_t after = open + 2 + name.size();
    if (after < html_.size() &&
        EqualsLower(html_.substr(open + 2, name.size()), name) &&
        (IsSpace(html_[after]) || html_[after] == '/' || html_[after] == '>')) {
      return open;
    }
    at = open + 2;
  }
}

size_t Scanner::ReadTag(size_t i, HtmlStartTag* tag) const {
  const size_t n = html_.size();
  size_t end = i;
  while (end < n && !IsSpace(html_[end]) && html_[end] != '/' &&
         html_[end] != '>') {
    ++end;
  }
  tag->name.assign(html_.substr(i, end - i));
  for (char& c : tag->name) c = Lower(c);
  tag->attributes.clear();
  i = end;
  while (true) {
    while (i < n && (IsSpace(html_[i]) || html_[i] == '/')) ++i;
    if (i >= n) return std::string_view::npos;
    if (html_[i] == '>') return i + 1;
    i = ReadAttribute(i, tag);
    if (i == std::string_view::npos) return i;
  }
}

// One attribute from i (its name's first character, which may be '=');
// returns the position after it, or npos when the page ends inside it.
size_t Scanner::ReadAttribute(size_t i, HtmlStartTag* tag) const {
  const size_t n = html_.size();
  HtmlAttribute attr;
  attr.offset = i;
  size_t end = html_[i] == '=' ? i + 1 : i;
  while (end < n && !IsSpace(html_[end]) && html_[end] != '/' &&
         html_[end] != '>' && html_[end] != '=') {
    ++end;
  }
  attr.name = html_.substr(i, end - i);
  i = end;
  while (i < n && IsSpace(html_[i])) ++i;
  if (i < n && html_[i] == '=') {
    ++i;
    while (i < n && IsSpace(html_[i])) ++i;
    if (i >= n) return std::string_view::npos;
    const char quote = html_[i];
    if (quote == '"' || quote == '\'') {
      const size_t close = html_.find(quote, i + 1);
      if (close == std::string_view::npos) return close;
      attr.offset = i + 1;
      attr.raw_value = html_.substr(i + 1, close - i - 1);
      i = close + 1;
    } else if (quote != '>') {
      const size_t start = i;
      while (i < n && !IsSpace(html_[i]) && html_[i] != '>') ++i;
      attr.offset = start;
      attr.raw_value = html_.substr(start, i - start);
    }
  }
  tag->attributes.push_back(attr);
  return i;
}

}  // namespace

bool HtmlAttribute::Is(std::string_view lower) const {
  return EqualsLower(name, lower);
}

std::string HtmlAttribute::Value() const {
  return DecodeCharacterReferences(raw_value);
}

const HtmlAttribute* HtmlStartTag::Find(std::string_view wanted) const {
  for (const HtmlAttribute& a : attributes) {
    if (a.Is(wanted)) return &a;
  }
  return nullptr;
}

void ScanStartTags(std::string_view html,
                   const std::function<void(const HtmlStartTag&)>& visit) {
  Scanner(html, visit).Run();
}

std::string DecodeCharacterReferences(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&' || i + 1 >= s.size()) {
      out += s[i++];
      continue;
    }
    const size_t used =
        s[i + 1] == '#' ? DecodeNumeric(s, i, out) : DecodeNamed(s, i, out);
    if (used == 0) out += s[i];
    i += used == 0 ? 1 : used;
  }
  return out;
}

}  // namespace disclose
