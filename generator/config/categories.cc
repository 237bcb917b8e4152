#include "config/categories.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "base/text.h"
#include "base/unicode.h"

namespace disclose {

namespace {

// One category as written, with what the checks need.
struct CategoryReading {
  ConfigReader& r;
  std::vector<Category>& out;
  std::map<std::string, int> slugs;  // slug -> line
  // path in NFC -> the category first listed with it
  std::map<std::string, std::pair<std::string, int>> paths;
};

const Said kACategory{"a category", "主题分类"};

// The first code points (as U+XXXX) at which a and b, two texts of the
// same NFC that are not the same bytes, differ. (Texts of one NFC never
// differ by an ending only: composing never drops a code point.)
std::pair<std::string, std::string> FirstDifference(const std::string& a,
                                                    const std::string& b) {
  auto name = [](char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return std::string(buf);
  };
  size_t i = 0, j = 0;
  char32_t x = 0, y = 0;
  while (i < a.size() && j < b.size()) {
    const size_t n = std::max<size_t>(DecodeUtf8(a, i, &x), 1);
    const size_t m = std::max<size_t>(DecodeUtf8(b, j, &y), 1);
    if (x != y) break;
    i += n;
    j += m;
  }
  return {name(x), name(y)};
}

void ReadOne(const YamlNode& item, const std::string& parent,
             CategoryReading& reading);

void ReadChildren(const YamlNode& item, const Category& parent,
                  CategoryReading& reading) {
  const YamlNode* children = item.Find("children");
  if (children == nullptr || children->is_null()) return;
  if (!parent.parent.empty()) {
    reading.r.Error(children->line, children->column,
                    Said{"category ", "主题分类"} + Quote(parent.path) +
                        Said{" is already a child: categories have two "
                             "levels at most",
                             "已是下级分类：主题分类最多两级"});
    return;
  }
  const YamlNode* list = reading.r.List(item, "children", false);
  if (list == nullptr) return;
  for (const auto& child : list->items) ReadOne(child, parent.name, reading);
}

void CheckSlug(const YamlNode& item, const Category& c, bool given,
               CategoryReading& reading) {
  ConfigReader& r = reading.r;
  if (c.slug.empty()) return;
  if (given && !IsSlug(c.slug)) {
    r.Error(
        item.line, item.column,
        Said{"category slug ", "主题分类的 slug"} + Quote(c.slug) +
            Said{" may hold only a-z, 0-9 and '-'", "只能含有 a-z、0-9 和“-”"});
    return;
  }
  auto [it, inserted] = reading.slugs.emplace(c.slug, item.line);
  if (inserted) return;
  const std::string line = std::to_string(it->second);
  r.Error(item.line, item.column,
          Said{"category ", "主题分类"} + Quote(c.path) +
              Said{" has the slug ", "的 slug"} + Quote(c.slug) +
              Said{" of the category on line " + line,
                   "与第 " + line + " 行的主题分类相同"},
          given ? Said{"give it a slug of its own", "给它一个自己的 slug"}
                : Said{"give one of them a slug of its own",
                       "给其中一个分类一个自己的 slug"});
}

void ReadOne(const YamlNode& item, const std::string& parent,
             CategoryReading& reading) {
  ConfigReader& r = reading.r;
  if (!r.ExpectMap(item, kACategory)) return;
  r.OnlyKeys(item, {"slug", "name", "children"}, kACategory);
  Category c;
  c.name = r.Text(item, "name", true, kACategory);
  c.parent = parent;
  c.path = parent.empty() ? c.name : parent + "\\" + c.name;
  c.path_key = Nfc(c.path);
  c.name_key = Nfc(c.name);
  c.line = item.line;
  c.slug = r.Text(item, "slug", false, kACategory);
  const bool given = !c.slug.empty();
  bool twice = false;
  if (c.name.find('\\') != std::string::npos) {
    r.Error(item.line, item.column,
            Said{"category name ", "主题分类名称"} + Quote(c.name) +
                Said{" may not hold '\\', which separates a parent from its "
                     "child",
                     "不能含有“\\”，它用来分隔上级分类和下级分类"},
            Said{"give the child under `children:` of its parent",
                 "把下级分类写在上级分类的 `children:` 下"});
  } else if (auto [it, first] = reading.paths.emplace(
                 c.path_key, std::pair(c.path, item.line));
             !c.name.empty() && !first) {
    const auto& [earlier, line] = it->second;
    if (earlier == c.path) {
      r.Error(item.line, item.column,
              Said{"category ", "主题分类"} + Quote(c.path) +
                  Said{" is listed twice", "重复"} + FirstAtLine(line));
    } else {
      // The same characters, other code points: two pages titled alike.
      const std::string at = std::to_string(line);
      const auto [here, there] = FirstDifference(c.path, earlier);
      r.Error(item.line, item.column,
              Said{"category ", "主题分类"} + Quote(c.path) +
                  Said{" is the category ", "与第 " + at + " 行的主题分类"} +
                  Quote(earlier) +
                  Said{" of line " + at +
                           " written with other Unicode code points: " + here +
                           " where that one has " + there,
                       "是同样的字，但 Unicode 码位不同：这里是 " + here +
                           "，那里是 " + there},
              Said{"write both names the same way (Unicode NFC), or give one "
                   "another name",
                   "用同样的写法（Unicode NFC）书写，或改用另一个名称"});
    }
    twice = true;
  }
  if (!given && !c.name.empty()) c.slug = GeneratedCategorySlug(c.path_key);
  if (!twice) CheckSlug(item, c, given, reading);
  reading.out.push_back(c);
  ReadChildren(item, c, reading);
}

}  // namespace

std::string GeneratedCategorySlug(const std::string& path) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char byte : path) {
    hash ^= byte;
    hash *= 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(hash));
  return "c-" + std::string(hex, 8);
}

std::vector<Category> ReadCategories(const YamlNode& root, ConfigReader& r) {
  std::vector<Category> categories;
  const YamlNode* list = r.List(root, "categories", true);
  if (list == nullptr) return categories;
  CategoryReading reading{r, categories, {}, {}};
  for (const auto& item : list->items) ReadOne(item, "", reading);
  return categories;
}

const Category* SiteConfig::FindCategory(const std::string& name) const {
  const std::string key = Nfc(name);
  for (const auto& c : categories) {
    if (c.path == name || c.path_key == key) return &c;
  }
  std::vector<const Category*> named = CategoriesNamed(name);
  return named.size() == 1 ? named.front() : nullptr;
}

std::vector<const Category*> SiteConfig::CategoriesNamed(
    const std::string& name) const {
  const std::string key = Nfc(name);
  std::vector<const Category*> out;
  for (const auto& c : categories) {
    if (c.name == name || c.name_key == key) out.push_back(&c);
  }
  return out;
}

}  // namespace disclose
