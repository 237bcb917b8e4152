#include "markdown/cell_edit.h"

#include <cmark-gfm-core-extensions.h>

#include <cstdint>
#include <cstring>

#include "markdown/cmark_handles.h"

namespace disclose {

namespace {

constexpr std::string_view kOmitted = "<!-- raw HTML omitted -->";

bool InCell(cmark_node* node) {
  for (cmark_node* p = cmark_node_parent(node); p != nullptr;
       p = cmark_node_parent(p)) {
    const char* type = cmark_node_get_type_string(p);
    if (type != nullptr && std::strcmp(type, "table_cell") == 0) return true;
  }
  return false;
}

}  // namespace

bool IsBreakTag(const char* literal) {
  if (literal == nullptr) return false;
  const std::string_view tag(literal);
  return tag == "<br>" || tag == "<br/>" || tag == "<br />";
}

void SetCellText(cmark_node* cell, const std::string& text, cmark_mem* mem) {
  while (cmark_node* child = cmark_node_first_child(cell)) {
    cmark_node_unlink(child);
    CmarkNodePtr owned(child);
  }
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    cmark_node* t = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem);
    cmark_node_set_literal(t, line.c_str());
    if (!cmark_node_append_child(cell, t)) CmarkNodePtr owned(t);
    if (end == std::string::npos) break;
    cmark_node* br = cmark_node_new_with_mem(CMARK_NODE_HTML_INLINE, mem);
    cmark_node_set_literal(br, "<br>");
    if (!cmark_node_append_child(cell, br)) CmarkNodePtr owned(br);
    start = end + 1;
  }
}

std::vector<bool> CellBreakFlags(cmark_node* document) {
  std::vector<bool> flags;
  CmarkIterPtr iter(cmark_iter_new(document));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_INLINE) {
      flags.push_back(IsBreakTag(cmark_node_get_literal(node)) && InCell(node));
    } else if (type == CMARK_NODE_HTML_BLOCK) {
      flags.push_back(false);
    }
  }
  return flags;
}

std::string RestoreCellBreaks(std::string_view html,
                              const std::vector<bool>& flags) {
  std::string out;
  out.reserve(html.size());
  size_t index = 0;
  size_t i = 0;
  while (true) {
    const size_t at = html.find(kOmitted, i);
    if (at == std::string_view::npos) break;
    out.append(html.substr(i, at - i));
    const bool is_break = index < flags.size() && flags[index];
    out.append(is_break ? std::string_view("<br>") : kOmitted);
    ++index;
    i = at + kOmitted.size();
  }
  out.append(html.substr(i));
  return out;
}

void AlignColumnRight(cmark_node* table, size_t column) {
  const uint16_t columns = cmark_gfm_extensions_get_table_columns(table);
  const uint8_t* now = cmark_gfm_extensions_get_table_alignments(table);
  if (now == nullptr || column >= columns || now[column] != 0) return;
  std::vector<uint8_t> aligned(now, now + columns);
  aligned[column] = 'r';
  cmark_gfm_extensions_set_table_alignments(table, columns, aligned.data());
}

}  // namespace disclose
