// YamlNode: the project's own view of a YAML document. Every scalar stays the
// text the author wrote (never converted to a number or a boolean), and every
// node knows its line and column in the source file.
#pragma once

#include <string>
#include <vector>

#include "base/said.h"

namespace disclose {

struct YamlEntry;

struct YamlNode {
  enum class Kind { kNull, kScalar, kList, kMap };
  Kind kind = Kind::kNull;
  std::string text;     // kScalar: the scalar as written, unquoted
  bool quoted = false;  // kScalar: written in quotes or as a block scalar
  int line = 0;         // 1-based line in the file
  int column = 0;       // 1-based column in characters
  std::vector<YamlNode> items;     // kList
  std::vector<YamlEntry> entries;  // kMap, in source order

  bool is_null() const { return kind == Kind::kNull; }
  bool is_scalar() const { return kind == Kind::kScalar; }
  bool is_list() const { return kind == Kind::kList; }
  bool is_map() const { return kind == Kind::kMap; }
  // kMap: the entry's value for key, or nullptr.
  const YamlNode* Find(const std::string& key) const;
  // "a text", "a list", "a mapping" or "nothing": for messages.
  const char* KindName() const;
  // The same in both languages (文字, 列表, 映射, 空值).
  Said KindSaid() const;
};

struct YamlEntry {
  std::string key;
  int line = 0;
  int column = 0;
  YamlNode value;
};

}  // namespace disclose
