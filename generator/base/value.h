// Value: a small tree of strings, booleans, lists and maps. It is the data
// the templates render and the structure written as JSON. Map keys keep
// insertion order, so JSON output is deterministic.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace disclose {

class Value {
 public:
  enum class Kind { kNull, kBool, kNumber, kString, kList, kMap };
  using Entry = std::pair<std::string, Value>;

  Value() = default;
  Value(bool b) : kind_(Kind::kBool), bool_(b) {}  // NOLINT: implicit
  Value(std::string s)                             // NOLINT: implicit
      : kind_(Kind::kString), string_(std::move(s)) {}
  Value(const char* s) : kind_(Kind::kString), string_(s) {}  // NOLINT
  static Value Number(long long n);
  static Value List() { return Value(Kind::kList); }
  static Value Map() { return Value(Kind::kMap); }

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool as_bool() const { return bool_; }
  long long as_number() const { return number_; }
  // For strings the text; for numbers their decimal form.
  const std::string& as_string() const { return string_; }
  const std::vector<Value>& list() const { return list_; }
  const std::vector<Entry>& map() const { return map_; }

  // List: appends and returns the new element.
  Value& Push(Value v);
  // Map: sets key (replacing an existing entry) and returns the value.
  Value& Set(const std::string& key, Value v);
  // Map: the value at key, or nullptr.
  const Value* Find(const std::string& key) const;

  // Compact JSON with no insignificant white space; non-ASCII kept as UTF-8.
  std::string ToJson() const;
  // Indented JSON (two spaces), for files people read.
  std::string ToPrettyJson() const;

 private:
  explicit Value(Kind k) : kind_(k) {}
  void WriteJson(std::string& out, int indent, int depth) const;

  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  long long number_ = 0;
  std::string string_;
  std::vector<Value> list_;
  std::vector<Entry> map_;
};

// Escapes a string for a JSON string literal (without the quotes). Every
// control character (C0, DEL and C1) is written as \u00XX, so the JSON
// shows none of them raw; so are < > & (for <script> blocks).
std::string JsonEscape(const std::string& s);

}  // namespace disclose
