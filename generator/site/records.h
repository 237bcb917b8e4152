// records: the window assessments (考核通报) as citizens read them. Each
// assessment names, for one month, the departments whose service windows
// were rated 红旗窗口 (red flag), 先进窗口 (advanced) or 考核分值末位
// (lowest score, in order). From every listed assessment this builds:
//   - a ranking page per period at /<section>/<YYYY-MM>/,
//   - each department's record over time (a table and the data of an
//     inline SVG chart) for its page /departments/<id>/,
//   - an overview of every rated window, month after month, for the list
//     page of the section that holds the assessments.
// Page data only: the site renders it with the theme's templates.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/value.h"
#include "config/config.h"
#include "model/document.h"
#include "site/page.h"

namespace disclose {

// A ranking page, for the site to render like any other (site/page.h).
using RecordPage = Page;

struct WindowRecords {
  std::vector<RecordPage> pages;  // one ranking page per period, in order
  // By department page URL ("/departments/<id>/"): that department's record.
  // Every department has one when the site holds any assessment.
  std::map<std::string, Value> by_department;
  // By section URL ("/assessments/"): the periods and the overview of every
  // rated window, for the section's list page.
  std::map<std::string, Value> by_section;
};

// The address of doc's ranking page, or "" when doc gets none: its type's
// schema must have the window-assessment role, it has a 考核期 (period),
// and it is neither withdrawn nor repealed.
std::string RankingUrl(const Config& config, const Document& doc);

// REQUIRES: docs passed validation. strings: the theme's interface strings
// (a map). Links in the result carry the site's base path. Deterministic.
WindowRecords BuildWindowRecords(const Config& config,
                                 const std::vector<const Document*>& docs,
                                 const Value& strings);

}  // namespace disclose
