// The grammars of single field values: 文号, amounts in yuan, telephone
// numbers and 索引号 layouts. Pure functions, no diagnostics: callers turn
// a failed Check into a message at the right line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace disclose {

struct GrammarError {
  std::string message;  // what is wrong, without the field label
  std::string hint;     // the corrected value or how to fix it; may be empty
};

// 文号: 机关代字〔YYYY〕N号 (GB/T 9704) or 机关代字第N号. Brackets such as
// [2018], (2018), （2018）, 【2018】 and full-width digits are refused with
// the corrected number as the hint.
std::optional<GrammarError> CheckDocNo(const std::string& text);

// 收费标准: a non-negative amount in yuan with at most two decimals, a range
// a-b, or 免费 (0). `unit_label` names the unit column for hints.
struct AmountResult {
  std::optional<FeeAmount> amount;
  std::optional<GrammarError> error;
  std::string code;  // D402 bad amount, D403 empty, D404 面议, D405 has a unit
};
AmountResult ParseAmount(const std::string& text, const std::string& label,
                         const std::string& unit_label);

// A telephone number: 0736-7251234, 0736-7251234-801, 12358, 95598,
// 13812345678, 400-123-4567.
std::optional<GrammarError> CheckPhone(const std::string& text);

// 索引号 by the site's layout, e.g. "{org}/{yyyy}-{nnnnn}".
struct IndexNoParts {
  std::string org;  // as written
  int year = 0;     // 0 when the layout has no year
  int month = 0;    // 0 when the layout has no month
  std::string serial;
};
struct IndexNoMatch {
  std::optional<IndexNoParts> parts;
  std::optional<GrammarError> error;
  std::string layout;  // the layout that matched
};
IndexNoMatch MatchIndexNo(const std::string& layout, const std::string& text);
// By the first of `layouts` that the text follows (Config::IndexNoLayoutsFor).
IndexNoMatch MatchIndexNo(const std::vector<std::string>& layouts,
                          const std::string& text);

// Formats an index_no by layout (for `disclose new`).
std::string FormatIndexNo(const std::string& layout, const std::string& org,
                          const Date& date, int serial);

// A period of assessment: a real month written YYYY-MM (2004-11). Near
// misses (2004-1, 2004年11月, 2004/11, 2004-11-01) get the corrected month
// as the hint.
std::optional<GrammarError> CheckPeriod(const std::string& text);

// The catch-all among `words` that text is or ends with (trailing
// punctuation aside), e.g. "其他条件" in "法律、法规规定的其他条件。", or ""
// when there is none. Longer words are tried first, so 等等 wins over 等; 等
// that ends a word of grade or equality (平等, 同等, 高等 ...) is not a
// catch-all.
std::string FindCatchAll(const std::string& text,
                         const std::vector<std::string>& words);

}  // namespace disclose
