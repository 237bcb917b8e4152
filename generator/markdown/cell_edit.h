// Line breaks in table cells, for markdown.cc. A cell is one source line,
// so authors write <br> for a break; cmark-gfm keeps it as raw HTML, which
// the safe renderer omits (`<!-- raw HTML omitted -->`) and a table cell
// cannot hold a line break node. So the breaks stay raw HTML nodes in the
// tree, and the rendered omissions that stand for them become <br>.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <vector>

namespace disclose {

// Whether an inline HTML literal is a line break tag: exactly <br>, <br/>
// or <br /> (any other raw HTML stays omitted).
bool IsBreakTag(const char* literal);

// Replaces a cell's content by text, each '\n' a line break. mem must be
// the allocator of the cell's tree: cmark-gfm joins only nodes of one.
void SetCellText(cmark_node* cell, const std::string& text, cmark_mem* mem);

// Aligns a column of a table right, unless its delimiter row chose an
// alignment.
void AlignColumnRight(cmark_node* table, size_t column);

// For each raw HTML node of the tree, in document order (the order of the
// renderer's omissions): whether it is a line break in a table cell.
std::vector<bool> CellBreakFlags(cmark_node* document);

// The renderer's HTML with the omissions flagged in `flags` turned into
// <br>. Every '<' of the renderer's output starts a tag it wrote, so an
// omission comment is never text.
std::string RestoreCellBreaks(std::string_view html,
                              const std::vector<bool>& flags);

}  // namespace disclose
