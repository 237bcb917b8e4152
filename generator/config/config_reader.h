// ConfigReader: reads settings out of the configuration files' mappings,
// reporting each problem (D601 missing, D602 bad value, D603 unknown
// setting) at the right line of the right file. Internal to config/.
#pragma once

#include <initializer_list>
#include <string>

#include "base/diagnostic.h"
#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

// Reads settings out of one configuration mapping, reporting problems at
// the right line of the right file.
class ConfigReader {
 public:
  ConfigReader(const std::string& path, Diagnostics& diags)
      : path_(path), diags_(diags) {}

  // The text at key in map, or "" (with D601 when required).
  std::string Text(const YamlNode& map, const std::string& key, bool required,
                   const std::string& what) {
    const YamlNode* n = map.Find(key);
    if (n == nullptr || n->is_null() || (n->is_scalar() && n->text.empty())) {
      if (required) {
        diags_.Error(kMissingSetting, path_, map.line, map.column,
                     what + " needs \"" + key + "\"");
      }
      return "";
    }
    if (!n->is_scalar()) {
      diags_.Error(kBadSetting, path_, n->line, n->column,
                   "\"" + key + "\" must be text, got " + n->KindName());
      return "";
    }
    return Trim(n->text);
  }

  bool Flag(const YamlNode& map, const std::string& key) {
    const YamlNode* n = map.Find(key);
    if (n == nullptr || n->is_null()) return false;
    if (n->is_scalar() && (n->text == "true" || n->text == "false")) {
      return n->text == "true";
    }
    diags_.Error(kBadSetting, path_, n->line, n->column,
                 "\"" + key + "\" must be true or false");
    return false;
  }

  int Number(const YamlNode& map, const std::string& key, int fallback) {
    const YamlNode* n = map.Find(key);
    if (n == nullptr || n->is_null()) return fallback;
    if (n->is_scalar() && !n->text.empty() && n->text.size() < 7 &&
        n->text.find_first_not_of("0123456789") == std::string::npos) {
      return std::stoi(n->text);
    }
    diags_.Error(kBadSetting, path_, n->line, n->column,
                 "\"" + key + "\" must be a whole number");
    return fallback;
  }

  // Reports keys of map that are not in allowed.
  void OnlyKeys(const YamlNode& map, std::initializer_list<const char*> allowed,
                const std::string& what) {
    for (const auto& e : map.entries) {
      bool ok = false;
      for (const char* a : allowed) ok = ok || e.key == a;
      if (!ok) {
        std::string hint, all;
        for (const char* a : allowed) {
          all += all.empty() ? a : std::string(", ") + a;
          if (hint.empty() && EditDistance(e.key, a) <= 2) {
            hint = std::string("did you mean \"") + a + "\"?";
          }
        }
        diags_.Error(kUnknownSetting, path_, e.line, e.column,
                     "unknown setting \"" + e.key + "\" in " + what,
                     hint.empty() ? "the settings are " + all : hint);
      }
    }
  }

  // The list at key (may be missing: returns nullptr, D601 if required).
  const YamlNode* List(const YamlNode& map, const std::string& key,
                       bool required) {
    const YamlNode* n = map.Find(key);
    if (n == nullptr || n->is_null()) {
      if (required) {
        diags_.Error(kMissingSetting, path_, map.line, map.column,
                     "a list \"" + key + "\" is needed");
      }
      return nullptr;
    }
    if (!n->is_list()) {
      diags_.Error(kBadSetting, path_, n->line, n->column,
                   "\"" + key + "\" must be a list, got " + n->KindName());
      return nullptr;
    }
    return n;
  }

  bool ExpectMap(const YamlNode& n, const std::string& what) {
    if (n.is_map()) return true;
    diags_.Error(kBadSetting, path_, n.line > 0 ? n.line : 1, n.column,
                 what + " must be a mapping of settings, got " + n.KindName());
    return false;
  }

  void Error(int line, int column, std::string message, std::string hint = "") {
    diags_.Error(kBadSetting, path_, line, column, std::move(message),
                 std::move(hint));
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  Diagnostics& diags_;
};

}  // namespace disclose
