#include "config/config.h"

#include <set>

#include "base/text.h"
#include "config/categories.h"
#include "config/config_reader.h"
#include "config/index_no_layouts.h"
#include "config/org_code.h"
#include "config/schemas.h"
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

const FieldSpec* Schema::FindField(const std::string& key) const {
  for (const auto& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

Validity Schema::ValidityOf(const std::string& value) const {
  const FieldSpec* f = FindField("validity");
  if (f == nullptr) return Validity::kInForce;
  auto it = f->meanings.find(value);
  return it == f->meanings.end() ? Validity::kInForce : it->second;
}

std::string Schema::InForceValue() const {
  const FieldSpec* f = FindField("validity");
  if (f == nullptr) return "";
  for (const auto& value : f->values) {
    auto it = f->meanings.find(value);
    if (it != f->meanings.end() && it->second == Validity::kInForce) {
      return value;
    }
  }
  return "";
}

const Department* Config::FindDepartment(const std::string& id) const {
  for (const auto& d : departments) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

Validity Config::ValidityOf(const std::string& type,
                            const std::string& value) const {
  auto it = schemas.find(type);
  if (it != schemas.end()) return it->second.ValidityOf(value);
  auto meaning = DefaultValidityMeanings().find(value);
  return meaning == DefaultValidityMeanings().end() ? Validity::kInForce
                                                    : meaning->second;
}

bool Config::IsWindowAssessment(const std::string& type) const {
  auto it = schemas.find(type);
  if (it == schemas.end()) {
    return DefaultRole(type) == SchemaRole::kWindowAssessment;
  }
  return it->second.IsWindowAssessment();
}

const char* ColumnRoleName(ColumnRole role) {
  switch (role) {
    case ColumnRole::kItem:
      return "item";
    case ColumnRole::kUnit:
      return "unit";
    case ColumnRole::kAmount:
      return "amount";
    case ColumnRole::kNone:
      break;
  }
  return "";
}

const char* FieldKindName(FieldKind kind) {
  switch (kind) {
    case FieldKind::kText:
      return "text";
    case FieldKind::kLongText:
      return "long_text";
    case FieldKind::kDate:
      return "date";
    case FieldKind::kEnum:
      return "enum";
    case FieldKind::kList:
      return "list";
    case FieldKind::kRecord:
      return "record";
    case FieldKind::kIndexNo:
      return "index_no";
    case FieldKind::kDocNo:
      return "doc_no";
    case FieldKind::kPhone:
      return "phone";
    case FieldKind::kDepartment:
      return "department";
    case FieldKind::kDocument:
      return "document";
    case FieldKind::kCategory:
      return "category";
    case FieldKind::kDays:
      return "days";
    case FieldKind::kPeriod:
      return "period";
    case FieldKind::kCount:
      return "count";
    case FieldKind::kNames:
      return "names";
  }
  return "text";
}

namespace {

using Reader = ConfigReader;

// The publisher signs every commit, so its name and email follow the rules
// of --author; each problem is reported at its value (a missing one is
// reported as missing).
void CheckPublisher(Reader& r, const YamlNode& pub, const SiteConfig& site) {
  auto report = [&](const char* key, const std::string& value,
                    const Status& s) {
    const YamlNode* n = pub.Find(key);
    if (!value.empty() && !s.ok()) r.Error(n->line, n->column, s.message());
  };
  const std::string& name = site.publisher_name;
  const std::string& email = site.publisher_email;
  report("name", name, CheckIdentityName(name, "site.yaml publisher"));
  report("email", email, CheckIdentityEmail(email, "site.yaml publisher"));
}

// base_url, absolute, ending with '/'; sets base_path from it.
void ReadBaseUrl(const YamlNode& root, Reader& r, SiteConfig& site) {
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
}

void ReadPublisher(const YamlNode& root, Reader& r, SiteConfig& site) {
  const YamlNode* pub = root.Find("publisher");
  if (pub == nullptr) {
    r.Error(root.line > 0 ? root.line : 1, 1,
            "site.yaml needs \"publisher\" with a name and an email",
            "publisher: {name: 市政务服务中心, email: zwzx@example.gov.cn}");
    return;
  }
  if (!r.ExpectMap(*pub, "publisher")) return;
  r.OnlyKeys(*pub, {"name", "email"}, "publisher");
  site.publisher_name = r.Text(*pub, "name", true, "publisher");
  site.publisher_email = r.Text(*pub, "email", true, "publisher");
  CheckPublisher(r, *pub, site);
}

// The addresses of the site's own pages, which no section may take.
bool IsReservedSection(const std::string& id) {
  static const char* const kReserved[] = {
      "catalogue", "departments", "categories", "years",  "types",
      "assets",    "page",        "updates",    "search", "feeds"};
  for (const char* reserved : kReserved) {
    if (id == reserved) return true;
  }
  return false;
}

std::vector<Section> ReadSections(const YamlNode& root, Reader& r) {
  std::vector<Section> sections;
  std::set<std::string> seen;
  const YamlNode* list = r.List(root, "sections", true);
  if (list == nullptr) return sections;
  for (const auto& item : list->items) {
    if (!r.ExpectMap(item, "a section")) continue;
    r.OnlyKeys(item, {"id", "name"}, "a section");
    Section s{r.Text(item, "id", true, "a section"),
              r.Text(item, "name", true, "a section")};
    if (IsReservedSection(s.id)) {
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
    } else if (!seen.insert(s.id).second) {
      r.Error(item.line, item.column,
              "section \"" + s.id + "\" is listed twice");
    }
    sections.push_back(s);
  }
  return sections;
}

// `dates: iso | as_written` (DateStyle).
void ReadDateStyle(const YamlNode& root, Reader& r, SiteConfig& site) {
  const std::string style = r.Text(root, "dates", false, "site.yaml");
  if (style.empty() || style == "iso") return;
  if (style == "as_written") {
    site.dates = DateStyle::kAsWritten;
    return;
  }
  const YamlNode* n = root.Find("dates");
  r.Error(n->line, n->column,
          "dates must be iso or as_written, got \"" + style + "\"",
          "iso warns about dates such as 2005年1月10日; as_written accepts "
          "them silently");
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
              "index_no", "page_size", "sections", "categories", "dates"},
             "site.yaml");
  site.title = r.Text(root, "title", true, "site.yaml");
  site.subtitle = r.Text(root, "subtitle", false, "site.yaml");
  ReadBaseUrl(root, r, site);
  std::string lang = r.Text(root, "language", false, "site.yaml");
  if (!lang.empty()) site.language = lang;
  ReadPublisher(root, r, site);
  ReadSiteIndexNo(root, r, site, diags);
  site.page_size = r.Number(root, "page_size", site.page_size);
  if (site.page_size < 1) site.page_size = 20;
  site.sections = ReadSections(root, r);
  site.categories = ReadCategories(root, r);
  ReadDateStyle(root, r, site);
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
  std::set<std::string> ids;
  for (const auto& item : list->items) {
    if (!r.ExpectMap(item, "a department")) continue;
    r.OnlyKeys(item,
               {"id", "name", "full_name", "org_code", "window", "phone",
                "index_no_layouts"},
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
    d.index_no_layouts = ReadDepartmentLayouts(item, r, diags);
    if (!d.id.empty() && !IsSlug(d.id)) {
      r.Error(item.line, item.column,
              "department id \"" + d.id + "\" may hold only a-z, 0-9 and '-'");
    } else if (!d.id.empty() && !ids.insert(d.id).second) {
      r.Error(item.line, item.column,
              "department id \"" + d.id + "\" is listed twice");
    }
    // Two departments may share an organisation code: a general office
    // publishes under its government's, and the 索引号 check (D303) asks
    // only for the code of the publishing department.
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
      }
    }
    out.push_back(std::move(d));
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
