#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "base/text.h"
#include "config/index_no_layouts.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

using LayoutToken = IndexNoLayoutToken;

std::vector<LayoutToken> ParseLayout(const std::string& layout) {
  return ParseIndexNoLayout(layout).tokens;
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
  return MatchIndexNo(std::vector<std::string>{layout}, text);
}

IndexNoMatch MatchIndexNo(const std::vector<std::string>& layouts,
                          const std::string& text) {
  IndexNoMatch result;
  for (const auto& layout : layouts) {
    IndexNoParts parts;
    if (text.size() <= 64 &&
        MatchFrom(ParseLayout(layout), 0, text, 0, &parts)) {
      result.parts = parts;
      result.layout = layout;
      return result;
    }
  }
  std::vector<std::string> unique;
  for (const auto& layout : layouts) {
    if (std::find(unique.begin(), unique.end(), layout) == unique.end()) {
      unique.push_back(layout);
    }
  }
  const Said which =
      unique.size() == 1
          ? Said{"the layout " + unique.front(), "格式 " + unique.front()}
          : Said{"any of the layouts " + Join(unique, ", "),
                 "任何一种格式 " + Join(unique, "、")};
  result.error =
      GrammarError{QuoteValue(text) +
                       Said{" does not follow ", "不符合 site.yaml 中设定的"} +
                       which + Said{" set in site.yaml", ""},
                   {}};
  return result;
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
