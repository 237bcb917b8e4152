#include <cstring>
#include <regex>
#include <utility>

#include "base/text.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

bool IsPhone(const std::string& text) {
  // The extension after - or 转 (0736-7251234转801).
  static const std::regex kPhone(
      R"(^(?:0[0-9]{2,3}-[0-9]{5,8}(?:(?:-|转)[0-9]{1,5})?|1[0-9]{4}|9[56][0-9]{3}|1[3-9][0-9]{9}|400-?[0-9]{3}-?[0-9]{4}|[0-9]{7,8})$)");
  return text.size() <= 40 && std::regex_match(text, kPhone);
}

}  // namespace

std::optional<GrammarError> CheckPhone(const std::string& original) {
  const std::string text = Trim(original);
  if (IsPhone(text)) return std::nullopt;
  std::string ascii = AsciiDigits(text);
  Said hint{"for example 0736-7251234 or 12345", "例如 0736-7251234 或 12345"};
  if (ascii != text && IsPhone(ascii)) {
    hint = {"write " + ascii, "改为 " + ascii};
  } else if (auto certain = CertainPhone(ascii)) {
    hint = {"write " + *certain, "改为 " + *certain};
  }
  return GrammarError{Said{"must be a telephone number such as 0736-7251234, "
                           "got ",
                           "应为电话号码，例如 0736-7251234，现为"} +
                          QuoteValue(text),
                      hint};
}

std::optional<std::string> CertainPhone(const std::string& original) {
  // (0736)7251234, （0736）7251234, 0736 7251234, 07367251234
  std::string text = Trim(AsciiDigits(original));
  static const std::pair<const char*, const char*> kParens[] = {{"（", "("},
                                                                {"）", ")"}};
  for (const auto& [wide, narrow] : kParens) {
    for (size_t at; (at = text.find(wide)) != std::string::npos;) {
      text.replace(at, std::strlen(wide), narrow);
    }
  }
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  static const std::regex kLoose(
      R"(^\(?0[0-9]{2,3}\)?[ -]?[0-9]{7,8}$|^0[0-9]{9,11}$)");
  if (text.size() > 32 || !std::regex_match(text, kLoose) ||
      digits.size() < 10 || digits.size() > 12) {
    return std::nullopt;
  }
  const bool short_area = digits[1] == '1' || digits[1] == '2';
  const size_t area = short_area ? 3 : 4;
  return digits.substr(0, area) + "-" + digits.substr(area);
}

std::vector<std::string> SplitPhoneNumbers(const std::string& text) {
  static const char* const kSeparators[] = {"、", "，", ",", "；",
                                            ";",  "/",  "／"};
  std::vector<std::string> out;
  std::string current;
  size_t i = 0;
  while (i < text.size()) {
    const char* separator = nullptr;
    for (const char* sep : kSeparators) {
      if (text.compare(i, std::strlen(sep), sep) == 0) separator = sep;
    }
    if (separator == nullptr) {
      current += text[i++];
      continue;
    }
    if (!Trim(current).empty()) out.push_back(Trim(current));
    current.clear();
    i += std::strlen(separator);
  }
  if (!Trim(current).empty()) out.push_back(Trim(current));
  if (out.empty()) out.push_back(Trim(text));
  return out;
}

}  // namespace disclose
