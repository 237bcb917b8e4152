// The theme's interface strings (themes/default/i18n/*.yaml): both tables
// load without a diagnostic and hold the same keys, every key the
// templates and the page builders use is in them, and no human-language
// text is written in the page builders instead.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "base/text.h"
#include "load/load.h"
#include "support/site_fixture.h"
#include "templating/theme.h"

namespace disclose {
namespace {

std::set<std::string> KeysOf(const Value& strings) {
  std::set<std::string> keys;
  for (const auto& [key, value] : strings.map()) keys.insert(key);
  return keys;
}

// The files of a folder of the repository, with their text.
std::map<std::string, std::string> SourceFiles(const std::string& dir) {
  RealFileSystem disk;
  std::map<std::string, std::string> out;
  auto files = disk.ListFiles(testing::SourceDir() + "/" + dir);
  EXPECT_TRUE(files.ok());
  if (!files.ok()) return out;
  for (const auto& rel : *files) {
    auto text = disk.ReadFile(testing::SourceDir() + "/" + dir + "/" + rel);
    if (text.ok()) out[dir + "/" + rel] = *text;
  }
  return out;
}

// C++ source without its comments.
std::string WithoutComments(const std::string& text) {
  static const std::regex kComment(R"(//[^\n]*|/\*[\s\S]*?\*/)");
  return std::regex_replace(text, kComment, "");
}

class StringsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    MemoryFileSystem fs;
    testing::LoadSampleSite(fs);
    LoadOptions opts;
    opts.site_root = "site";
    auto sources = LoadSite(fs, opts);
    ASSERT_TRUE(sources.ok());
    for (const char* language : {"zh-CN", "en"}) {
      Diagnostics diags;
      Theme theme = LoadTheme(*sources, language, diags);
      // Checked by BothTablesLoadAndHoldTheSameKeys: a failure here would
      // only skip the tests of the suite.
      load_errors_[language] = FormatText(diags);
      tables_[language] = theme.strings;
    }
  }

  static std::map<std::string, Value> tables_;
  static std::map<std::string, std::string> load_errors_;
};
std::map<std::string, Value> StringsTest::tables_;
std::map<std::string, std::string> StringsTest::load_errors_;

TEST_F(StringsTest, BothTablesLoadAndHoldTheSameKeys) {
  EXPECT_EQ(load_errors_.at("zh-CN"), "");
  EXPECT_EQ(load_errors_.at("en"), "");
  const auto zh = KeysOf(tables_.at("zh-CN"));
  const auto en = KeysOf(tables_.at("en"));
  EXPECT_GT(zh.size(), 100u);
  for (const auto& key : zh) EXPECT_TRUE(en.count(key)) << "en lacks " << key;
  for (const auto& key : en)
    EXPECT_TRUE(zh.count(key)) << "zh-CN lacks " << key;
}

TEST_F(StringsTest, EveryKeyTheTemplatesUseIsInTheTables) {
  static const std::regex kUse(R"(\{\{[#^/]?\s*t\.([a-z_]+))");
  int uses = 0;
  for (const auto& [path, text] : SourceFiles("themes/default")) {
    if (!EndsWith(path, ".mustache")) continue;
    for (std::sregex_iterator it(text.begin(), text.end(), kUse), end;
         it != end; ++it, ++uses) {
      for (const auto& [language, table] : tables_) {
        EXPECT_NE(table.Find((*it)[1]), nullptr)
            << path << " uses t." << (*it)[1] << ", not in " << language;
      }
    }
  }
  EXPECT_GT(uses, 50);
}

TEST_F(StringsTest, EveryKeyThePageBuildersNameIsInTheTables) {
  // T("key"), Format("key", ...), and the keys named in tables of the
  // builders (ratings, updates, fee row changes, banners).
  static const std::regex kUse(
      R"((?:T|Format)\(\s*"([a-z_]+)\"|"((?:rating|update|banner)_[a-z_]+|row_(?:added|removed|changed))\")");
  int uses = 0;
  for (const auto& [path, text] : SourceFiles("generator/site")) {
    const std::string code = WithoutComments(text);
    for (std::sregex_iterator it(code.begin(), code.end(), kUse), end;
         it != end; ++it, ++uses) {
      const std::string key = (*it)[1].matched ? (*it)[1] : (*it)[2];
      for (const auto& [language, table] : tables_) {
        EXPECT_NE(table.Find(key), nullptr)
            << path << " names " << key << ", not in " << language;
      }
    }
  }
  EXPECT_GT(uses, 60);
}

TEST_F(StringsTest, PageBuildersWriteNoHumanLanguageText) {
  // Letters of Chinese, and its punctuation; site/meanings.h alone reads
  // values of the content (废止, 失效) until the schemas carry them.
  for (const auto& [path, text] : SourceFiles("generator/site")) {
    if (path == "generator/site/meanings.h") continue;
    const std::string code = WithoutComments(text);
    for (const std::string& c : SplitChars(code)) {
      char32_t cp = 0;
      DecodeUtf8(c, 0, &cp);
      const bool cjk =
          (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF);
      EXPECT_FALSE(cjk) << path << " writes " << c
                        << ": put interface text in the string tables";
    }
  }
}

}  // namespace
}  // namespace disclose
