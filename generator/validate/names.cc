// Fields of the kind `names` (发文机关): one name, or a list of names for a
// joint document. Names are free text; they need not be departments of the
// site. One text may also name several, separated by 、 or ；
// ("市人民政府办公室、市财政局"), as catalogues often write them.
#include <algorithm>
#include <vector>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/document_steps.h"
#include "validate/fields.h"
#include "validate/grammar.h"

namespace disclose {

namespace {

// The names in one text, split on 、 and ；, each trimmed; empty pieces are
// dropped.
std::vector<std::string> SplitNames(const std::string& text) {
  std::vector<std::string> out;
  std::string rest = text;
  for (const char* sep : {"、", "；"}) {
    size_t pos;
    while ((pos = rest.find(sep)) != std::string::npos) {
      rest.replace(pos, std::string(sep).size(), "\n");
    }
  }
  for (const auto& piece : Split(rest, '\n')) {
    std::string name = Trim(piece);
    if (!name.empty()) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace

Value FieldChecker::CheckNames(const FieldSpec& spec, const YamlNode& node,
                               const std::string& keypath) {
  // Each name, where it is written: the text or the list item, and its
  // key path.
  struct Named {
    std::string name;
    const YamlNode* node;
    std::string keypath;
  };
  std::vector<Named> names;
  if (node.is_scalar()) {
    const At at{spec, keypath, Name(spec, keypath), node.line, node.column};
    std::optional<std::string> text = ScalarText(at, node);
    if (!text) return Value();
    for (auto& n : SplitNames(*text)) {
      names.push_back({std::move(n), &node, keypath});
    }
  } else if (node.is_list()) {
    for (size_t i = 0; i < node.items.size(); ++i) {
      const YamlNode& item = node.items[i];
      const std::string item_path = keypath + "[" + std::to_string(i + 1) + "]";
      const At at{spec, item_path, Name(spec, item_path), item.line,
                  item.column};
      std::optional<std::string> text = ScalarText(at, item);
      if (text && !text->empty()) names.push_back({*text, &item, item_path});
    }
  } else {
    Error(kWrongShape,
          At{spec, keypath, Name(spec, keypath), node.line, node.column},
          Name(spec, keypath) +
              Said{" must be a name or a list of names, got ",
                   "应为一个名称或名称列表，现为"} +
              node.KindSaid(),
          Said{"write one name after the colon, or each name on its own line "
               "after \"- \"",
               "在冒号后写一个名称，或每个名称单独一行写在“- ”之后"});
    return Value();
  }
  Value out = Value::List();
  std::vector<std::string> seen;
  for (const auto& [name, at_node, at_path] : names) {
    const At at{spec, at_path, Name(spec, at_path), at_node->line,
                at_node->column};
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      Error(kNameTwice, at,
            at.name + Said{" names ", "两次写了"} + QuoteValue(name) +
                Said{" twice", ""},
            Said{"name each issuing authority once", "每个发文机关只写一次"});
      continue;
    }
    seen.push_back(name);
    if (CheckText(at, name)) out.Push(name);
  }
  if (out.list().empty()) {
    if (spec.required && names.empty()) {
      Missing(spec, keypath, node.line, node.column);
    }
    return Value();
  }
  return out;
}

void DefaultIssuers(const Config& config, Document& doc) {
  if (!doc.issuers.empty()) return;
  if (const Department* d = config.FindDepartment(doc.department)) {
    doc.issuers.push_back(d->full_name);
  }
}

}  // namespace disclose
