// The input gate in front of cmark-gfm: one linear pass over a document's
// body that refuses the shapes Debian 12's cmark-gfm (0.29.0.gfm.6) reads in
// quadratic or worse time, before it sees them. Measured on that library
// (docs/threat-model.md has the table): a table with 4,000 columns and
// 4,000 one-cell rows takes minutes and gigabytes; `![[]()`, `<![CDATA[`
// or `*a ` repeated tens of thousands of times in one paragraph, lists or
// block quotes nested thousands deep, and single lines of megabytes take
// seconds to minutes. Each bound is a setting (base/limits.h).
//
// What the gate cannot foresee, RenderMarkdown's budget stops (time,
// memory and output size; markdown/markdown.h).
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/limits.h"
#include "markdown/markdown.h"

namespace disclose {

// True when the body is within the limits. Otherwise false, with one
// diagnostic per kind of excess (the first place it occurs): D105 for a
// line longer than limits.line_bytes, D112 for a table too wide or too
// large, nesting too deep, too much markup in one paragraph, too many
// links or link reference definitions. first_line is the body's first line
// in the file, so that diagnostics carry file lines.
bool CheckMarkdownShape(std::string_view body, int first_line,
                        const InputLimits& limits, const std::string& path,
                        Diagnostics& diags);

// The rendering budget the limits set (limits.render_ms, render_mib,
// output_ratio).
RenderBudget BudgetOf(const InputLimits& limits);

// The body's HTML when it passes the gate and renders within the budget;
// otherwise its text, escaped, in a <pre class="source">: for pages that
// show a body that was checked when it was published (earlier versions),
// so that nothing of it is lost whatever the limits are now.
std::string RenderCheckedBody(const std::string& body,
                              const InputLimits& limits);

}  // namespace disclose
