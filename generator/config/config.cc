#include "config/config.h"

#include <map>

#include "base/text.h"
#include "config/categories.h"
#include "config/config_reader.h"
#include "config/index_no_layouts.h"
#include "config/org_code.h"
#include "config/portal.h"
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
    case FieldKind::kUrl:
      return "url";
  }
  return "text";
}

namespace {

using Reader = ConfigReader;

// The places settings are read from, in both languages.
const Said kSiteYaml{"site.yaml", "site.yaml"};
const Said kPublisher{"publisher", "发布者（publisher）"};
const Said kASection{"a section", "栏目"};
const Said kDepartmentsYaml{"departments.yaml", "departments.yaml"};
const Said kADepartment{"a department", "部门"};

// The publisher signs every commit, so its name and email follow the rules
// of --author; each problem is reported at its value (a missing one is
// reported as missing).
void CheckPublisher(Reader& r, const YamlNode& pub, const SiteConfig& site) {
  auto report = [&](const char* key, const std::string& value,
                    const Said& problem) {
    const YamlNode* n = pub.Find(key);
    if (value.empty() || problem.empty()) return;
    r.Error(n->line, n->column, problem);
  };
  const Said where{"site.yaml publisher", "site.yaml 中的发布者（publisher）"};
  const std::string& name = site.publisher_name;
  const std::string& email = site.publisher_email;
  report("name", name, IdentityNameProblem(name, where));
  report("email", email, IdentityEmailProblem(email, where));
}

// base_url, absolute, ending with '/'; sets base_path from it.
void ReadBaseUrl(const YamlNode& root, Reader& r, SiteConfig& site) {
  site.base_url = r.Text(root, "base_url", true, kSiteYaml);
  if (!site.base_url.empty()) {
    size_t scheme = site.base_url.find("://");
    if (scheme == std::string::npos ||
        (!StartsWith(site.base_url, "https://") &&
         !StartsWith(site.base_url, "http://"))) {
      const YamlNode* n = root.Find("base_url");
      r.Error(n->line, n->column,
              Said{"base_url must be an absolute http(s) address, got ",
                   "网站地址（base_url）应为以 http:// 或 https:// "
                   "开头的完整地址，现为"} +
                  Quote(site.base_url),
              Said{"for example https://zwgk.example.gov.cn/",
                   "例如 https://zwgk.example.gov.cn/"});
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
    r.Error(
        root.line > 0 ? root.line : 1, 1,
        Said{"site.yaml needs \"publisher\" with a name and an email",
             "site.yaml 缺少发布者（publisher），应写明名称和邮箱"},
        Said{"publisher: {name: 市政务服务中心, email: zwzx@example.gov.cn}",
             "添加 publisher: {name: 市政务服务中心, email: "
             "zwzx@example.gov.cn}"});
    return;
  }
  if (!r.ExpectMap(*pub, kPublisher)) return;
  r.OnlyKeys(*pub, {"name", "email"}, kPublisher);
  site.publisher_name = r.Text(*pub, "name", true, kPublisher);
  site.publisher_email = r.Text(*pub, "email", true, kPublisher);
  CheckPublisher(r, *pub, site);
}

// The addresses of the site's own pages, which no section may take.
bool IsReservedSection(const std::string& id) {
  static const char* const kReserved[] = {
      "catalogue", "departments", "categories", "years", "types",  "assets",
      "page",      "updates",     "search",     "feeds", "sitemap"};
  for (const char* reserved : kReserved) {
    if (id == reserved) return true;
  }
  return false;
}

std::vector<Section> ReadSections(const YamlNode& root, Reader& r) {
  std::vector<Section> sections;
  std::map<std::string, int> seen;  // id -> line
  const YamlNode* list = r.List(root, "sections", true);
  if (list == nullptr) return sections;
  for (const auto& item : list->items) {
    if (!r.ExpectMap(item, kASection)) continue;
    r.OnlyKeys(item, {"id", "name"}, kASection);
    Section s{r.Text(item, "id", true, kASection),
              r.Text(item, "name", true, kASection)};
    if (IsReservedSection(s.id)) {
      const YamlNode* n = item.Find("id");
      r.Error(n->line, n->column,
              Said{"section id ", "栏目 id"} + Quote(s.id) +
                  Said{" is the address of one of the site's own pages",
                       "是网站自身页面的地址"},
              Said{"choose another folder name", "改用另一个文件夹名"});
    } else if (!s.id.empty() && !IsSlug(s.id)) {
      r.Error(item.line, item.column,
              Said{"section id ", "栏目 id"} + Quote(s.id) +
                  Said{" may hold only a-z, 0-9 and '-', since it is a "
                       "folder and a URL",
                       "只能含有 a-z、0-9 和“-”，因为它是文件夹名，也是网址"});
    } else if (auto [it, first] = seen.emplace(s.id, item.line); !first) {
      r.Error(item.line, item.column,
              Said{"section ", "栏目"} + Quote(s.id) +
                  Said{" is listed twice", "重复"} + FirstAtLine(it->second));
    }
    sections.push_back(s);
  }
  return sections;
}

// `dates: iso | as_written` (DateStyle).
void ReadDateStyle(const YamlNode& root, Reader& r, SiteConfig& site) {
  const std::string style = r.Text(root, "dates", false, kSiteYaml);
  if (style.empty() || style == "iso") return;
  if (style == "as_written") {
    site.dates = DateStyle::kAsWritten;
    return;
  }
  const YamlNode* n = root.Find("dates");
  r.Error(n->line, n->column,
          Said{"dates must be iso or as_written, got ",
               "日期写法（dates）应为 iso 或 as_written，现为"} +
              Quote(style),
          Said{"iso warns about dates such as 2005年1月10日; as_written "
               "accepts them silently",
               "iso 对 2005年1月10日 这样的日期给出警告；as_written "
               "照写法接受，不提示"});
}

const Said kLimits{"limits", "上限（limits）"};

// `limits:` (base/limits.h): each a whole number within its range.
void ReadLimits(const YamlNode& root, Reader& r, SiteConfig& site) {
  const YamlNode* node = root.Find("limits");
  if (node == nullptr || node->is_null() || !r.ExpectMap(*node, kLimits)) {
    return;
  }
  InputLimits& l = site.limits;
  struct Setting {
    const char* key;
    int* value;
    int max;
  };
  const Setting settings[] = {
      {"document_kib", &l.document_kib, kMaxDocumentKib},
      {"front_matter_kib", &l.front_matter_kib, 4096},
      {"nesting", &l.nesting, 256},
      {"line_bytes", &l.line_bytes, 256 * 1024},
      {"table_columns", &l.table_columns, 1000},
      {"table_cells", &l.table_cells, 500000},
      {"paragraph_markup", &l.paragraph_markup, 100000},
      {"links", &l.links, 100000},
      {"link_references", &l.link_references, 100000},
      {"render_ms", &l.render_ms, 60000},
      {"render_mib", &l.render_mib, 4096},
      {"output_ratio", &l.output_ratio, 1000},
  };
  r.OnlyKeys(*node,
             {"document_kib", "front_matter_kib", "nesting", "line_bytes",
              "table_columns", "table_cells", "paragraph_markup", "links",
              "link_references", "render_ms", "render_mib", "output_ratio"},
             kLimits);
  for (const Setting& s : settings) {
    const YamlNode* n = node->Find(s.key);
    if (n == nullptr) continue;
    const int v = r.Number(*node, s.key, -1);
    if (v < 0) continue;  // not a number: reported
    if (v >= 1 && v <= s.max) {
      *s.value = v;
      continue;
    }
    const std::string key = std::string("limits.") + s.key;
    const std::string max = std::to_string(s.max);
    r.Error(
        n->line, n->column,
        Said{key + " must be from 1 to " + max + ", got " + std::to_string(v),
             key + " 应在 1 到 " + max + " 之间，现为 " + std::to_string(v)},
        Said{"leave it out to keep the default", "删去此项即用默认值"});
  }
}

SiteConfig ParseSite(const SourceFile& file, Diagnostics& diags,
                     bool* unreadable) {
  SiteConfig site;
  YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
  if (!parsed.ok) {
    *unreadable = true;
    return site;
  }
  Reader r(file.path, diags);
  const YamlNode& root = parsed.root;
  if (!r.ExpectMap(root, kSiteYaml)) return site;
  r.OnlyKeys(
      root,
      {"title", "subtitle", "base_url", "language", "publisher", "index_no",
       "page_size", "sections", "categories", "dates", "limits", "portal"},
      kSiteYaml);
  site.title = r.Text(root, "title", true, kSiteYaml);
  site.subtitle = r.Text(root, "subtitle", false, kSiteYaml);
  ReadBaseUrl(root, r, site);
  std::string lang = r.Text(root, "language", false, kSiteYaml);
  if (!lang.empty()) site.language = lang;
  ReadPublisher(root, r, site);
  ReadSiteIndexNo(root, r, site, diags);
  site.page_size = r.Number(root, "page_size", site.page_size);
  if (site.page_size < 1) site.page_size = 20;
  site.sections = ReadSections(root, r);
  site.categories = ReadCategories(root, r);
  ReadDateStyle(root, r, site);
  ReadLimits(root, r, site);
  ReadPortal(root, r, &site.portal);
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
                                         Diagnostics& diags, bool* unreadable) {
  std::vector<Department> out;
  YamlParseResult parsed = ParseYamlFile(file.path, file.text, diags);
  if (!parsed.ok) {
    *unreadable = true;
    return out;
  }
  Reader r(file.path, diags);
  if (!r.ExpectMap(parsed.root, kDepartmentsYaml)) return out;
  r.OnlyKeys(parsed.root, {"departments"}, kDepartmentsYaml);
  const YamlNode* list = r.List(parsed.root, "departments", true);
  if (list == nullptr) return out;
  std::map<std::string, int> ids;  // id -> line
  for (const auto& item : list->items) {
    if (!r.ExpectMap(item, kADepartment)) continue;
    r.OnlyKeys(item,
               {"id", "name", "full_name", "org_code", "window", "phone",
                "index_no_layouts"},
               kADepartment);
    Department d;
    d.line = item.line;
    d.id = r.Text(item, "id", true, kADepartment);
    d.name = r.Text(item, "name", true, kADepartment);
    d.full_name = r.Text(item, "full_name", false, kADepartment);
    if (d.full_name.empty()) d.full_name = d.name;
    WarnInvisibleInNames(item, static_cast<size_t>(&item - list->items.data()),
                         file.path, diags);
    d.org_code = r.Text(item, "org_code", true, kADepartment);
    d.window = r.Text(item, "window", false, kADepartment);
    d.phone = r.Text(item, "phone", false, kADepartment);
    d.index_no_layouts = ReadDepartmentLayouts(item, r, diags);
    if (!d.id.empty() && !IsSlug(d.id)) {
      r.Error(item.line, item.column,
              Said{"department id ", "部门 id"} + Quote(d.id) +
                  Said{" may hold only a-z, 0-9 and '-'",
                       "只能含有 a-z、0-9 和“-”"});
    } else if (auto [it, first] = ids.emplace(d.id, item.line);
               !d.id.empty() && !first) {
      r.Error(item.line, item.column,
              Said{"department id ", "部门 id"} + Quote(d.id) +
                  Said{" is listed twice", "重复"} + FirstAtLine(it->second));
    }
    // Two departments may share an organisation code: a general office
    // publishes under its government's, and the 索引号 check (D303) asks
    // only for the code of the publishing department.
    if (!d.org_code.empty()) {
      const YamlNode* n = item.Find("org_code");
      if (!IsValidOrgCode(d.org_code)) {
        char check = ExpectedCheckChar(d.org_code);
        r.Error(n->line, n->column,
                Said{"org_code ", "机构代码（org_code）"} + Quote(d.org_code) +
                    Said{" is not a valid organisation code (8 characters, "
                         "'-', check character) or unified social credit "
                         "code (18 characters)",
                         "既不是有效的组织机构代码（8 位、“-”、校验码），"
                         "也不是有效的统一社会信用代码（18 位）"},
                check
                    ? Said{"its check character would be ", "它的校验码应为 "} +
                          std::string(1, check)
                    : Said{});
      }
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

Config ParseConfig(const SiteSources& sources, Diagnostics& diags) {
  Config config;
  config.site = ParseSite(sources.site_config, diags, &config.unreadable);
  config.departments =
      ParseDepartments(sources.departments, diags, &config.unreadable);
  config.schemas = ParseSchemas(sources.schemas, diags);
  return config;
}

}  // namespace disclose
