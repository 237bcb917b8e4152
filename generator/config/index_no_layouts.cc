#include "config/index_no_layouts.h"

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/config.h"
#include "config/config_reader.h"

namespace disclose {

namespace {

const Said kPlaceholders{
    "the placeholders are {org}, {yyyy}, {yyyymm} and a run of n for the "
    "serial, such as {nnnnn}",
    "占位符有 {org}、{yyyy}、{yyyymm}，以及表示流水号的一串 n，例如 {nnnnn}"};

const Said kIndexNo{"index_no", "索引号（index_no）"};

// Sets tok to the placeholder `name` stands for; false when it is unknown.
bool PlaceholderToken(const std::string& name, IndexNoLayoutToken* tok) {
  if (name == "org") {
    tok->kind = IndexNoLayoutToken::kOrg;
  } else if (name == "yyyy") {
    tok->kind = IndexNoLayoutToken::kYear;
    tok->digits = 4;
  } else if (name == "yyyymm") {
    tok->kind = IndexNoLayoutToken::kYearMonth;
    tok->digits = 6;
  } else if (!name.empty() &&
             name.find_first_not_of('n') == std::string::npos) {
    tok->kind = IndexNoLayoutToken::kSerial;
    tok->digits = name.size();
  } else {
    return false;
  }
  return true;
}

// A hint for an unknown placeholder: the known one it would be in lower
// case ({YYYY}, {NNNNN}), or the list of placeholders.
Said PlaceholderHint(const std::string& name) {
  IndexNoLayoutToken tok;
  std::string lower = name;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (lower != name && PlaceholderToken(lower, &tok)) {
    return {"write {" + lower + "}: placeholders are written in lower case",
            "改为 {" + lower + "}：占位符用小写字母书写"};
  }
  return kPlaceholders;
}

// What is wrong with the layout's placeholders (none, or one twice, or a
// serial too long to count), or nothing when nothing is.
Said CheckCounts(const IndexNoLayout& layout, Said* hint) {
  int org = 0, year = 0, serial = 0;
  for (const auto& t : layout.tokens) {
    org += t.kind == IndexNoLayoutToken::kOrg;
    year += t.kind == IndexNoLayoutToken::kYear ||
            t.kind == IndexNoLayoutToken::kYearMonth;
    serial += t.kind == IndexNoLayoutToken::kSerial;
    if (t.kind == IndexNoLayoutToken::kSerial && t.digits > 9) {
      *hint = {"a serial has at most 9 digits, such as {nnnnnn}",
               "流水号最多 9 位，例如 {nnnnnn}"};
      const std::string digits = std::to_string(t.digits);
      return {"has a serial of " + digits + " digits",
              "的流水号有 " + digits + " 位"};
    }
  }
  if (serial == 0) {
    *hint = Said{"add a serial, such as {org}/{yyyy}-{nnnnn}; ",
                 "添加流水号，例如 {org}/{yyyy}-{nnnnn}；"} +
            kPlaceholders;
    return {
        "has no serial ({nnnnn}), so every document would get the same "
        "索引号",
        "没有流水号（{nnnnn}），每份文档都会得到同一个索引号"};
  }
  if (serial > 1 || org > 1 || year > 1) {
    *hint = {"write each of {org}, the year and the serial at most once",
             "{org}、年份和流水号各写一次"};
    if (serial > 1) return {"has two serials", "有两个流水号"};
    if (org > 1) return {"has {org} twice", "有两个 {org}"};
    return {"has the year twice", "有两个年份"};
  }
  return {};
}

// Whether a literal holds a letter, a digit or a character outside ASCII
// (not only separators such as "-" or "/").
bool HasMark(const std::string& literal) {
  for (unsigned char c : literal) {
    if (c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9')) {
      return true;
    }
  }
  return false;
}

// Checks one layout at node; site_wide: it must keep departments apart.
bool CheckLayoutAt(const YamlNode& node, const std::string& text,
                   bool site_wide, const std::string& path,
                   Diagnostics& diags) {
  const IndexNoLayout layout = ParseIndexNoLayout(text);
  if (!layout.error.empty()) {
    diags.Error(kBadIndexNoLayout, path, node.line, node.column,
                Said{"索引号 layout ", "索引号格式"} + Quote(text) +
                    Said{" " + layout.error.en, layout.error.zh},
                layout.hint);
    return false;
  }
  if (site_wide && !layout.HasOrg() && !layout.HasLocalPrefix()) {
    diags.Error(
        kIndexNoLayoutWithoutOrg, path, node.line, node.column,
        Said{"索引号 layout ", "索引号格式"} + Quote(text) +
            Said{" has no {org}, so two departments would give the "
                 "same 索引号",
                 "没有 {org}，两个部门会给出同一个索引号"},
        Said{"add {org} (for example {org}/" + text +
                 "), begin it with the site's own prefix (for "
                 "example YP-" +
                 text +
                 "), or give it to one department as "
                 "index_no_layouts in content/departments.yaml",
             "添加 {org}（例如 {org}/" + text +
                 "），以网站自己的前缀开头（例如 YP-" + text +
                 "），或把它写进 content/departments.yaml 中某一个部门的 "
                 "index_no_layouts"});
    return false;
  }
  return true;
}

// The layouts of a list node, each checked; the good ones are returned.
std::vector<std::string> ReadLayoutList(const YamlNode& list, bool site_wide,
                                        ConfigReader& r, Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& item : list.items) {
    if (!item.is_scalar() || Trim(item.text).empty()) {
      r.Error(item.line, item.column,
              Said{"a layout of 索引号 must be text, got ",
                   "索引号格式应为文字，现为"} +
                  item.KindSaid(),
              Said{"for example \"{org}/{yyyy}-{nnnnn}\"",
                   "例如“{org}/{yyyy}-{nnnnn}”"});
      continue;
    }
    const std::string text = Trim(item.text);
    if (CheckLayoutAt(item, text, site_wide, r.path(), diags)) {
      out.push_back(text);
    }
  }
  return out;
}

IndexNoYear ReadYearOf(const YamlNode& map, ConfigReader& r) {
  const std::string year_of = r.Text(map, "year_of", false, kIndexNo);
  if (year_of.empty() || year_of == "published") return IndexNoYear::kPublished;
  if (year_of == "written") return IndexNoYear::kWritten;
  const YamlNode* n = map.Find("year_of");
  r.Error(n->line, n->column,
          Said{"\"year_of\" must be published or written, got ",
               "“year_of”应为 published 或 written，现为"} +
              Quote(year_of),
          Said{"published: the year of 发布日期; written: the year of 成文日期",
               "published：按发布日期的年份；written：按成文日期的年份"});
  return IndexNoYear::kPublished;
}

}  // namespace

bool IndexNoLayout::HasOrg() const {
  for (const auto& t : tokens) {
    if (t.kind == IndexNoLayoutToken::kOrg) return true;
  }
  return false;
}

bool IndexNoLayout::HasLocalPrefix() const {
  return !tokens.empty() &&
         tokens.front().kind == IndexNoLayoutToken::kLiteral &&
         HasMark(tokens.front().literal);
}

IndexNoLayout ParseIndexNoLayout(const std::string& text) {
  IndexNoLayout out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('{', i);
    if (open != i) {
      size_t end = open == std::string::npos ? text.size() : open;
      IndexNoLayoutToken lit;
      lit.literal = text.substr(i, end - i);
      out.tokens.push_back(lit);
      i = end;
      continue;
    }
    size_t close = text.find('}', open);
    if (close == std::string::npos) {
      out.error = {"has a \"{\" without \"}\"", "中有“{”却没有对应的“}”"};
      out.hint = kPlaceholders;
      return out;
    }
    const std::string name = text.substr(open + 1, close - open - 1);
    IndexNoLayoutToken tok;
    if (!PlaceholderToken(name, &tok)) {
      out.error = {"has the unknown placeholder {" + name + "}",
                   "中有未知的占位符 {" + name + "}"};
      out.hint = PlaceholderHint(name);
      return out;
    }
    out.tokens.push_back(tok);
    i = close + 1;
  }
  out.error = CheckCounts(out, &out.hint);
  return out;
}

void ReadSiteIndexNo(const YamlNode& root, ConfigReader& r, SiteConfig& site,
                     Diagnostics& diags) {
  const YamlNode* node = root.Find("index_no");
  if (node == nullptr || node->is_null()) return;
  std::vector<std::string> layouts;
  if (node->is_scalar()) {
    const std::string text = Trim(node->text);
    if (text.empty()) return;
    if (CheckLayoutAt(*node, text, true, r.path(), diags)) {
      layouts.push_back(text);
    }
  } else if (node->is_list()) {  // the layouts alone, by the year published
    layouts = ReadLayoutList(*node, true, r, diags);
  } else if (r.ExpectMap(*node, kIndexNo)) {
    r.OnlyKeys(*node, {"layouts", "year_of"}, kIndexNo);
    if (const YamlNode* list = r.List(*node, "layouts", true)) {
      layouts = ReadLayoutList(*list, true, r, diags);
      if (list->items.empty()) {
        r.Error(list->line, list->column,
                Said{"\"layouts\" of index_no needs at least one layout",
                     "索引号（index_no）的“layouts”应至少有一个格式"},
                Said{"for example layouts: [\"{org}/{yyyy}-{nnnnn}\"]",
                     "例如 layouts: [\"{org}/{yyyy}-{nnnnn}\"]"});
      }
    }
    site.index_no_year_of = ReadYearOf(*node, r);
  }
  if (layouts.empty()) return;  // reported; the default layout stays
  site.index_no_layouts = layouts;
  site.index_no_layout = layouts.front();
}

std::vector<std::string> ReadDepartmentLayouts(const YamlNode& item,
                                               ConfigReader& r,
                                               Diagnostics& diags) {
  const YamlNode* list = r.List(item, "index_no_layouts", false);
  if (list == nullptr) return {};
  return ReadLayoutList(*list, false, r, diags);
}

std::vector<std::string> Config::IndexNoLayoutsFor(
    const std::string& department) const {
  std::vector<std::string> out;
  if (const Department* d = FindDepartment(department)) {
    out = d->index_no_layouts;
  }
  out.insert(out.end(), site.index_no_layouts.begin(),
             site.index_no_layouts.end());
  return out;
}

}  // namespace disclose
