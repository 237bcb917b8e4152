#include "config/config.h"

#include <set>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "config/config_reader.h"
#include "config/org_code.h"
#include "frontmatter/front_matter.h"
#include "frontmatter/yaml_parse.h"
#include "model/identity.h"

namespace disclose {

const Section* SiteConfig::FindSection(const std::string& id) const {
  for (const auto& s : sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const Category* SiteConfig::FindCategory(const std::string& name) const {
  for (const auto& c : categories) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const FieldSpec* Schema::FindField(const std::string& key) const {
  for (const auto& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

const Department* Config::FindDepartment(const std::string& id) const {
  for (const auto& d : departments) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

const char* FieldKindName(FieldKind kind) {
  switch (kind) {
    case FieldKind::kText: return "text";
    case FieldKind::kLongText: return "long_text";
    case FieldKind::kDate: return "date";
    case FieldKind::kEnum: return "enum";
    case FieldKind::kList: return "list";
    case FieldKind::kRecord: return "record";
    case FieldKind::kIndexNo: return "index_no";
    case FieldKind::kDocNo: return "doc_no";
    case FieldKind::kPhone: return "phone";
    case FieldKind::kDepartment: return "department";
    case FieldKind::kDocument: return "document";
    case FieldKind::kCategory: return "category";
    case FieldKind::kDays: return "days";
    case FieldKind::kPeriod: return "period";
  }
  return "text";
}

namespace {

using Reader = ConfigReader;

// The publisher signs every commit, so its name and email follow the rules
// of --author; each problem is reported at its value (a missing one is
// reported as missing).
void CheckPublisher(Reader& r, const YamlNode& pub, const SiteConfig& site) {
  auto report = [&](const char* key, const std::string& value, Status s) {
    const YamlNode* n = pub.Find(key);
    if (!value.empty() && !s.ok()) r.Error(n->line, n->column, s.message());
  };
  const std::string& name = site.publisher_name;
  const std::string& email = site.publisher_email;
  report("name", name, CheckIdentityName(name, "site.yaml publisher"));
  report("email", email, CheckIdentityEmail(email, "site.yaml publisher"));
}

SiteConfig ParseSite(const SourceFile& file, Diagnostics& diags) {
  SiteConfig site;
  YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
  if (!parsed.ok) return site;
  Reader r(file.path, diags);
  const YamlNode& root = parsed.root;
  if (!r.ExpectMap(root, "site.yaml")) return site;
  r.OnlyKeys(root,
             {"title", "subtitle", "base_url", "language", "publisher",
              "index_no", "page_size", "sections", "categories"},
             "site.yaml");
  site.title = r.Text(root, "title", true, "site.yaml");
  site.subtitle = r.Text(root, "subtitle", false, "site.yaml");
  site.base_url = r.Text(root, "base_url", true, "site.yaml");
  if (!site.base_url.empty()) {
    size_t scheme = site.base_url.find("://");
    if (scheme == std::string::npos ||
        (!StartsWith(site.base_url, "https://") &&
         !StartsWith(site.base_url, "http://"))) {
      const YamlNode* n = root.Find("base_url");
      r.Error(n->line, n->column,
              "base_url must be an absolute http(s) address, got \"" +
                  site.base_url + "\"",
              "for example https://zwgk.example.gov.cn/");
    } else {
      if (site.base_url.back() != '/') site.base_url += '/';
      size_t path = site.base_url.find('/', scheme + 3);
      site.base_path = site.base_url.substr(path);
    }
  }
  if (site.base_path.empty()) site.base_path = "/";
  std::string lang = r.Text(root, "language", false, "site.yaml");
  if (!lang.empty()) site.language = lang;
  if (const YamlNode* pub = root.Find("publisher")) {
    if (r.ExpectMap(*pub, "publisher")) {
      r.OnlyKeys(*pub, {"name", "email"}, "publisher");
      site.publisher_name = r.Text(*pub, "name", true, "publisher");
      site.publisher_email = r.Text(*pub, "email", true, "publisher");
      CheckPublisher(r, *pub, site);
    }
  } else {
    r.Error(root.line > 0 ? root.line : 1, 1,
            "site.yaml needs \"publisher\" with a name and an email",
            "publisher: {name: 市政务服务中心, email: zwzx@example.gov.cn}");
  }
  std::string layout = r.Text(root, "index_no", false, "site.yaml");
  if (!layout.empty()) site.index_no_layout = layout;
  site.page_size = r.Number(root, "page_size", site.page_size);
  if (site.page_size < 1) site.page_size = 20;

  std::set<std::string> seen;
  if (const YamlNode* list = r.List(root, "sections", true)) {
    for (const auto& item : list->items) {
      if (!r.ExpectMap(item, "a section")) continue;
      r.OnlyKeys(item, {"id", "name"}, "a section");
      Section s{r.Text(item, "id", true, "a section"),
                r.Text(item, "name", true, "a section")};
      static const char* const kReserved[] = {
          "catalogue", "departments", "categories", "years", "types",
          "assets",    "page",        "updates",    "search", "feeds"};
      bool reserved = false;
      for (const char* r : kReserved) reserved = reserved || s.id == r;
      if (reserved) {
        const YamlNode* n = item.Find("id");
        r.Error(n->line, n->column,
                "section id \"" + s.id +
                    "\" is the address of one of the site's own pages",
                "choose another folder name");
      } else if (!s.id.empty() && !IsSlug(s.id)) {
        r.Error(item.line, item.column,
                "section id \"" + s.id +
                    "\" may hold only a-z, 0-9 and '-', since it is a folder "
                    "and a URL");
      } else if (!seen.insert("s:" + s.id).second) {
        r.Error(item.line, item.column, "section \"" + s.id + "\" is listed twice");
      }
      site.sections.push_back(s);
    }
  }
  if (const YamlNode* list = r.List(root, "categories", true)) {
    for (const auto& item : list->items) {
      if (!r.ExpectMap(item, "a category")) continue;
      r.OnlyKeys(item, {"slug", "name"}, "a category");
      Category c{r.Text(item, "slug", true, "a category"),
                 r.Text(item, "name", true, "a category")};
      if (!c.slug.empty() && !IsSlug(c.slug)) {
        r.Error(item.line, item.column,
                "category slug \"" + c.slug +
                    "\" may hold only a-z, 0-9 and '-'");
      } else if (!seen.insert("c:" + c.slug).second ||
                 !seen.insert("n:" + c.name).second) {
        r.Error(item.line, item.column,
                "category \"" + c.name + "\" is listed twice");
      }
      site.categories.push_back(c);
    }
  }
  return site;
}

// A department's names are read as names: an invisible character in one is
// a D110 warning, named by its key path ("departments[3].name").
void WarnInvisibleInNames(const YamlNode& item, size_t index,
                          const std::string& path, Diagnostics& diags) {
  for (const char* key : {"name", "full_name"}) {
    if (const YamlNode* n = item.Find(key)) {
      WarnIfInvisible(*n,
                      "departments[" + std::to_string(index + 1) + "]." + key,
                      path, diags);
    }
  }
}

std::vector<Department> ParseDepartments(const SourceFile& file,
                                         Diagnostics& diags) {
  std::vector<Department> out;
  YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
  if (!parsed.ok) return out;
  Reader r(file.path, diags);
  if (!r.ExpectMap(parsed.root, "departments.yaml")) return out;
  r.OnlyKeys(parsed.root, {"departments"}, "departments.yaml");
  const YamlNode* list = r.List(parsed.root, "departments", true);
  if (list == nullptr) return out;
  std::set<std::string> ids, codes;
  for (const auto& item : list->items) {
    if (!r.ExpectMap(item, "a department")) continue;
    r.OnlyKeys(item, {"id", "name", "full_name", "org_code", "window", "phone"},
               "a department");
    Department d;
    d.line = item.line;
    d.id = r.Text(item, "id", true, "a department");
    d.name = r.Text(item, "name", true, "a department");
    d.full_name = r.Text(item, "full_name", false, "a department");
    if (d.full_name.empty()) d.full_name = d.name;
    WarnInvisibleInNames(item, static_cast<size_t>(&item - list->items.data()),
                         file.path, diags);
    d.org_code = r.Text(item, "org_code", true, "a department");
    d.window = r.Text(item, "window", false, "a department");
    d.phone = r.Text(item, "phone", false, "a department");
    if (!d.id.empty() && !IsSlug(d.id)) {
      r.Error(item.line, item.column,
              "department id \"" + d.id + "\" may hold only a-z, 0-9 and '-'");
    } else if (!d.id.empty() && !ids.insert(d.id).second) {
      r.Error(item.line, item.column,
              "department id \"" + d.id + "\" is listed twice");
    }
    if (!d.org_code.empty()) {
      const YamlNode* n = item.Find("org_code");
      if (!IsValidOrgCode(d.org_code)) {
        char check = ExpectedCheckChar(d.org_code);
        r.Error(n->line, n->column,
                "org_code \"" + d.org_code +
                    "\" is not a valid organisation code (8 characters, '-', "
                    "check character) or unified social credit code "
                    "(18 characters)",
                check ? std::string("its check character would be ") + check
                      : std::string());
      } else if (!codes.insert(CompactOrgCode(d.org_code)).second) {
        r.Error(n->line, n->column,
                "org_code \"" + d.org_code + "\" is given to two departments");
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::optional<FieldKind> KindFromName(const std::string& name) {
  static const FieldKind kAll[] = {
      FieldKind::kText,     FieldKind::kLongText,   FieldKind::kDate,
      FieldKind::kEnum,     FieldKind::kList,       FieldKind::kRecord,
      FieldKind::kIndexNo,  FieldKind::kDocNo,      FieldKind::kPhone,
      FieldKind::kDepartment, FieldKind::kDocument, FieldKind::kCategory,
      FieldKind::kDays,     FieldKind::kPeriod};
  for (FieldKind k : kAll) {
    if (name == FieldKindName(k)) return k;
  }
  return std::nullopt;
}

FieldSpec ParseFieldSpec(const YamlNode& node, Reader& r, bool needs_key) {
  FieldSpec f;
  f.line = node.line;
  if (!r.ExpectMap(node, "a field")) return f;
  r.OnlyKeys(node,
             {"key", "label", "kind", "required", "max_length", "values",
              "item", "fields", "not_after", "not_more_than", "catch_all",
              "unique", "ref_type", "example"},
             "a field");
  f.key = r.Text(node, "key", needs_key, "a field");
  f.label = r.Text(node, "label", needs_key, "a field");
  if (f.label.empty()) f.label = f.key;
  std::string kind = r.Text(node, "kind", true, "a field");
  if (auto k = KindFromName(kind)) {
    f.kind = *k;
  } else if (!kind.empty()) {
    const YamlNode* n = node.Find("kind");
    r.Error(n->line, n->column, "unknown field kind \"" + kind + "\"",
            "one of text, long_text, date, enum, list, record, index_no, "
            "doc_no, phone, department, document, category, days, period");
  }
  f.required = r.Flag(node, "required");
  f.max_length = r.Number(node, "max_length", 0);
  f.not_after = r.Text(node, "not_after", false, "a field");
  f.not_more_than = r.Text(node, "not_more_than", false, "a field");
  f.unique = r.Flag(node, "unique");
  f.ref_type = r.Text(node, "ref_type", false, "a field");
  if (const YamlNode* ex = node.Find("example")) f.example = *ex;
  // Enums need their values; a document reference may accept some literal
  // values instead (免费 for a fee).
  if (f.kind == FieldKind::kEnum || f.kind == FieldKind::kDocument) {
    if (const YamlNode* values =
            r.List(node, "values", f.kind == FieldKind::kEnum)) {
      for (const auto& v : values->items) {
        if (v.is_scalar()) f.values.push_back(v.text);
      }
    }
  }
  if (const YamlNode* words = r.List(node, "catch_all", false)) {
    for (const auto& w : words->items) {
      if (w.is_scalar() && !Trim(w.text).empty()) {
        f.catch_all.push_back(Trim(w.text));
      }
    }
  }
  // Settings that mean something only for some kinds.
  auto only_for = [&](const char* setting, bool fits, const char* what) {
    const YamlNode* n = node.Find(setting);
    if (fits || n == nullptr) return;
    r.Error(n->line, n->column,
            std::string("\"") + setting + "\" is for " + what +
                ", not for a field of kind " + FieldKindName(f.kind));
  };
  only_for("not_after", f.kind == FieldKind::kDate, "dates");
  only_for("not_more_than", f.kind == FieldKind::kDays, "days");
  only_for("catch_all",
           f.kind == FieldKind::kText || f.kind == FieldKind::kLongText,
           "text and long_text");
  only_for("unique",
           f.kind != FieldKind::kList && f.kind != FieldKind::kRecord,
           "fields of one value");
  if (f.kind == FieldKind::kList) {
    const YamlNode* item = node.Find("item");
    if (item == nullptr) {
      r.Error(node.line, node.column,
              "a list field needs \"item\" to say what each element is");
      f.item.push_back(FieldSpec{});
    } else {
      f.item.push_back(ParseFieldSpec(*item, r, false));
      f.item.back().label = f.label;
    }
  }
  if (f.kind == FieldKind::kRecord) {
    if (const YamlNode* list = r.List(node, "fields", true)) {
      for (const auto& sub : list->items) {
        f.fields.push_back(ParseFieldSpec(sub, r, true));
      }
    }
  }
  return f;
}

void ParseSchemaBody(const YamlNode& root, Reader& r, Schema& schema) {
  if (const YamlNode* list = r.List(root, "fields", false)) {
    for (const auto& item : list->items) {
      FieldSpec f = ParseFieldSpec(item, r, true);
      if (!f.key.empty() && schema.FindField(f.key) != nullptr) {
        r.Error(item.line, item.column,
                "field \"" + f.key + "\" is declared twice");
        continue;
      }
      schema.fields.push_back(std::move(f));
    }
    // Fields that name other fields, now that every field is known.
    for (const auto& item : list->items) {
      const YamlNode* key = item.is_map() ? item.Find("key") : nullptr;
      const FieldSpec* f =
          key && key->is_scalar() ? schema.FindField(Trim(key->text)) : nullptr;
      if (f == nullptr) continue;
      auto names = [&](const char* setting, const std::string& target,
                       FieldKind kind) {
        if (target.empty()) return;
        const FieldSpec* t = schema.FindField(target);
        if (t != nullptr && t->kind == kind) return;
        const YamlNode* n = item.Find(setting);
        r.Error(n->line, n->column,
                std::string("\"") + setting + "\" must name a field of kind " +
                    FieldKindName(kind) + ", got \"" + target + "\"");
      };
      names("not_after", f->not_after, FieldKind::kDate);
      names("not_more_than", f->not_more_than, FieldKind::kDays);
    }
  }
  if (const YamlNode* list = r.List(root, "rules", false)) {
    for (const auto& item : list->items) {
      if (!r.ExpectMap(item, "a rule")) continue;
      r.OnlyKeys(item, {"when", "require_one_of", "disjoint"}, "a rule");
      SchemaRule rule;
      rule.line = item.line;
      if (const YamlNode* lists = item.Find("disjoint")) {
        if (item.Find("when") || item.Find("require_one_of")) {
          r.Error(item.line, item.column,
                  "a rule is either \"when\" with \"require_one_of\", or "
                  "\"disjoint\"");
        }
        if (const YamlNode* keys = r.List(item, "disjoint", true)) {
          for (const auto& k : keys->items) {
            const FieldSpec* f = schema.FindField(k.text);
            if (f == nullptr || f->kind != FieldKind::kList) {
              r.Error(k.line, k.column,
                      "\"disjoint\" must name list fields, got \"" + k.text +
                          "\"");
            }
            rule.disjoint.push_back(k.text);
          }
        }
        if (lists->is_list() && rule.disjoint.size() < 2) {
          r.Error(lists->line, lists->column,
                  "\"disjoint\" needs at least two list fields");
        }
        schema.rules.push_back(std::move(rule));
        continue;
      }
      if (const YamlNode* when = item.Find("when"); when && r.ExpectMap(*when, "when")) {
        rule.when_key = r.Text(*when, "key", true, "when");
        rule.equals = r.Text(*when, "equals", true, "when");
      }
      if (const YamlNode* one = r.List(item, "require_one_of", true)) {
        for (const auto& k : one->items) rule.require_one_of.push_back(k.text);
      }
      schema.rules.push_back(std::move(rule));
    }
  }
  if (const YamlNode* tables = root.Find("tables")) {
    if (r.ExpectMap(*tables, "tables")) {
      r.OnlyKeys(*tables, {"label", "required", "columns"}, "tables");
      TableSpec t;
      t.label = r.Text(*tables, "label", false, "tables");
      if (t.label.empty()) t.label = "表格";
      t.required = r.Flag(*tables, "required");
      if (const YamlNode* cols = r.List(*tables, "columns", true)) {
        for (const auto& c : cols->items) {
          if (!r.ExpectMap(c, "a column")) continue;
          r.OnlyKeys(c, {"label", "kind", "required"}, "a column");
          TableColumnSpec col;
          col.label = r.Text(c, "label", true, "a column");
          std::string kind = r.Text(c, "kind", false, "a column");
          col.amount = kind == "amount";
          if (!kind.empty() && kind != "amount" && kind != "text") {
            r.Error(c.line, c.column,
                    "a column's kind is text or amount, got \"" + kind + "\"");
          }
          col.required = r.Flag(c, "required");
          t.columns.push_back(std::move(col));
        }
      }
      schema.tables = std::move(t);
    }
  }
}

std::map<std::string, Schema> ParseSchemas(
    const std::vector<SourceFile>& files, Diagnostics& diags) {
  std::map<std::string, Schema> out;
  Schema core;
  bool have_core = false;
  std::vector<std::pair<const SourceFile*, YamlNode>> types;
  for (const auto& file : files) {
    YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
    if (!parsed.ok) continue;
    Reader r(file.path, diags);
    if (!r.ExpectMap(parsed.root, "a schema")) continue;
    if (EndsWith(file.path, "/core.yaml")) {
      r.OnlyKeys(parsed.root, {"fields", "rules"}, "core.yaml");
      core.path = file.path;
      ParseSchemaBody(parsed.root, r, core);
      have_core = true;
    } else {
      types.emplace_back(&file, std::move(parsed.root));
    }
  }
  for (auto& [file, root] : types) {
    Reader r(file->path, diags);
    r.OnlyKeys(root, {"type", "label", "fields", "rules", "tables"}, "a schema");
    Schema schema = core;
    schema.path = file->path;
    schema.core_path = core.path;
    schema.type = r.Text(root, "type", true, "a schema");
    schema.label = r.Text(root, "label", true, "a schema");
    ParseSchemaBody(root, r, schema);
    if (schema.type.empty()) continue;
    if (out.count(schema.type)) {
      r.Error(1, 1, "type \"" + schema.type + "\" is declared by two schemas");
      continue;
    }
    out.emplace(schema.type, std::move(schema));
  }
  if (!have_core && !files.empty()) {
    diags.Error(kMissingSetting, "content/schemas", 0, 0,
                "content/schemas/core.yaml, the fields every disclosure "
                "carries, is missing");
  }
  return out;
}

}  // namespace

Config ParseConfig(const SiteSources& sources, Diagnostics& diags) {
  Config config;
  config.site = ParseSite(sources.site_config, diags);
  config.departments = ParseDepartments(sources.departments, diags);
  config.schemas = ParseSchemas(sources.schemas, diags);
  return config;
}

}  // namespace disclose
