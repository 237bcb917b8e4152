// Amounts of money as disclosed: whole fen, never floating point.
#pragma once

#include <string>

namespace disclose {

// An amount in fen (1/100 yuan), or a range of them. 免费 is 0.
struct FeeAmount {
  long long low = 0;
  long long high = 0;  // == low unless a range
  bool is_range() const { return high != low; }
};

// Amount in fen as yuan text: 250 -> "2.5", 300 -> "3", 5 -> "0.05".
std::string FormatYuan(long long fen);

}  // namespace disclose
