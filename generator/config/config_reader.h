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

// Whether text ends (starts) with a Chinese character; where one meets an
// ASCII word, Chinese puts a space between the two ("site.yaml 缺少",
// "第 3 行").
inline bool EndsWithHan(const std::string& text) {
  size_t i = text.size();
  while (i > 0 && (static_cast<unsigned char>(text[i - 1]) & 0xC0) == 0x80) {
    --i;
  }
  if (i == 0) return false;
  const auto lead = static_cast<unsigned char>(text[i - 1]);
  return lead >= 0xE4 && lead <= 0xE9;
}
inline bool StartsWithHan(const std::string& text) {
  if (text.empty()) return false;
  const auto lead = static_cast<unsigned char>(text[0]);
  return lead >= 0xE4 && lead <= 0xE9;
}
inline bool IsAsciiWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

// a then b, in Chinese with a space where a Chinese character meets an
// ASCII word; in English as written.
inline std::string ZhJoin(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a + b;
  const bool space = (IsAsciiWordChar(a.back()) && StartsWithHan(b)) ||
                     (EndsWithHan(a) && IsAsciiWordChar(b.front()));
  return space ? a + " " + b : a + b;
}

// `(first at line N)` / `（第一次出现在第 N 行）`: where the other one of a
// pair that clashes is.
inline Said FirstAtLine(int line) {
  const std::string n = std::to_string(line);
  return {" (first at line " + n + ")", "（第一次出现在第 " + n + " 行）"};
}

// Reads settings out of one configuration mapping, reporting problems at
// the right line of the right file. `what` names the place in both
// languages ("a section" / "栏目").
class ConfigReader {
 public:
  ConfigReader(const std::string& path, Diagnostics& diags)
      : path_(path), diags_(diags) {}

  // The text at key in map, or "" (with D601 when required).
  std::string Text(const YamlNode& map, const std::string& key, bool required,
                   const Said& what) {
    const YamlNode* n = map.Find(key);
    if (n == nullptr || n->is_null() || (n->is_scalar() && n->text.empty())) {
      if (required) {
        diags_.Error(kMissingSetting, path_, map.line, map.column,
                     Said{what.en + " needs \"" + key + "\"",
                          ZhJoin(what.zh, "缺少必填设置“" + key + "”")});
      }
      return "";
    }
    if (!n->is_scalar()) {
      diags_.Error(kBadSetting, path_, n->line, n->column,
                   Said{"\"" + key + "\" must be text, got ",
                        "“" + key + "”应为文字，现为"} +
                       n->KindSaid());
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
                 Said{"\"" + key + "\" must be true or false",
                      "“" + key + "”应为 true 或 false"});
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
                 Said{"\"" + key + "\" must be a whole number",
                      "“" + key + "”应为整数"});
    return fallback;
  }

  // Reports keys of map that are not in allowed.
  void OnlyKeys(const YamlNode& map, std::initializer_list<const char*> allowed,
                const Said& what) {
    for (const auto& e : map.entries) {
      bool ok = false;
      for (const char* a : allowed) ok = ok || e.key == a;
      if (ok) continue;
      Said hint;
      std::string en_all, zh_all;
      for (const char* a : allowed) {
        en_all += en_all.empty() ? a : std::string(", ") + a;
        zh_all += zh_all.empty() ? a : std::string("、") + a;
        if (hint.empty() && EditDistance(e.key, a) <= 2) {
          hint = Said{std::string("did you mean \"") + a + "\"?",
                      std::string("是否应为“") + a + "”？"};
        }
      }
      if (hint.empty()) {
        hint = Said{"the settings are " + en_all, "可用的设置有 " + zh_all};
      }
      diags_.Error(kUnknownSetting, path_, e.line, e.column,
                   Said{"unknown setting \"" + e.key + "\" in " + what.en,
                        ZhJoin(what.zh, "中有未知设置“" + e.key + "”")},
                   hint);
    }
  }

  // The list at key (may be missing: returns nullptr, D601 if required).
  const YamlNode* List(const YamlNode& map, const std::string& key,
                       bool required) {
    const YamlNode* n = map.Find(key);
    if (n == nullptr || n->is_null()) {
      if (required) {
        diags_.Error(kMissingSetting, path_, map.line, map.column,
                     Said{"a list \"" + key + "\" is needed",
                          "缺少必填的列表“" + key + "”"});
      }
      return nullptr;
    }
    if (!n->is_list()) {
      diags_.Error(kBadSetting, path_, n->line, n->column,
                   Said{"\"" + key + "\" must be a list, got ",
                        "“" + key + "”应为列表，现为"} +
                       n->KindSaid());
      return nullptr;
    }
    return n;
  }

  bool ExpectMap(const YamlNode& n, const Said& what) {
    if (n.is_map()) return true;
    diags_.Error(kBadSetting, path_, n.line > 0 ? n.line : 1, n.column,
                 Said{what.en + " must be a mapping of settings, got ",
                      ZhJoin(what.zh, "应为设置的映射，现为")} +
                     n.KindSaid());
    return false;
  }

  void Error(int line, int column, Said message, Said hint = {}) {
    diags_.Error(kBadSetting, path_, line, column, std::move(message),
                 std::move(hint));
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  Diagnostics& diags_;
};

}  // namespace disclose
