// Parses YAML text into a YamlNode (the yaml-cpp adapter). Every trap of YAML
// is closed here: duplicate keys, anchors, aliases, tags, a second document
// and nesting beyond a fixed bound are errors, reported with the line in the
// file the YAML came from.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

struct YamlLimits {
  size_t max_bytes = 256 * 1024;  // larger input is refused unparsed
  int max_depth = 32;             // nesting of lists and mappings
};

struct YamlParseResult {
  YamlNode root;  // kNull when the text is empty or could not be parsed
  bool ok = false;
};

// REQUIRES: text is valid UTF-8 with '\n' line ends.
// first_line: the line in `path` on which `text` starts (1-based).
// Problems are appended to diags with codes D101..D107.
YamlParseResult ParseYaml(const std::string& text, const std::string& path,
                          int first_line, Diagnostics& diags,
                          const YamlLimits& limits = YamlLimits());

}  // namespace disclose

namespace disclose {

// Parses a whole YAML file (configuration): normalizes line ends, checks
// UTF-8 (D107), then parses as above from line 1.
YamlParseResult ParseYamlFile(const std::string& path, const std::string& raw,
                              Diagnostics& diags);

}  // namespace disclose
