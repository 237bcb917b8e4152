#include "markdown/gate.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"

// The gate over-approximates cmark-gfm's structure on purpose: it knows
// lines, blank lines, container markers and table delimiter rows, nothing
// else. A "paragraph" here is a run of non-blank lines, which may be
// several blocks to cmark-gfm, so the counts are never lower than the ones
// cmark-gfm works with. Code blocks are counted like text: a fence the gate
// believed in where cmark-gfm does not (inside an HTML block, say) must not
// open a way around it.

namespace disclose {
namespace {

std::string N(uint64_t n) { return std::to_string(n); }

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The container markers that open a line: '>' and list item markers ("- ",
// "* ", "+ ", "1. ", "1) "). Each is one level of nesting, and a list item
// indented by n columns sits about n/2 levels deep.
struct Prefix {
  int depth = 0;
  size_t content = 0;  // where the rest of the line starts
};

Prefix ReadPrefix(std::string_view line) {
  Prefix p;
  int first_marker_column = -1;
  size_t i = 0;
  for (;;) {
    size_t j = i;
    int column = 0;
    while (j < line.size() && IsBlank(line[j])) {
      column += line[j] == '\t' ? 4 : 1;
      ++j;
    }
    const auto ends_marker = [&line](size_t k) {
      return k == line.size() || IsBlank(line[k]);
    };
    size_t next = std::string_view::npos;
    const bool quote = j < line.size() && line[j] == '>';
    const bool bullet = j < line.size() &&
                        (line[j] == '-' || line[j] == '+' || line[j] == '*') &&
                        ends_marker(j + 1);
    if (quote || bullet) {
      next = j + 1;
    } else {
      size_t k = j;
      while (k < line.size() && k - j < 9 && IsDigit(line[k])) ++k;
      if (k > j && k < line.size() && (line[k] == '.' || line[k] == ')') &&
          ends_marker(k + 1)) {
        next = k + 1;
      }
    }
    if (next == std::string_view::npos) {
      p.content = j;
      break;
    }
    if (first_marker_column < 0 && line[j] != '>') {
      first_marker_column = column;
    }
    ++p.depth;
    i = next;
  }
  if (first_marker_column > 0) p.depth += first_marker_column / 2;
  return p;
}

bool IsBlankText(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return IsBlank(c) || c == '\v' || c == '\f';
  });
}

// A table's delimiter row (|---|:--:|) as the table extension would take it
// after a header line; its number of cells, or 0.
size_t DelimiterCells(std::string_view row, std::string_view header) {
  bool dash = false;
  bool pipe = false;
  for (char c : row) {
    if (c == '-') {
      dash = true;
    } else if (c == '|') {
      pipe = true;
    } else if (c != ':' && !IsBlank(c) && c != '\v' && c != '\f') {
      return 0;
    }
  }
  if (!dash || (!pipe && header.find('|') == std::string_view::npos)) {
    return 0;
  }
  size_t b = 0;
  size_t e = row.size();
  while (b < e && IsBlank(row[b])) ++b;
  while (e > b && IsBlank(row[e - 1])) --e;
  std::string_view t = row.substr(b, e - b);
  if (!t.empty() && t.front() == '|') t.remove_prefix(1);
  if (!t.empty() && t.back() == '|') t.remove_suffix(1);
  return static_cast<size_t>(std::count(t.begin(), t.end(), '|')) + 1;
}

bool IsMarkup(char c) {
  return c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '`' ||
         c == '~';
}

// "[label]: address" after at most three blanks.
bool IsReferenceDefinition(std::string_view content) {
  size_t i = 0;
  while (i < content.size() && i < 3 && content[i] == ' ') ++i;
  if (i >= content.size() || content[i] != '[') return false;
  return content.find("]:", i) != std::string_view::npos;
}

// The first excess of each kind: where, what, and the fix.
struct Excess {
  const char* code;
  int line;
  Said message;
  Said hint;
};

class Gate {
 public:
  Gate(const InputLimits& limits, int first_line)
      : limits_(limits), first_line_(first_line) {}

  void Line(std::string_view line, int index) {
    const int file_line = first_line_ + index;
    if (line.size() > size_t(limits_.line_bytes) && !long_line_) {
      long_line_ = Excess{
          kTooLarge, file_line,
          Said{"this line is " + N(line.size()) + " bytes long; the limit is " +
                   N(limits_.line_bytes) + " (limits.line_bytes)",
               "此行长 " + N(line.size()) + " 字节，超过上限 " +
                   N(limits_.line_bytes) + " 字节（limits.line_bytes）"},
          Said{"break it into shorter lines (a single line break does not "
               "start a new paragraph)",
               "把它分成较短的几行（单个换行不会另起一段）"}};
    }
    const Prefix prefix = ReadPrefix(line);
    if (prefix.depth > limits_.nesting && !nesting_) {
      nesting_ = Excess{
          kMarkdownShape, file_line,
          Said{"block quotes and lists are nested " + N(prefix.depth) +
                   " deep here; the limit is " + N(limits_.nesting) +
                   " (limits.nesting)",
               "此处引用和列表嵌套了 " + N(prefix.depth) + " 层，超过上限 " +
                   N(limits_.nesting) + " 层（limits.nesting）"},
          Said{"nest fewer quotes and lists", "减少引用和列表的嵌套层数"}};
    }
    const std::string_view content = line.substr(prefix.content);
    if (IsBlankText(content)) {
      EndParagraph();
      return;
    }
    if (paragraph_line_ == 0) paragraph_line_ = file_line;
    if (table_line_ != 0) {
      ++table_rows_;
    } else if (!previous_.empty()) {
      const size_t columns = DelimiterCells(content, previous_);
      if (columns > 0) {
        table_line_ = file_line - 1;
        table_columns_ = columns;
        table_rows_ = 0;
      }
    }
    for (char c : content) {
      if (IsMarkup(c)) ++markup_;
      if (c == '[') ++links_;
    }
    if (IsReferenceDefinition(content)) ++references_;
    if (links_ > uint64_t(limits_.links) && !links_excess_) {
      links_excess_ = Excess{
          kMarkdownShape, file_line,
          Said{"the body has more than " + N(limits_.links) +
                   " '[' (links, images and references) by this line; the "
                   "limit is " +
                   N(limits_.links) + " (limits.links)",
               "到此行为止，正文中的“[”（链接、图片和引用）已超过上限 " +
                   N(limits_.links) + " 个（limits.links）"},
          Said{"split the document into several", "把文件拆成几个"}};
    }
    if (references_ > uint64_t(limits_.link_references) &&
        !references_excess_) {
      references_excess_ = Excess{
          kMarkdownShape, file_line,
          Said{"the body defines more than " + N(limits_.link_references) +
                   " link references ([label]: address) by this line; the "
                   "limit is " +
                   N(limits_.link_references) + " (limits.link_references)",
               "到此行为止，正文定义的链接引用（[标签]: 地址）已超过上限 " +
                   N(limits_.link_references) +
                   " 个（limits.link_references）"},
          Said{"write the addresses in the links themselves",
               "把地址直接写在链接里"}};
    }
    previous_ = content;
  }

  void EndParagraph() {
    if (markup_ > uint64_t(limits_.paragraph_markup) && !markup_excess_) {
      markup_excess_ = Excess{
          kMarkdownShape, paragraph_line_,
          Said{"the paragraph starting here has " + N(markup_) +
                   " markup characters (* _ [ ] < ` ~); the limit is " +
                   N(limits_.paragraph_markup) + " (limits.paragraph_markup)",
               "从此行开始的段落有 " + N(markup_) +
                   " 个标记符号（* _ [ ] < ` ~），超过上限 " +
                   N(limits_.paragraph_markup) +
                   " 个（limits.paragraph_markup）"},
          Said{"split it into paragraphs with blank lines",
               "用空行把它分成几段"}};
    }
    EndTable();
    markup_ = 0;
    paragraph_line_ = 0;
    previous_ = {};
  }

  std::vector<Excess> Take() {
    EndParagraph();
    std::vector<Excess> out;
    for (auto* e : {&long_line_, &nesting_, &table_excess_, &markup_excess_,
                    &links_excess_, &references_excess_}) {
      if (*e) out.push_back(std::move(**e));
    }
    std::stable_sort(
        out.begin(), out.end(),
        [](const Excess& a, const Excess& b) { return a.line < b.line; });
    return out;
  }

 private:
  void EndTable() {
    if (table_line_ == 0) return;
    const uint64_t rows = std::max<uint64_t>(table_rows_, 1);
    const uint64_t cells = table_columns_ * rows;
    const Said split{"split it into several tables", "把它拆成几个表格"};
    if (!table_excess_ && table_columns_ > uint64_t(limits_.table_columns)) {
      table_excess_ = Excess{
          kMarkdownShape, table_line_,
          Said{"the table has " + N(table_columns_) +
                   " columns; the limit is " + N(limits_.table_columns) +
                   " (limits.table_columns)",
               "表格有 " + N(table_columns_) + " 列，超过上限 " +
                   N(limits_.table_columns) + " 列（limits.table_columns）"},
          split};
    } else if (!table_excess_ && cells > uint64_t(limits_.table_cells)) {
      table_excess_ =
          Excess{kMarkdownShape, table_line_,
                 Said{"the table has " + N(table_columns_) + " columns and " +
                          N(table_rows_) + " rows, " + N(cells) +
                          " cells; the limit is " + N(limits_.table_cells) +
                          " (limits.table_cells)",
                      "表格有 " + N(table_columns_) + " 列、" + N(table_rows_) +
                          " 行，共 " + N(cells) + " 个单元格，超过上限 " +
                          N(limits_.table_cells) + " 个（limits.table_cells）"},
                 split};
    }
    table_line_ = 0;
  }

  const InputLimits& limits_;
  const int first_line_;
  std::optional<Excess> long_line_, nesting_, table_excess_, markup_excess_,
      links_excess_, references_excess_;
  int paragraph_line_ = 0;
  uint64_t markup_ = 0;
  uint64_t links_ = 0;
  uint64_t references_ = 0;
  std::string_view previous_;  // the paragraph's last line, without prefix
  int table_line_ = 0;         // of the header row; 0: not in a table
  uint64_t table_columns_ = 0;
  uint64_t table_rows_ = 0;
};

}  // namespace

bool CheckMarkdownShape(std::string_view body, int first_line,
                        const InputLimits& limits, const std::string& path,
                        Diagnostics& diags) {
  Gate gate(limits, first_line);
  // Lines end at \n, \r\n or a lone \r, as cmark-gfm ends them.
  size_t start = 0;
  int index = 0;
  while (start < body.size()) {
    size_t end = body.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = body.size();
    gate.Line(body.substr(start, end - start), index++);
    if (end < body.size() && body[end] == '\r' && end + 1 < body.size() &&
        body[end + 1] == '\n') {
      ++end;
    }
    start = end + 1;
  }
  const std::vector<Excess> found = gate.Take();
  for (const Excess& e : found) {
    diags.Error(e.code, path, e.line, 1, e.message, e.hint);
  }
  return found.empty();
}

RenderBudget BudgetOf(const InputLimits& limits) {
  RenderBudget b;
  b.max_bytes = size_t(limits.render_mib) * 1024 * 1024;
  b.max_time = std::chrono::milliseconds(limits.render_ms);
  b.output_ratio = size_t(limits.output_ratio);
  return b;
}

std::string RenderCheckedBody(const std::string& body,
                              const InputLimits& limits) {
  Diagnostics ignored;
  if (CheckMarkdownShape(body, 1, limits, "", ignored)) {
    MarkdownResult r = RenderMarkdown(body, 1, {}, BudgetOf(limits));
    if (r.stop == RenderStop::kNone) return std::move(r.html);
  }
  return "<pre class=\"source\">" + HtmlEscape(body) + "</pre>\n";
}

}  // namespace disclose
