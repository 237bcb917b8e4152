// Renders a document body with cmark-gfm (the only file that includes it is
// markdown.cc) and reads its tables from the syntax tree.
//
// Safety: raw HTML is never emitted (the unsafe option is never passed;
// the tagfilter extension is attached), and javascript:/vbscript:/data: link
// targets lose their href. The extensions are table, autolink and
// strikethrough.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace disclose {

// `column` points at the cell's first non-blank character, or just after
// the pipe for an empty cell. A cell the row lacks (cmark-gfm fills short
// rows with empty cells) points just past the end of the row's line; cells
// beyond the header's count are dropped, as cmark-gfm drops them.
struct MarkdownCell {
  // The cell's text content, inline markup removed, trimmed; a <br> (or
  // <br/>, <br />) in the cell is a '\n' here and a line break in the HTML.
  std::string text;
  int line = 0;    // 1-based line in the file
  int column = 0;  // 1-based column in characters in the file
};

struct MarkdownTable {
  int line = 0;         // line of the header row in the file
  std::string caption;  // text of the nearest heading above, or ""
  std::vector<MarkdownCell> header;
  std::vector<std::vector<MarkdownCell>> rows;  // body rows, in order
};

// Why a rendering was stopped (RenderBudget), if it was.
enum class RenderStop {
  kNone,
  kTime,    // it took longer than max_time
  kMemory,  // cmark-gfm needed more than max_bytes at once
  kOutput,  // the HTML came out larger than output_ratio allows
};

// The last line of defence behind the input gate (markdown/gate.h).
struct RenderBudget {
  size_t max_bytes = size_t{256} * 1024 * 1024;
  std::chrono::milliseconds max_time{1000};
  // The HTML may be at most this many times the body's size, plus 64 KiB.
  size_t output_ratio = 50;
};

struct MarkdownResult {
  // HTML of the body. The page title is the <h1>, so when the body uses
  // level-1 headings every heading moves one level down (# becomes <h2>);
  // a body whose top level is ## keeps its levels. Every <th> carries
  // scope="col", and every table is wrapped in <div class="table-scroll"
  // tabindex="0" role="region" aria-label="..."> so wide tables scroll on small
  // screens.
  std::string html;
  std::vector<MarkdownTable> tables;  // in document order
  std::string plain_text;             // the body's text, for search
  // Not kNone when the budget ran out: then html, tables and plain_text
  // are empty.
  RenderStop stop = RenderStop::kNone;
};

// A body cell of a table: (table, body row, column), each 0-based.
using CellKey = std::tuple<size_t, size_t, size_t>;
// Text shown in the HTML instead of a cell's own ('\n' a line break), e.g.
// an amount with its 元; the tables read are not affected.
using CellTexts = std::map<CellKey, std::string>;

// REQUIRES: body is valid UTF-8 with '\n' line ends. first_line is the line
// in the file on which body starts, so that table lines are file lines.
// The body should have passed CheckMarkdownShape (markdown/gate.h); the
// budget bounds the time and memory the rendering may take in any case.
MarkdownResult RenderMarkdown(const std::string& body, int first_line,
                              const CellTexts& cell_texts = {},
                              const RenderBudget& budget = {});

}  // namespace disclose
