#include "validate/characters.h"

#include <algorithm>

#include "base/text.h"
#include "frontmatter/front_matter.h"

namespace disclose {

namespace {

const Schema* SchemaOf(const Config& config, const YamlNode& root) {
  const YamlNode* type = root.is_map() ? root.Find("type") : nullptr;
  if (type == nullptr || !type->is_scalar()) return nullptr;
  auto it = config.schemas.find(Trim(type->text));
  return it == config.schemas.end() ? nullptr : &it->second;
}

const FieldSpec* FindSpec(const std::vector<FieldSpec>& fields,
                          const std::string& key) {
  for (const auto& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

// The schema label of the field at keypath, or "" when the schema does not
// know it.
std::string FieldLabel(const Config& config, const YamlNode& root,
                       const std::string& keypath) {
  const Schema* schema = SchemaOf(config, root);
  if (schema == nullptr || keypath.empty()) return "";
  const std::vector<FieldSpec>* fields = &schema->fields;
  const FieldSpec* spec = nullptr;
  std::string label;
  for (size_t i = 0; i < keypath.size();) {
    if (keypath[i] == '[') {  // a list item: its own label, or the list's
      if (spec == nullptr || spec->item.empty()) return "";
      spec = &spec->item.front();
      if (!spec->label.empty()) label = spec->label;
      fields = &spec->fields;
      i = keypath.find(']', i);
      if (i == std::string::npos) break;
      ++i;
      continue;
    }
    if (keypath[i] == '.') ++i;
    const size_t end = std::min(keypath.find_first_of(".[", i), keypath.size());
    spec = FindSpec(*fields, keypath.substr(i, end - i));
    if (spec == nullptr) return "";
    label = spec->label;
    fields = &spec->fields;
    i = end;
  }
  return label;
}

}  // namespace

Said FrontMatterFieldSaid(const Config& config, const YamlNode& root,
                          const std::string& keypath) {
  const std::string label = FieldLabel(config, root, keypath);
  if (label.empty()) return {keypath, keypath};
  return {label + " (" + keypath + ")", label + "（" + keypath + "）"};
}

std::string FrontMatterFieldName(const Config& config, const YamlNode& root,
                                 const std::string& keypath) {
  return FrontMatterFieldSaid(config, root, keypath).en;
}

void WarnInvisibleChars(const Config& config, const YamlNode& root,
                        const std::string& path, Diagnostics& diags) {
  for (const char* key : {"title", "issuer"}) {
    const YamlNode* node = root.is_map() ? root.Find(key) : nullptr;
    if (node == nullptr) continue;
    WarnIfInvisible(*node, FrontMatterFieldSaid(config, root, key), path,
                    diags);
    for (size_t i = 0; i < node->items.size(); ++i) {
      const std::string keypath =
          std::string(key) + "[" + std::to_string(i + 1) + "]";
      WarnIfInvisible(node->items[i],
                      FrontMatterFieldSaid(config, root, keypath), path, diags);
    }
  }
}

}  // namespace disclose
