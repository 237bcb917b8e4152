// The bounds on what staff input may ask of the libraries that read it
// (site.yaml `limits:`; README "Limits"). Every one exists because a
// document within it is read in well under a second, and one beyond it
// could make cmark-gfm or yaml-cpp run for minutes or exhaust memory
// (docs/threat-model.md says which bound stops which input).
#pragma once

#include <cstddef>

namespace disclose {

// A document larger than this is refused by its size in the folder listing
// and never opened, whatever `limits.document_kib` says.
inline constexpr int kMaxDocumentKib = 16 * 1024;

struct InputLimits {
  int document_kib = 2048;     // a document's file (D105); <= kMaxDocumentKib
  int front_matter_kib = 256;  // the YAML between the --- lines (D105)
  // Lists and mappings in the front matter; block quotes and lists in the
  // body (D105, D112).
  int nesting = 32;
  int line_bytes = 16 * 1024;  // one line of the body (D105)
  int table_columns = 64;      // one table (D112)
  int table_cells = 20000;     // columns x rows of one table (D112)
  // * _ [ ] < ` ~ in one paragraph or table: the characters whose runs
  // cmark-gfm matches against each other (D112).
  int paragraph_markup = 5000;
  int links = 10000;           // '[' in one body (D112)
  int link_references = 1000;  // "[label]: address" definitions (D112)
  // The last line of defence, for whatever the checks above let through
  // (D114): one rendering of a body may take this long and this much
  // memory, and its HTML may be at most output_ratio times the body's size
  // (plus 64 KiB).
  int render_ms = 1000;
  int render_mib = 256;
  int output_ratio = 50;

  size_t document_bytes() const { return size_t(document_kib) * 1024; }
  size_t front_matter_bytes() const { return size_t(front_matter_kib) * 1024; }
};

}  // namespace disclose
