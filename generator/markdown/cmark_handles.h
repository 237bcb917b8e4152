// Owners for cmark-gfm handles. Include only from markdown/.
#pragma once

#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>

namespace disclose {

struct CmarkParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct CmarkNodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct CmarkIterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
struct CmarkStringDeleter {
  void operator()(char* s) const { std::free(s); }
};

using CmarkParserPtr = std::unique_ptr<cmark_parser, CmarkParserDeleter>;
using CmarkNodePtr = std::unique_ptr<cmark_node, CmarkNodeDeleter>;
using CmarkIterPtr = std::unique_ptr<cmark_iter, CmarkIterDeleter>;
using CmarkStringPtr = std::unique_ptr<char, CmarkStringDeleter>;

}  // namespace disclose
