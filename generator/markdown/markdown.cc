#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstddef>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text.h"
#include "markdown/budget.h"
#include "markdown/cell_edit.h"
#include "markdown/cmark_handles.h"
#include "markdown/url_scheme.h"

// Notes on cmark-gfm 0.29.0.gfm.6 (Debian 12), found by experiment:
//
// - The header row of a table is a node whose type string is "table_header";
//   body rows are "table_row" and cells "table_cell". (Later releases make the
//   header a "table_row" with cmark_gfm_extensions_get_table_row_is_header();
//   both forms are accepted here.)
// - Table source positions are unreliable. When the header row follows other
//   paragraph lines, the table and its header row report the paragraph's
//   first line, and the header cells' columns are offsets into the whole
//   paragraph. Body cells' columns are byte offsets measured from the
//   table's own start column, so they are wrong when rows are indented
//   differently, and they include the blanks after a pipe. Autocompleted
//   cells report column 0. Only the body rows' start lines and the table's
//   end line are right.
//   So the lines of the header row are derived from those, and the columns
//   of all cells are computed here from the source line, splitting it the
//   way the table extension does (row_from_string in extensions/table.c).
// - Pipes split cells even inside backtick code spans (as the GFM spec
//   says); a pipe preceded by a backslash never does.

namespace disclose {
namespace {

constexpr const char* kExtensions[] = {"table", "autolink", "strikethrough",
                                       "tagfilter"};
constexpr char kDefaultCaption[] = "表格";
// RenderBudget::output_ratio allows this much HTML besides its multiple.
constexpr size_t kOutputSlack = size_t{64} * 1024;

void EnsureExtensionsRegistered() {
  // Function-local static: runs once, thread-safely.
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::string TrimAscii(std::string_view s) {
  size_t begin = 0;
  size_t end = s.size();
  while (begin < end && IsAsciiSpace(s[begin])) ++begin;
  while (end > begin && IsAsciiSpace(s[end - 1])) --end;
  return std::string(s.substr(begin, end - begin));
}

enum class TableKind { kNone, kTable, kHeaderRow, kBodyRow, kCell };

TableKind KindOf(cmark_node* node) {
  if ((static_cast<int>(cmark_node_get_type(node)) & CMARK_NODE_TYPE_MASK) !=
      CMARK_NODE_TYPE_BLOCK) {
    return TableKind::kNone;
  }
  const char* type = cmark_node_get_type_string(node);
  if (type == nullptr) return TableKind::kNone;
  const std::string_view t(type);
  if (t == "table") return TableKind::kTable;
  if (t == "table_header") return TableKind::kHeaderRow;
  if (t == "table_row") {
    return cmark_gfm_extensions_get_table_row_is_header(node) != 0
               ? TableKind::kHeaderRow
               : TableKind::kBodyRow;
  }
  if (t == "table_cell") return TableKind::kCell;
  return TableKind::kNone;
}

bool IsLeafBlock(cmark_node_type type) {
  return type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK ||
         type == CMARK_NODE_THEMATIC_BREAK;
}

// Appends a separator unless the text is empty or already ends in one; a
// newline wins over a space.
void Separate(std::string* out, char sep) {
  if (out->empty() || out->back() == '\n') return;
  if (out->back() == ' ') {
    out->back() = sep;
    return;
  }
  out->push_back(sep);
}

std::vector<std::string_view> SplitLines(std::string_view body) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= body.size()) {
    size_t nl = body.find('\n', start);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view line = body.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = nl + 1;
  }
  return lines;
}

// Trims a cell's text and the spaces around each line break in it.
std::string TrimLines(std::string_view s) {
  std::string out;
  for (const std::string_view line : SplitLines(s)) {
    if (!out.empty()) out += '\n';
    out += TrimAscii(line);
  }
  return TrimAscii(out);
}

// A block quote or list item enclosing a table: its line prefixes come
// before the row text.
struct Container {
  bool is_item = false;
  int start_line = 0;  // relative to the body
};

size_t SkipBlanks(std::string_view line, size_t i) {
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

// Byte offset where the row text starts in a source line: after the
// prefixes of the enclosing containers and any indentation.
size_t RowStart(std::string_view line, int line_number,
                const std::vector<Container>& containers) {
  size_t i = 0;
  for (const Container& c : containers) {
    i = SkipBlanks(line, i);
    if (!c.is_item) {
      // '>' is optional: the header row may be a lazy continuation line.
      if (i < line.size() && line[i] == '>') ++i;
    } else if (line_number == c.start_line && i < line.size()) {
      // The list marker, on the item's first line only.
      if (line[i] == '-' || line[i] == '+' || line[i] == '*') {
        ++i;
      } else {
        size_t j = i;
        while (j < line.size() && j - i < 9 && line[j] >= '0' &&
               line[j] <= '9') {
          ++j;
        }
        if (j > i && j < line.size() && (line[j] == '.' || line[j] == ')')) {
          i = j + 1;
        }
      }
    }
  }
  return SkipBlanks(line, i);
}

// Byte offsets of the cells of a table row in `line`, the row text
// starting at `start`: the first non-blank byte of each cell, or the byte
// after the pipe for an empty cell. Mirrors row_from_string in cmark-gfm's
// table extension: cells end at pipes not preceded by a backslash, and the
// blanks after a pipe belong to no cell.
std::vector<size_t> CellOffsets(std::string_view line, size_t start) {
  const size_t n = line.size();
  auto is_blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
  };
  auto pipe_len = [&](size_t i) -> size_t {
    if (i >= n || line[i] != '|') return 0;
    size_t j = i + 1;
    while (j < n && is_blank(line[j])) ++j;
    return j - i;
  };
  auto cell_len = [&](size_t i) -> size_t {
    size_t j = i;
    while (j < n) {
      if (line[j] == '\\' && j + 1 < n && line[j + 1] == '|') {
        j += 2;
      } else if (line[j] == '|') {
        break;
      } else {
        ++j;
      }
    }
    return j - i;
  };
  std::vector<size_t> offsets;
  size_t offset = start + pipe_len(start);
  while (offset < n) {
    const size_t cell = cell_len(offset);
    const size_t pipe = pipe_len(offset + cell);
    if (cell == 0 && pipe == 0) break;
    if (cell > 0) {
      offsets.push_back(offset);
    } else {
      size_t after_pipe = offset;
      while (after_pipe > start && line[after_pipe - 1] != '|') --after_pipe;
      offsets.push_back(after_pipe);
    }
    offset += cell + pipe;
    if (pipe == 0) break;
  }
  return offsets;
}

int ColumnOf(std::string_view line, size_t byte) {
  return static_cast<int>(CountChars(line.substr(0, byte))) + 1;
}

// Fills in the line and column of every cell of one row, `rel_line` being
// the row's line relative to the body.
void PlaceRow(const std::vector<std::string_view>& lines, int rel_line,
              int first_line, const std::vector<Container>& containers,
              std::vector<MarkdownCell>* cells) {
  std::string_view line;
  if (rel_line >= 1 && static_cast<size_t>(rel_line) <= lines.size()) {
    line = lines[static_cast<size_t>(rel_line) - 1];
  }
  const std::vector<size_t> offsets =
      CellOffsets(line, RowStart(line, rel_line, containers));
  const int end_column = ColumnOf(line, line.size());
  for (size_t i = 0; i < cells->size(); ++i) {
    MarkdownCell& cell = (*cells)[i];
    cell.line = first_line + rel_line - 1;
    // A cell the row lacks (cmark adds empty ones) points past the row.
    cell.column = i < offsets.size() ? ColumnOf(line, offsets[i]) : end_column;
  }
}

// Adds scope="col" to every <th> and wraps every <table> in a scrolling
// region labelled with its caption. The renderer escapes all text and omits
// raw HTML, so every '<' in its output starts a tag it wrote.
std::string DecorateTables(std::string_view html,
                           const std::vector<MarkdownTable>& tables) {
  std::string out;
  out.reserve(html.size() + tables.size() * 96);
  size_t table_index = 0;
  size_t i = 0;
  while (i < html.size()) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, lt - i));
    const std::string_view rest = html.substr(lt);
    if (StartsWith(rest, "<table>")) {
      std::string caption = kDefaultCaption;
      if (table_index < tables.size() && !tables[table_index].caption.empty()) {
        caption = tables[table_index].caption;
      }
      ++table_index;
      out +=
          "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" "
          "aria-label=\"";
      out += HtmlEscape(caption);
      out += "\">\n<table>";
      i = lt + 7;
    } else if (StartsWith(rest, "</table>")) {
      out += "</table>\n</div>";
      i = lt + 8;
    } else if (StartsWith(rest, "<th>") || StartsWith(rest, "<th ")) {
      out += "<th scope=\"col\"";
      i = lt + 3;
    } else {
      out += '<';
      i = lt + 1;
    }
  }
  return out;
}

// One pass over the tree: shifts headings, disarms links, collects text and
// tables.
class Walker {
 public:
  // shift: how many levels every heading moves down.
  Walker(std::string_view body, int first_line, int shift,
         const CellTexts& cell_texts)
      : lines_(SplitLines(body)),
        first_line_(first_line),
        shift_(shift),
        cell_texts_(cell_texts) {}

  // Gives the cells named in cell_texts their text, and aligns their
  // columns right where the author chose no alignment (amounts are read
  // digit under digit). REQUIRES: Walk is done.
  void EditCells(cmark_mem* mem) {
    for (const auto& [cell, text] : cell_edits_) SetCellText(cell, text, mem);
    for (const auto& [table, column] : right_columns_) {
      AlignColumnRight(table, column);
    }
  }

  void Walk(cmark_node* document) {
    CmarkIterPtr iter(cmark_iter_new(document));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (event == CMARK_EVENT_ENTER) {
        Enter(node);
      } else if (event == CMARK_EVENT_EXIT) {
        Exit(node);
      }
    }
  }

  std::vector<MarkdownTable> TakeTables() { return std::move(tables_); }
  std::string TakePlainText() { return TrimAscii(plain_); }

 private:
  void AddText(std::string_view text) {
    plain_.append(text);
    if (in_top_heading_) heading_text_.append(text);
    if (in_cell_) cell_text_.append(text);
  }

  void Enter(cmark_node* node) {
    const cmark_node_type type = cmark_node_get_type(node);
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: {
        const char* literal = cmark_node_get_literal(node);
        if (literal != nullptr) AddText(literal);
        return;
      }
      case CMARK_NODE_SOFTBREAK:
        AddText(" ");
        return;
      case CMARK_NODE_HTML_INLINE:
        if (in_cell_ && IsBreakTag(cmark_node_get_literal(node))) {
          plain_ += '\n';
          cell_text_ += '\n';
        }
        return;
      case CMARK_NODE_LINEBREAK:
        plain_ += '\n';
        if (in_top_heading_) heading_text_ += ' ';
        if (in_cell_) cell_text_ += ' ';
        return;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        const char* url = cmark_node_get_url(node);
        if (url != nullptr &&
            HasDangerousScheme(url, type == CMARK_NODE_IMAGE)) {
          cmark_node_set_url(node, "");
        }
        return;
      }
      case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(node);
        cmark_node_set_heading_level(node, std::min(6, level + shift_));
        cmark_node* parent = cmark_node_parent(node);
        if (parent != nullptr &&
            cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT) {
          in_top_heading_ = true;
          heading_text_.clear();
        }
        return;
      }
      case CMARK_NODE_CODE_BLOCK: {
        const char* literal = cmark_node_get_literal(node);
        Separate(&plain_, '\n');
        if (literal != nullptr) plain_ += literal;
        Separate(&plain_, '\n');
        return;
      }
      case CMARK_NODE_BLOCK_QUOTE:
        containers_.push_back({false, cmark_node_get_start_line(node)});
        return;
      case CMARK_NODE_ITEM:
        containers_.push_back({true, cmark_node_get_start_line(node)});
        return;
      default:
        break;
    }
    if (IsLeafBlock(type)) {
      Separate(&plain_, '\n');
      return;
    }
    EnterTablePart(node);
  }

  // A table, one of its rows or one of its cells (GFM extension nodes).
  void EnterTablePart(cmark_node* node) {
    switch (KindOf(node)) {
      case TableKind::kTable:
        table_node_ = node;
        tables_.emplace_back();
        tables_.back().caption = caption_;
        table_containers_ = containers_;
        body_row_lines_.clear();
        row_ = &tables_.back().header;
        break;
      case TableKind::kHeaderRow:
        row_ = tables_.empty() ? nullptr : &tables_.back().header;
        break;
      case TableKind::kBodyRow:
        if (!tables_.empty()) {
          tables_.back().rows.emplace_back();
          row_ = &tables_.back().rows.back();
          body_row_lines_.push_back(cmark_node_get_start_line(node));
        }
        break;
      case TableKind::kCell:
        in_cell_ = true;
        cell_text_.clear();
        NoteCellEdit(node);
        break;
      case TableKind::kNone:
        break;
    }
  }

  // A body cell whose shown text cell_texts_ replaces.
  void NoteCellEdit(cmark_node* node) {
    if (tables_.empty() || row_ == nullptr || row_ == &tables_.back().header ||
        cell_texts_.empty()) {
      return;
    }
    const CellKey key{tables_.size() - 1, tables_.back().rows.size() - 1,
                      row_->size()};
    auto it = cell_texts_.find(key);
    if (it == cell_texts_.end()) return;
    cell_edits_.emplace_back(node, it->second);
    if (table_node_ != nullptr) {
      right_columns_.insert({table_node_, std::get<2>(key)});
    }
  }

  void Exit(cmark_node* node) {
    const cmark_node_type type = cmark_node_get_type(node);
    if ((static_cast<int>(type) & CMARK_NODE_TYPE_MASK) !=
        CMARK_NODE_TYPE_BLOCK) {
      return;  // inline containers: emphasis, links and the like
    }
    switch (type) {
      case CMARK_NODE_HEADING:
        if (in_top_heading_) {
          caption_ = TrimAscii(heading_text_);
          in_top_heading_ = false;
        }
        break;
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_ITEM:
        if (!containers_.empty()) containers_.pop_back();
        break;
      default:
        break;
    }
    const TableKind kind = KindOf(node);
    switch (kind) {
      case TableKind::kCell:
        if (in_cell_ && row_ != nullptr) {
          row_->push_back({TrimLines(cell_text_), 0, 0});
        }
        in_cell_ = false;
        Separate(&plain_, ' ');
        return;
      case TableKind::kTable:
        if (!tables_.empty()) {
          PlaceTable(cmark_node_get_end_line(node), &tables_.back());
        }
        row_ = nullptr;
        break;
      default:
        break;
    }
    Separate(&plain_, '\n');
  }

  // The header row is the line before the delimiter row, which is the line
  // before the first body row, or the table's last line if it has none.
  void PlaceTable(int end_line, MarkdownTable* table) {
    const int delimiter_line =
        body_row_lines_.empty() ? end_line : body_row_lines_.front() - 1;
    const int header_line = delimiter_line - 1;
    table->line = first_line_ + header_line - 1;
    PlaceRow(lines_, header_line, first_line_, table_containers_,
             &table->header);
    for (size_t r = 0; r < table->rows.size() && r < body_row_lines_.size();
         ++r) {
      PlaceRow(lines_, body_row_lines_[r], first_line_, table_containers_,
               &table->rows[r]);
    }
  }

  const std::vector<std::string_view> lines_;
  const int first_line_;
  const int shift_;
  const CellTexts& cell_texts_;
  cmark_node* table_node_ = nullptr;  // the table being walked
  std::set<std::pair<cmark_node*, size_t>> right_columns_;
  std::vector<std::pair<cmark_node*, std::string>> cell_edits_;
  std::vector<Container> containers_;
  std::vector<Container> table_containers_;
  std::vector<int> body_row_lines_;  // relative to the body
  std::vector<MarkdownTable> tables_;
  std::vector<MarkdownCell>* row_ = nullptr;  // row receiving cells
  std::string plain_;
  std::string caption_;  // text of the last top-level heading so far
  std::string heading_text_;
  bool in_top_heading_ = false;
  std::string cell_text_;
  bool in_cell_ = false;
};

}  // namespace

MarkdownResult RenderMarkdown(const std::string& body, int first_line,
                              const CellTexts& cell_texts,
                              const RenderBudget& budget) {
  MarkdownResult result;
  EnsureExtensionsRegistered();

  // Every allocation below goes through the arena: when the budget runs
  // out, it frees them all and the parser and tree are abandoned.
  RenderArena arena(budget.max_bytes, budget.max_time);
  const auto stopped = [&arena] {
    MarkdownResult r;
    r.stop = arena.stop();
    return r;
  };
  cmark_parser* parser =
      cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, arena.mem());
  if (parser == nullptr) return stopped();
  for (const char* name : kExtensions) {
    cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
    if (extension != nullptr) {
      cmark_parser_attach_syntax_extension(parser, extension);
    }
  }
  cmark_node* parsed = arena.Parse(parser, body);
  if (parsed == nullptr) return stopped();
  // From here on the parser and the tree are owned, until a stop abandons
  // them.
  CmarkParserPtr parser_owner(parser);
  CmarkNodePtr document(parsed);
  const auto abandon = [&] {
    (void)parser_owner.release();  // freed by the arena
    (void)document.release();
    return stopped();
  };

  // The page title is the only <h1>: the body's top heading level becomes
  // <h2>, and no level is skipped.
  int top_level = 7;
  {
    CmarkIterPtr iter(cmark_iter_new(document.get()));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (event == CMARK_EVENT_ENTER &&
          cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        top_level = std::min(top_level, cmark_node_get_heading_level(node));
      }
    }
  }
  Walker walker(body, first_line, top_level < 2 ? 2 - top_level : 0,
                cell_texts);
  walker.Walk(document.get());
  walker.EditCells(arena.mem());
  const std::vector<bool> breaks = CellBreakFlags(document.get());

  // The extension list belongs to the parser, which outlives this call.
  char* html = arena.Render(document.get(), CMARK_OPT_DEFAULT,
                            cmark_parser_get_syntax_extensions(parser));
  if (html == nullptr) return abandon();
  std::string rendered(html);
  arena.mem()->free(html);
  if (rendered.size() > budget.output_ratio * body.size() + kOutputSlack) {
    MarkdownResult r;
    r.stop = RenderStop::kOutput;
    return r;
  }
  result.tables = walker.TakeTables();
  result.plain_text = walker.TakePlainText();
  result.html =
      DecorateTables(RestoreCellBreaks(rendered, breaks), result.tables);
  return result;
}

}  // namespace disclose
