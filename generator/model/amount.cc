#include "model/amount.h"

namespace disclose {

std::string FormatYuan(long long fen) {
  std::string out = std::to_string(fen / 100);
  long long rest = fen % 100;
  if (rest == 0) return out;
  out += '.';
  out += static_cast<char>('0' + rest / 10);
  if (rest % 10) out += static_cast<char>('0' + rest % 10);
  return out;
}

}  // namespace disclose
