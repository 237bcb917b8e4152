#include "base/value.h"

namespace disclose {

Value Value::Number(long long n) {
  Value v(Kind::kNumber);
  v.number_ = n;
  v.string_ = std::to_string(n);
  return v;
}

Value& Value::Push(Value v) {
  list_.push_back(std::move(v));
  return list_.back();
}

Value& Value::Set(const std::string& key, Value v) {
  for (auto& [k, existing] : map_) {
    if (k == key) {
      existing = std::move(v);
      return existing;
    }
  }
  map_.emplace_back(key, std::move(v));
  return map_.back().second;
}

const Value* Value::Find(const std::string& key) const {
  for (const auto& [k, v] : map_) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::string JsonEscape(const std::string& s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() + 2);
  auto escape = [&](unsigned c) {
    out += "\\u00";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '<':
        out += "\\u003c";
        break;  // safe inside <script> blocks too
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          escape(c);
        } else if (c == 0xC2 && i + 1 < s.size() &&
                   static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
          escape(static_cast<unsigned char>(s[++i]));  // C1: U+0080-U+009F
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

void Value::WriteJson(std::string& out, int indent, int depth) const {
  auto newline = [&](int d) {
    if (indent == 0) return;
    out += '\n';
    out.append(static_cast<size_t>(indent) * static_cast<size_t>(d), ' ');
  };
  switch (kind_) {
    case Kind::kNull:
      out += "null";
      break;
    case Kind::kBool:
      out += bool_ ? "true" : "false";
      break;
    case Kind::kNumber:
      out += string_;
      break;
    case Kind::kString:
      out += '"';
      out += JsonEscape(string_);
      out += '"';
      break;
    case Kind::kList:
      out += '[';
      for (size_t i = 0; i < list_.size(); ++i) {
        if (i) out += ',';
        newline(depth + 1);
        list_[i].WriteJson(out, indent, depth + 1);
      }
      if (!list_.empty()) newline(depth);
      out += ']';
      break;
    case Kind::kMap:
      out += '{';
      for (size_t i = 0; i < map_.size(); ++i) {
        if (i) out += ',';
        newline(depth + 1);
        out += '"';
        out += JsonEscape(map_[i].first);
        out += indent ? "\": " : "\":";
        map_[i].second.WriteJson(out, indent, depth + 1);
      }
      if (!map_.empty()) newline(depth);
      out += '}';
      break;
  }
}

std::string Value::ToJson() const {
  std::string out;
  WriteJson(out, 0, 0);
  return out;
}

std::string Value::ToPrettyJson() const {
  std::string out;
  WriteJson(out, 2, 0);
  out += '\n';
  return out;
}

}  // namespace disclose
