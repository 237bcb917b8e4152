#include "model/amount.h"

#include <algorithm>
#include <cctype>

namespace disclose {

const char* FeeKindName(FeeKind kind) {
  switch (kind) {
    case FeeKind::kExact:
      return "exact";
    case FeeKind::kRange:
      return "range";
    case FeeKind::kCeiling:
      return "ceiling";
    case FeeKind::kFloor:
      return "floor";
    case FeeKind::kFree:
      return "free";
    case FeeKind::kUnfixed:
      return "unfixed";
  }
  return "exact";
}

std::vector<FeePart> FeeAmount::Parts() const {
  if (!tiers.empty()) return tiers;
  FeePart p;
  p.kind = kind;
  p.low = low;
  p.high = high;
  p.unit = unit;
  p.note = note;
  p.text = text;
  return {p};
}

std::string FormatYuan(long long fen) {
  std::string out = std::to_string(fen / 100);
  long long rest = fen % 100;
  if (rest == 0) return out;
  out += '.';
  out += static_cast<char>('0' + rest / 10);
  if (rest % 10) out += static_cast<char>('0' + rest % 10);
  return out;
}

namespace {

// A range's ASCII hyphen, tilde or fullwidth tilde between two digits as an
// en dash: "8-10" -> "8–10".
std::string RangeDash(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t width = 0;
    if (text[i] == '-' || text[i] == '~') {
      width = 1;
    } else if (text.compare(i, 3, "～") == 0) {
      width = 3;
    }
    const bool between_digits =
        width > 0 && i > 0 &&
        std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        i + width < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[i + width]));
    if (between_digits) {
      out += "–";
      i += width - 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string AmountDisplay(const std::string& written_line,
                          const FeePart& part) {
  if (part.kind == FeeKind::kFree || part.kind == FeeKind::kUnfixed) {
    return written_line;
  }
  std::string line =
      part.kind == FeeKind::kRange ? RangeDash(written_line) : written_line;
  if (line.find("元") != std::string::npos) return line;
  if (!part.note.empty()) {
    for (const char* open : {"（", "("}) {
      const size_t at = line.rfind(open);
      if (at != std::string::npos && at > 0) {
        return line.substr(0, at) + " 元" + line.substr(at);
      }
    }
  }
  return line + " 元";
}

std::string AmountText(const std::string& written) {
  FeePart part;
  const auto digit = [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  };
  if (std::none_of(written.begin(), written.end(), digit)) {
    part.kind = FeeKind::kUnfixed;
  } else if (RangeDash(written) != written) {
    part.kind = FeeKind::kRange;
  }
  return AmountDisplay(written, part);
}

}  // namespace disclose
