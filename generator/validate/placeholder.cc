#include "validate/placeholder.h"

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

// Plain YAML text may not hold these without quotes (in flow style).
bool NeedsQuotes(const std::string& text) {
  if (text.empty()) return true;
  if (text.find_first_of(":#[]{},&*!|>'\"%@`\n") != std::string::npos) {
    return true;
  }
  return text.front() == ' ' || text.back() == ' ' || text.front() == '-' ||
         text.front() == '?';
}

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string PlaceholderFor(const FieldSpec& spec) {
  return std::string(kPlaceholderMarker) + spec.label;
}

bool IsPlaceholder(const YamlNode& node) {
  return node.is_scalar() &&
         node.text.find(kPlaceholderMarker) != std::string::npos;
}

bool ReportPlaceholder(const FieldSpec& spec, const YamlNode& node,
                       const Said& name, const std::string& path,
                       Diagnostics& diags) {
  if (!IsPlaceholder(node)) return false;
  const std::string example = FlowText(spec.example);
  diags.Error(
      kPlaceholder, path, node.line, node.column,
      name + Said{" is still a placeholder: replace ", "仍是占位内容：把"} +
          QuoteValue(Trim(node.text)) +
          Said{" with the real value", "换成实际的值"},
      example.empty() ? Said{}
                      : Said{"for example " + example, "例如 " + example});
  return true;
}

std::string FlowText(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return "";
    case YamlNode::Kind::kScalar:
      return NeedsQuotes(node.text) ? Quoted(node.text) : node.text;
    case YamlNode::Kind::kList: {
      std::string out = "[";
      for (size_t i = 0; i < node.items.size(); ++i) {
        if (i) out += ", ";
        out += FlowText(node.items[i]);
      }
      return out + "]";
    }
    case YamlNode::Kind::kMap: {
      std::string out = "{";
      for (size_t i = 0; i < node.entries.size(); ++i) {
        if (i) out += ", ";
        out += node.entries[i].key + ": " + FlowText(node.entries[i].value);
      }
      return out + "}";
    }
  }
  return "";
}

}  // namespace disclose
