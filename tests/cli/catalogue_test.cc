// Catalogue records as departments really write them. The fixture
// tests/fixtures/sites/catalogue is a county's notices, fee schedules and
// service guides, entered in the shapes found on provincial disclosure
// catalogues: Chinese dates and full-width digits, 文号 in [] and (),
// 主题词 as one text, a two-level 主题分类, 发文机关 apart from 发布机构 and
// joint issuers, an old 索引号 layout and the year the document was
// written, fee tables with aliases, ranges, ceilings, tiers and group rows,
// 即办件 and guides with one 办结时限. With the sample's schemas they pass
// `check` with warnings only; every value is on the built page; `check
// --fix` makes them pass `check --strict` and changes nothing else.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "support/sample_copy.h"

namespace disclose {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::Slurp;

// One value of a document's front matter, as written.
struct Written {
  std::string key;
  std::string value;
};

std::string Unquote(std::string v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') &&
      v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
  }
  return v;
}

// The values of the front matter, one per scalar, list item and record
// field: enough YAML for the fixture's plain lines.
std::vector<Written> FrontMatter(const std::string& text) {
  std::vector<Written> out;
  std::istringstream in(text);
  std::string line, key;
  std::getline(in, line);
  while (std::getline(in, line) && line != "---") {
    static const std::regex kField(R"(^([a-z_]+): ?(.*)$)");
    static const std::regex kItem(R"(^ +- (?:[a-z_]+: )?(.+)$)");
    static const std::regex kSub(R"(^ +([a-z_]+): (.+)$)");
    std::smatch m;
    if (std::regex_match(line, m, kField)) {
      key = m[1];
      std::string v = m[2];
      if (v.empty() || v == "[]") continue;
      if (v.front() == '[') {
        std::string items = v.substr(1, v.size() - 2);
        for (size_t at = 0; at <= items.size();) {
          size_t comma = items.find(", ", at);
          if (comma == std::string::npos) comma = items.size();
          out.push_back({key, Unquote(items.substr(at, comma - at))});
          at = comma + 2;
        }
      } else {
        out.push_back({key, Unquote(v)});
      }
    } else if (std::regex_match(line, m, kItem) ||
               std::regex_match(line, m, kSub)) {
      out.push_back({key, Unquote(m[m.size() - 1])});
    }
  }
  return out;
}

// What the page must show for a value: dates in their ISO form, one text
// of several 主题词 or telephone numbers as its parts.
std::vector<std::string> Shown(const Written& w) {
  static const std::regex kChineseDate(R"(^(\d{4})年(\d{1,2})月(\d{1,2})日$)");
  std::string v = w.value;
  const char* const kWide[] = {"０", "１", "２", "３", "４",
                               "５", "６", "７", "８", "９"};
  for (int d = 0; d < 10; ++d) {
    for (size_t at; (at = v.find(kWide[d])) != std::string::npos;) {
      if (w.key != "published" && w.key != "written" &&
          w.key != "effective_from") {
        break;
      }
      v.replace(at, 3, std::string(1, static_cast<char>('0' + d)));
    }
  }
  std::smatch m;
  if (std::regex_match(v, m, kChineseDate)) {
    char iso[16];
    std::snprintf(iso, sizeof iso, "%s-%02d-%02d", m.str(1).c_str(),
                  std::stoi(m.str(2)), std::stoi(m.str(3)));
    return {iso};
  }
  if (w.key == "keywords" || w.key == "phone") {
    static const std::regex kSeparators("( |　|、|，|；|,|;)+");
    std::vector<std::string> parts;
    std::sregex_token_iterator it(v.begin(), v.end(), kSeparators, -1), end;
    for (; it != end; ++it) {
      if (!it->str().empty()) parts.push_back(*it);
    }
    return parts;
  }
  return {v};
}

// Text without its white space.
std::string Squeezed(const std::string& text) {
  static const std::regex kSpace("\\s+");
  return std::regex_replace(text, kSpace, "");
}

// The page's text as a reader sees it, without white space: tags taken out
// (a material's name and its 原件 stand in cells side by side), the entities
// of HTML escaping undone.
std::string PageText(const fs::path& page) {
  static const std::regex kTag("<[^>]*>");
  std::string html = Squeezed(std::regex_replace(Slurp(page), kTag, ""));
  const std::pair<const char*, const char*> kEntities[] = {
      {"&quot;", "\""}, {"&#39;", "'"},  {"&lt;", "<"},
      {"&gt;", ">"},    {"&#x2F;", "/"}, {"&amp;", "&"}};
  for (const auto& [entity, c] : kEntities) {
    for (size_t at; (at = html.find(entity)) != std::string::npos;) {
      html.replace(at, std::string(entity).size(), c);
    }
  }
  return html;
}

class CatalogueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path content = copy_.dir() / "content";
    for (const auto& entry : fs::directory_iterator(content)) {
      if (entry.path().filename() != "schemas") fs::remove_all(entry.path());
    }
    fs::copy(fs::path(DISCLOSE_SOURCE_DIR) /
                 "tests/fixtures/sites/catalogue/content",
             content,
             fs::copy_options::recursive | fs::copy_options::skip_existing);
    for (const auto& e : fs::recursive_directory_iterator(content)) {
      if (e.path().extension() == ".md") {
        documents_.push_back(fs::relative(e.path(), copy_.dir()).string());
      }
    }
    std::sort(documents_.begin(), documents_.end());
  }

  testing::SampleCopy copy_;
  std::vector<std::string> documents_;  // content/<section>/<year>/<slug>.md
};

TEST_F(CatalogueTest, EveryRecordPassesTheCheck) {
  ASSERT_EQ(documents_.size(), 15u);
  CommandResult r = copy_.Disclose("check");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("检查了 15 个文档：0 个错误，"), std::string::npos)
      << r.err;
}

TEST_F(CatalogueTest, EveryValueIsOnTheBuiltPage) {
  const fs::path out = copy_.dir() / "out";
  CommandResult r = copy_.Disclose("build --out " + out.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& doc : documents_) {
    // content/<section>/<year>/<slug>.md -> <section>/<year>/<slug>/
    fs::path page = out / fs::path(doc).lexically_relative("content");
    page.replace_extension();
    const std::string text = PageText(page / "index.html");
    ASSERT_FALSE(text.empty()) << page;
    for (const Written& w : FrontMatter(Slurp(copy_.dir() / doc))) {
      // The type and the department appear by their names.
      if (w.key == "type" || w.key == "department") continue;
      for (const std::string& shown : Shown(w)) {
        EXPECT_NE(text.find(Squeezed(shown)), std::string::npos)
            << doc << ": " << w.key << " \"" << shown << "\" is not on "
            << page;
      }
    }
  }
}

TEST_F(CatalogueTest, FixLeavesAStrictCheckCleanAndChangesOnlyTheFixedLines) {
  std::map<std::string, std::string> before;
  for (const std::string& doc : documents_) {
    before[doc] = Slurp(copy_.dir() / doc);
  }
  EXPECT_EQ(copy_.Disclose("check --strict").exit_code, 1);
  CommandResult fix = copy_.Disclose("check --fix");
  ASSERT_EQ(fix.exit_code, 0) << fix.err;
  CommandResult strict = copy_.Disclose("check --strict");
  EXPECT_EQ(strict.exit_code, 0) << strict.err;
  EXPECT_NE(strict.err.find("：0 个错误，0 个警告（"), std::string::npos)
      << strict.err;
  // Each changed line was printed as a change ("path:line: ..."), and the
  // files have as many lines as before.
  for (const std::string& doc : documents_) {
    std::istringstream old_lines(before[doc]);
    std::istringstream new_lines(Slurp(copy_.dir() / doc));
    std::string a, b;
    for (int n = 1; std::getline(old_lines, a); ++n) {
      ASSERT_TRUE(std::getline(new_lines, b)) << doc;
      if (a == b) continue;
      EXPECT_NE(fix.err.find(doc + ":" + std::to_string(n) + ": "),
                std::string::npos)
          << doc << ":" << n << " changed without being reported: " << b << "\n"
          << fix.err;
    }
    EXPECT_FALSE(std::getline(new_lines, b)) << doc;
  }
}

}  // namespace
}  // namespace disclose
