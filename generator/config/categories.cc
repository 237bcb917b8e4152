#include "config/categories.h"

#include <cstdint>
#include <cstdio>
#include <map>
#include <set>

namespace disclose {

namespace {

// One category as written, with what the checks need.
struct CategoryReading {
  ConfigReader& r;
  std::vector<Category>& out;
  std::map<std::string, int> slugs;  // slug -> line
  std::set<std::string> paths;
};

void ReadOne(const YamlNode& item, const std::string& parent,
             CategoryReading& reading);

void ReadChildren(const YamlNode& item, const Category& parent,
                  CategoryReading& reading) {
  const YamlNode* children = item.Find("children");
  if (children == nullptr || children->is_null()) return;
  if (!parent.parent.empty()) {
    reading.r.Error(children->line, children->column,
                    "category \"" + parent.path +
                        "\" is already a child: categories have two levels "
                        "at most");
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
    r.Error(item.line, item.column,
            "category slug \"" + c.slug + "\" may hold only a-z, 0-9 and '-'");
    return;
  }
  auto [it, inserted] = reading.slugs.emplace(c.slug, item.line);
  if (inserted) return;
  r.Error(item.line, item.column,
          "category \"" + c.path + "\" has the slug \"" + c.slug +
              "\" of the category on line " + std::to_string(it->second),
          given ? "give it a slug of its own"
                : "give one of them a slug of its own");
}

void ReadOne(const YamlNode& item, const std::string& parent,
             CategoryReading& reading) {
  ConfigReader& r = reading.r;
  if (!r.ExpectMap(item, "a category")) return;
  r.OnlyKeys(item, {"slug", "name", "children"}, "a category");
  Category c;
  c.name = r.Text(item, "name", true, "a category");
  c.parent = parent;
  c.path = parent.empty() ? c.name : parent + "\\" + c.name;
  c.line = item.line;
  c.slug = r.Text(item, "slug", false, "a category");
  const bool given = !c.slug.empty();
  bool twice = false;
  if (c.name.find('\\') != std::string::npos) {
    r.Error(item.line, item.column,
            "category name \"" + c.name +
                "\" may not hold '\\', which separates a parent from its "
                "child",
            "give the child under `children:` of its parent");
  } else if (!c.name.empty() && !reading.paths.insert(c.path).second) {
    r.Error(item.line, item.column,
            "category \"" + c.path + "\" is listed twice");
    twice = true;
  }
  if (!given && !c.name.empty()) c.slug = GeneratedCategorySlug(c.path);
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
  for (const auto& c : categories) {
    if (c.path == name) return &c;
  }
  std::vector<const Category*> named = CategoriesNamed(name);
  return named.size() == 1 ? named.front() : nullptr;
}

std::vector<const Category*> SiteConfig::CategoriesNamed(
    const std::string& name) const {
  std::vector<const Category*> out;
  for (const auto& c : categories) {
    if (c.name == name) out.push_back(&c);
  }
  return out;
}

}  // namespace disclose
