#include "model/value_text.h"

#include <algorithm>

#include "base/text.h"

namespace disclose {

namespace {

constexpr char kWordSeparator[] = "、";
constexpr char kRecordSeparator[] = "；";
// Items longer than this make a list one of sentences.
constexpr size_t kMaxWordChars = 20;

bool IsSentenceList(const Value& list) {
  return std::any_of(list.list().begin(), list.list().end(),
                     [](const Value& item) {
                       return item.kind() == Value::Kind::kString &&
                              CountChars(item.as_string()) > kMaxWordChars;
                     });
}

std::string ListText(const Value& list) {
  std::string out;
  // Sentences are numbered, one a line: the metadata table keeps line
  // breaks (white-space: pre-line).
  if (IsSentenceList(list)) {
    for (size_t i = 0; i < list.list().size(); ++i) {
      out += (i ? "\n" : "") + std::to_string(i + 1) + ". " +
             ValueText(list.list()[i]);
    }
    return out;
  }
  const bool records =
      !list.list().empty() && list.list().front().kind() == Value::Kind::kMap;
  for (size_t i = 0; i < list.list().size(); ++i) {
    if (i) out += records ? kRecordSeparator : kWordSeparator;
    out += ValueText(list.list()[i]);
  }
  return out;
}

}  // namespace

std::string ValueText(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kString:
    case Value::Kind::kNumber:
      return v.as_string();
    case Value::Kind::kList:
      return ListText(v);
    case Value::Kind::kMap: {
      std::string out;
      for (const auto& [key, item] : v.map()) {
        if (!out.empty()) out += " ";
        out += ValueText(item);
      }
      return out;
    }
    default:
      return "";
  }
}

std::string JoinWords(const std::vector<std::string>& words) {
  return Join(words, kWordSeparator);
}

}  // namespace disclose
