// The theme's problems: D700 (a template that is missing or does not
// parse) and D701 (interface strings missing, or not text).
#include "templating/theme.h"

#include <gtest/gtest.h>

#include <map>

namespace disclose {
namespace {

// A theme with every required template, each holding `text`, and the
// strings file zh-CN.yaml unless `strings` is empty.
SiteSources Sources(std::map<std::string, std::string> templates,
                    const std::string& strings) {
  SiteSources s;
  s.theme_root = "themes/t";
  for (const char* name :
       {"base", "document", "list", "home", "groups", "404"}) {
    templates.emplace(name, "<p>{{title}}</p>\n");
  }
  for (const auto& [name, text] : templates) {
    s.theme.push_back({"themes/t/templates/" + name + ".mustache", text});
  }
  if (!strings.empty())
    s.theme.push_back({"themes/t/i18n/zh-CN.yaml", strings});
  return s;
}

TEST(ThemeTest, ReadsTemplatesAndStrings) {
  Diagnostics diags;
  Theme theme = LoadTheme(Sources({}, "home: 首页\n"), "zh-CN", diags);
  EXPECT_EQ(FormatText(diags), "");
  ASSERT_NE(theme.templates, nullptr);
  ASSERT_NE(theme.strings.Find("home"), nullptr);
  EXPECT_EQ(theme.strings.Find("home")->as_string(), "首页");
}

TEST(ThemeTest, ReportsATemplateThatDoesNotParse) {
  Diagnostics diags;
  LoadTheme(
      Sources({{"list", "{{#items}}<li>{{title}}</li>\n"}}, "home: 首页\n"),
      "zh-CN", diags);
  ASSERT_EQ(diags.items().size(), 1u) << FormatText(diags);
  EXPECT_EQ(diags.items()[0].code, "D700");
  EXPECT_EQ(diags.items()[0].path, "themes/t/templates/list.mustache");
  EXPECT_TRUE(
      diags.items()[0].message.en.starts_with("the template does not parse: "))
      << diags.items()[0].message.en;
  EXPECT_TRUE(diags.items()[0].message.zh.starts_with("模板无法解析："))
      << diags.items()[0].message.zh;
}

TEST(ThemeTest, ReportsAPartialThatIsNotThere) {
  Diagnostics diags;
  LoadTheme(Sources({{"list", "<ul>{{> item}}</ul>\n"}}, "home: 首页\n"),
            "zh-CN", diags);
  EXPECT_EQ(FormatText(diags),
            "themes/t/templates/list.mustache: error[D700]: the template does "
            "not parse: no partial named \"item\"\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "themes/t/templates/list.mustache: error[D700]: 模板无法解析："
            "没有名为“item”的片段（partial）\n");
}

TEST(ThemeTest, ReportsAMissingTemplate) {
  Diagnostics diags;
  SiteSources s = Sources({}, "home: 首页\n");
  std::erase_if(s.theme, [](const SourceFile& f) {
    return f.path == "themes/t/templates/groups.mustache";
  });
  LoadTheme(s, "zh-CN", diags);
  EXPECT_EQ(FormatText(diags),
            "themes/t/templates/groups.mustache: error[D700]: the theme has "
            "no template \"groups\"\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "themes/t/templates/groups.mustache: error[D700]: "
            "主题缺少模板“groups”\n");
}

TEST(ThemeTest, ReportsMissingInterfaceStrings) {
  Diagnostics diags;
  LoadTheme(Sources({}, ""), "zh-CN", diags);
  EXPECT_EQ(FormatText(diags),
            "themes/t/i18n/zh-CN.yaml: error[D701]: the theme has no "
            "interface strings for the language \"zh-CN\"\n");
  EXPECT_EQ(
      FormatText(diags, Language::kZh),
      "themes/t/i18n/zh-CN.yaml: error[D701]: 主题没有语言“zh-CN”的界面文字\n");
}

TEST(ThemeTest, ReportsAnInterfaceStringThatIsNotText) {
  Diagnostics diags;
  LoadTheme(Sources({}, "home: 首页\nmenu: [a, b]\n"), "zh-CN", diags);
  EXPECT_EQ(FormatText(diags),
            "themes/t/i18n/zh-CN.yaml:2:1: error[D701]: interface string "
            "\"menu\" must be text\n");
  EXPECT_EQ(FormatText(diags, Language::kZh),
            "themes/t/i18n/zh-CN.yaml:2:1: error[D701]: "
            "界面文字“menu”应为一段文字，现为列表\n");
}

}  // namespace
}  // namespace disclose
