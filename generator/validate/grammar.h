// The grammars of single field values: 文号, amounts in yuan, telephone
// numbers and 索引号 layouts. Pure functions, no diagnostics: callers turn
// a failed Check into a message at the right line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/said.h"
#include "model/document.h"

namespace disclose {

// A value the author wrote, quoted for a message ("value" in English,
// “value” in Chinese) with each control or invisible character shown as
// <U+XXXX>, so that what makes the value wrong can be seen.
Said QuoteValue(const std::string& text);

struct GrammarError {
  Said message;  // what is wrong, without the field label
  Said hint;     // the corrected value or how to fix it; may be empty
  // The value in standard form when the problem is only how it is written
  // (the fix is certain): a warning, not an error. Empty otherwise.
  std::string fixed;
};

// 文号: 机关代字〔YYYY〕N号 (GB/T 9704), 机关代字第N号, or a bare order
// number 第N号 (how 令 are numbered). Brackets such as [2018], (2018),
// （2018）, 【2018】, full-width digits, spaces and a number padded with
// zeros are errors whose `fixed` is the standard form (callers warn).
std::optional<GrammarError> CheckDocNo(const std::string& text);

// 收费标准: one amount per line of the cell (several lines are tiers). A
// line is an amount in yuan with at most two decimals (80, 80元), a range
// (8-10, 8～10, 8至10, 8—10), a ceiling (最高100, 不超过100, 不高于100), a
// floor (不低于5, 最低5), 免费 or 免收 or 不收费 (0), or not fixed (面议, 协商,
// 市场调节价); each amount may carry its unit (10000元/年) and a note in
// parentheses (80（含消毒费）), and a line may start with a label and a colon
// (城镇：300), which joins the note. Full-width digits, thousands separators
// and 元角分 or 万元 are read, and each such line gets a fix to its plain
// spelling. `unit_label` is unused (kept for callers).
struct AmountFix {
  std::string code;  // D407 spelling, D408 not in yuan
  Said message;      // what is cosmetic, with the label
  std::string from;  // the line as written
  std::string to;    // its plain spelling
};
struct AmountResult {
  std::optional<FeeAmount> amount;
  std::optional<GrammarError> error;
  std::string code;              // D402 bad amount, D403 empty
  std::vector<AmountFix> fixes;  // with an amount: cosmetic problems
};
AmountResult ParseAmount(const std::string& text, const std::string& label,
                         const std::string& unit_label);

// A telephone number: 0736-7251234, 0736-7251234-801 (or 转801), 0730-12345 (a
// five- or six-digit local number behind an area code, as small counties
// and the 12345 hotlines have), 12358, 95598, 13812345678, 400-123-4567.
std::optional<GrammarError> CheckPhone(const std::string& text);

// A web address for a `url` field: http:// or https://, a host with a dot
// (letters, digits, '-', or characters beyond ASCII), an optional port, and
// no spaces, quotes or angle brackets; at most 2,000 bytes. Every other
// scheme (javascript:, data:, file:, ftp:) is refused.
std::optional<GrammarError> CheckWebAddress(const std::string& text);

// A number in a loose form whose usual form is certain — (0736)7251234,
// （0736）7251234, 0736 7251234, 07367251234, full-width digits — in that
// form (0736-7251234); nullopt for anything else.
std::optional<std::string> CertainPhone(const std::string& text);

// The numbers of a field that holds several, separated by 、 ， , ； ; / or
// ／ (each trimmed; empty pieces dropped). One number gives itself.
std::vector<std::string> SplitPhoneNumbers(const std::string& text);

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
