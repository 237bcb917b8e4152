#include "templating/theme.h"

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "frontmatter/yaml_parse.h"

namespace disclose {

Theme LoadTheme(const SiteSources& sources, const std::string& language,
                Diagnostics& diags) {
  Theme theme;
  std::map<std::string, std::string> templates, partials, paths;
  const std::string root = sources.theme_root + "/";
  const std::string strings_path = root + "i18n/" + language + ".yaml";
  bool have_strings = false;
  for (const auto& file : sources.theme) {
    const std::string rel = file.path.substr(root.size());
    auto name_of = [&](const std::string& dir) {
      return rel.substr(dir.size(), rel.size() - dir.size() - 9);
    };
    if (StartsWith(rel, "templates/") && EndsWith(rel, ".mustache")) {
      templates[name_of("templates/")] = file.text;
      paths["t:" + name_of("templates/")] = file.path;
    } else if (StartsWith(rel, "partials/") && EndsWith(rel, ".mustache")) {
      partials[name_of("partials/")] = file.text;
      paths["p:" + name_of("partials/")] = file.path;
    } else if (StartsWith(rel, "static/")) {
      theme.assets.push_back({rel.substr(7), file.text});
    } else if (file.path == strings_path) {
      have_strings = true;
      YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
      if (!parsed.ok) continue;
      for (const auto& e : parsed.root.entries) {
        if (!e.value.is_scalar()) {
          diags.Error(kMissingStrings, file.path, e.line, e.column,
                      Said{"interface string ", "界面文字"} + Quote(e.key) +
                          Said{" must be text", "应为一段文字，现为"} +
                          Said{"", e.value.KindSaid().zh});
          continue;
        }
        theme.strings.Set(e.key, e.value.text);
      }
    }
  }
  if (!have_strings) {
    diags.Error(kMissingStrings, strings_path, 0, 0,
                Said{"the theme has no interface strings for the language ",
                     "主题没有语言"} +
                    Quote(language) + Said{"", "的界面文字"});
  }
  for (const char* required :
       {"base", "document", "list", "home", "groups", "404"}) {
    if (!templates.count(required)) {
      diags.Error(
          kBadTemplate, root + "templates/" + required + ".mustache", 0, 0,
          Said{"the theme has no template ", "主题缺少模板"} + Quote(required));
    }
  }
  theme.templates = TemplateSet::Create(templates, partials, paths, diags);
  return theme;
}

}  // namespace disclose
