#include <string_view>

#include "base/text.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

std::string AsciiLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Characters a browser's address bar never shows unescaped in an address
// written by hand: spaces, quotes, angle brackets and the like.
bool IsForbiddenInAddress(char c) {
  return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F ||
         std::string_view("\"'<>\\^`{|}").find(c) != std::string_view::npos;
}

// The host of host[:port]: ASCII letters, digits, '-' and '.', or any
// character beyond ASCII (政府.cn), with a dot inside and none at its ends.
bool IsHost(std::string_view host) {
  if (host.empty() || host.front() == '.' || host.back() == '.' ||
      host.find('.') == std::string_view::npos ||
      host.find("..") != std::string_view::npos) {
    return false;
  }
  for (char c : host) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !IsAsciiAlnum(c) && c != '-' && c != '.') return false;
  }
  return true;
}

bool IsPort(std::string_view port) {
  return !port.empty() && port.size() <= 5 &&
         port.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::optional<GrammarError> CheckWebAddress(const std::string& original) {
  const std::string text = Trim(original);
  const Said hint{
      "write the whole address as the browser shows it, such as "
      "https://zwfw.example.gov.cn/item/1",
      "照浏览器地址栏写出完整网址，例如 https://zwfw.example.gov.cn/item/1"};
  const std::string lower = AsciiLower(text);
  size_t rest = 0;
  if (StartsWith(lower, "https://")) {
    rest = 8;
  } else if (StartsWith(lower, "http://")) {
    rest = 7;
  } else {
    return GrammarError{
        Said{"must be a web address starting with https:// or http://, got ",
             "应为以 https:// 或 http:// 开头的网址，现为"} +
            QuoteValue(text),
        hint};
  }
  std::string_view authority = std::string_view(text).substr(rest);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  std::string_view host = authority;
  bool ok = text.size() <= 2000 &&
            authority.find('@') == std::string_view::npos;  // no user:pass@
  if (const size_t colon = authority.rfind(':');
      colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    ok = ok && IsPort(authority.substr(colon + 1));
  }
  ok = ok && IsHost(host);
  for (char c : text) ok = ok && !IsForbiddenInAddress(c);
  if (ok) return std::nullopt;
  return GrammarError{Said{"must be a whole web address such as "
                           "https://zwfw.example.gov.cn/item/1, got ",
                           "应为完整的网址，例如 "
                           "https://zwfw.example.gov.cn/item/1，现为"} +
                          QuoteValue(text),
                      hint};
}

}  // namespace disclose
