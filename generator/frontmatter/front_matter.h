// Splits a document's source into its YAML front matter and Markdown body.
#pragma once

#include <string>

#include "base/diagnostic.h"

namespace disclose {

// Removes a UTF-8 byte order mark and turns CRLF and lone CR into LF, so
// that every line number stays the line in the file.
std::string NormalizeSource(std::string text);

struct FrontMatterSplit {
  bool ok = false;
  std::string yaml;     // between the two '---' lines
  int yaml_line = 0;    // line of the first YAML line in the file
  std::string body;     // after the closing '---' line
  int body_line = 0;    // line of the first body line in the file
};

// REQUIRES: text was normalized. The front matter must open on line 1 with
// '---' and close with a line '---'. Problems: D100.
FrontMatterSplit SplitFrontMatter(const std::string& text,
                                  const std::string& path, Diagnostics& diags);

}  // namespace disclose
