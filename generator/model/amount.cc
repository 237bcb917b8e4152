#include "model/amount.h"

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

std::string AmountDisplay(const std::string& written_line,
                          const FeePart& part) {
  if (part.kind == FeeKind::kFree || part.kind == FeeKind::kUnfixed ||
      written_line.find("元") != std::string::npos) {
    return written_line;
  }
  if (!part.note.empty()) {
    for (const char* open : {"（", "("}) {
      const size_t at = written_line.rfind(open);
      if (at != std::string::npos && at > 0) {
        return written_line.substr(0, at) + " 元" + written_line.substr(at);
      }
    }
  }
  return written_line + " 元";
}

}  // namespace disclose
