// grammar_fuzz: the grammars of single values, each given the input as a
// value written in the front matter or a table cell would be: dates
// (YYYY-MM-DD and as people write them), amounts in yuan (收费标准, and how
// the page shows each), 文号, telephone numbers (strict, loose and split),
// 索引号 by the sample's layouts, the input read as a layout of 索引号 and
// used, periods, 办结时限, catch-all words, organisation codes, and the
// quoting of values in messages.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/text.h"
#include "config/index_no_layouts.h"
#include "config/org_code.h"
#include "model/amount.h"
#include "model/time_limit.h"
#include "sample_site.h"
#include "validate/grammar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace disclose;
  const fuzz::SampleSite& sample = fuzz::Sample();
  const std::string text = fuzz::Text(data, size);
  // Values reach the grammars from YAML or Markdown, both checked UTF-8.
  if (FindInvalidUtf8(text)) return 0;

  (void)Date::Parse(text);
  if (auto date = Date::ParseWritten(text)) (void)date->ToString();

  AmountResult amount = ParseAmount(text, "收费标准", "");
  if (amount.amount) {
    for (const FeePart& part : amount.amount->Parts()) {
      (void)AmountDisplay(part.text, part);
      (void)FormatYuan(part.low);
      (void)FormatYuan(part.high);
    }
  }

  (void)CheckDocNo(text);
  (void)CheckPhone(text);
  (void)CertainPhone(text);
  for (const std::string& number : SplitPhoneNumbers(text)) {
    (void)CheckPhone(number);
  }

  const std::vector<std::string>& layouts = sample.config.site.index_no_layouts;
  (void)MatchIndexNo(layouts, text);
  if (ParseIndexNoLayout(text).error.empty()) {
    (void)MatchIndexNo(text, "00817381-1/2005-00160");
    (void)FormatIndexNo(text, "00817381-1", Date{2005, 3, 18}, 160);
    (void)MatchIndexNo(std::vector<std::string>{text, layouts[0]}, text);
  }

  (void)CheckPeriod(text);
  (void)ParseTimeLimit(text);
  (void)FindCatchAll(text, {"其他条件", "其他材料", "其他", "等等", "等"});
  if (IsValidOrgCode(text)) (void)CompactOrgCode(text);
  (void)QuoteValue(text);
  (void)TerminalSafe(text);
  (void)AsciiDigits(text);
  return 0;
}
