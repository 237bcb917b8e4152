// Parses YAML text into a YamlNode (the yaml-cpp adapter). Every trap of YAML
// is closed here: duplicate keys, anchors, aliases, tags, a second document
// and nesting beyond a fixed bound are errors, reported with the line in the
// file the YAML came from. No control character gets through: one written
// in the text, or one that an escape writes into a value or a key.
#pragma once

#include <functional>
#include <string>

#include "base/diagnostic.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

struct YamlLimits {
  size_t max_bytes = size_t{256} * 1024;  // larger input is refused unparsed
  int max_depth = 32;                     // nesting of lists and mappings
};

struct YamlParseResult {
  YamlNode root;  // kNull when the text is empty or could not be parsed
  bool ok = false;
};

// The name of a field in messages, from the parsed root and the field's
// key path ("title", "keywords[2]", "legal_basis[1].doc_no"). Without one,
// the key path itself is the name.
using YamlFieldNamer = std::function<std::string(const YamlNode& root,
                                                 const std::string& keypath)>;

// REQUIRES: text is valid UTF-8 with '\n' line ends (a lone '\r' is
// reported as a control character).
// first_line: the line in `path` on which `text` starts (1-based).
// Problems are appended to diags with codes D101..D107 and D109: a control
// character written in the text is reported at its line and column (and read
// as U+FFFD); one that an escape writes ("\e", "\0", "\x85") at the scalar,
// naming the field with name_field, e.g. "标题 (title) contains the control
// character U+001B (escape) at character 3". The tree is still built.
YamlParseResult ParseYaml(const std::string& text, const std::string& path,
                          int first_line, Diagnostics& diags,
                          const YamlLimits& limits = YamlLimits(),
                          const YamlFieldNamer& name_field = nullptr);

}  // namespace disclose

namespace disclose {

// Parses a whole YAML file (configuration): normalizes line ends, checks
// UTF-8 (D107), then parses as above from line 1.
YamlParseResult ParseYamlFile(const std::string& path, const std::string& raw,
                              Diagnostics& diags);

}  // namespace disclose
