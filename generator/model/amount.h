// Amounts of money as disclosed: whole fen, never floating point.
#pragma once

#include <string>
#include <vector>

namespace disclose {

// What a 收费标准 says about the amount.
enum class FeeKind {
  kExact,    // 80: low == high
  kRange,    // 8-10: low < high
  kCeiling,  // 最高100 / 不超过100: high only
  kFloor,    // 不低于5: low only
  kFree,     // 免费: 0
  kUnfixed,  // 面议, 市场调节价: no amount
};

// "exact", "range", "ceiling", "floor", "free", "unfixed": the names in the
// CSV and JSON downloads.
const char* FeeKindName(FeeKind kind);

// One amount of a cell: a cell holds one, or several on separate lines
// (tiers, e.g. "300元/年<br>200元/学期").
struct FeePart {
  FeeKind kind = FeeKind::kExact;
  long long low = 0;   // fen; meaningful for exact, range, floor, free
  long long high = 0;  // fen; meaningful for exact, range, ceiling, free
  std::string unit;    // the unit written in the cell (元/年), or ""
  std::string note;    // the parenthesised note (含消毒费), or ""
  std::string text;    // the part as written, without its note
  bool has_low() const {
    return kind != FeeKind::kCeiling && kind != FeeKind::kUnfixed;
  }
  bool has_high() const {
    return kind != FeeKind::kFloor && kind != FeeKind::kUnfixed;
  }
};

// A 收费标准 as read: its first (usually only) part, and every part when the
// cell holds tiers. low/high keep their old meaning for exact amounts and
// ranges.
struct FeeAmount {
  FeeKind kind = FeeKind::kExact;
  long long low = 0;
  long long high = 0;  // == low unless a range
  std::string unit;
  std::string note;
  std::string text;
  std::vector<FeePart> tiers;  // empty unless the cell holds several parts
  bool is_range() const { return kind == FeeKind::kRange; }

  // Every part: tiers, or the amount itself as one part.
  std::vector<FeePart> Parts() const;
};

// Amount in fen as yuan text: 250 -> "2.5", 300 -> "3", 5 -> "0.05".
std::string FormatYuan(long long fen);

// A line of a 收费标准 cell as shown on the page: as written, with " 元"
// after the amount when the line names no 元, and a range's dash as an en
// dash ("80" -> "80 元", "8-10" -> "8–10 元", "最高100" -> "最高100 元",
// "80（含消毒费）" -> "80 元（含消毒费）"); 免费 and 面议 as written.
std::string AmountDisplay(const std::string& written_line, const FeePart& part);

// An amount as written, shown the same way where it is not parsed (the
// before and after of a changed fee row): a line with no digit as written.
std::string AmountText(const std::string& written);

}  // namespace disclose
