// 主题分类 as a tree of at most two levels in site.yaml (`categories:`,
// each with `name`, an optional `slug` and optional `children:`). Internal
// to config/ (ParseConfig reads them); SiteConfig::FindCategory is the
// public way to look one up.
#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "config/config_reader.h"
#include "frontmatter/yaml_tree.h"

namespace disclose {

// Reads `categories:` of site.yaml: each parent followed by its children.
std::vector<Category> ReadCategories(const YamlNode& root, ConfigReader& r);

// The slug of a category site.yaml gives none: "c-" and the first eight
// hexadecimal digits of the FNV-1a (64-bit) hash of its path (`父\子`, or
// its name at the top) in UTF-8. It depends on the names alone, so
// reordering the categories never changes an address.
std::string GeneratedCategorySlug(const std::string& path);

}  // namespace disclose
