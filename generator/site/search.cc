#include "site/search.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "search/index.h"

namespace disclose {

namespace {

// A shard of about this many bytes: a query of a few characters fetches a
// few of them.
constexpr size_t kShardBytes = size_t{24} * 1024;

// The fields the index holds apart; the rest of the front matter is
// searched as part of the body.
const std::set<std::string>& ApartFields() {
  static const std::set<std::string> kApart = {
      "type",     "title",  "index_no", "department", "published", "written",
      "category", "doc_no", "keywords", "summary",    "validity",  "issuer"};
  return kApart;
}

// Every string of v, each on its own line.
void AppendStrings(const Value& v, std::string& out) {
  switch (v.kind()) {
    case Value::Kind::kString:
      out += v.as_string();
      out += '\n';
      break;
    case Value::Kind::kList:
      for (const auto& item : v.list()) AppendStrings(item, out);
      break;
    case Value::Kind::kMap:
      for (const auto& [key, item] : v.map()) AppendStrings(item, out);
      break;
    default:
      break;
  }
}

std::string Joined(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::string BodyText(const Document& doc) {
  std::string body = doc.body_text;
  for (const auto& [key, value] : doc.fields.map()) {
    if (ApartFields().count(key) == 0) AppendStrings(value, body);
  }
  return body;
}

SearchText TextOf(const Document& doc) {
  SearchText t;
  auto set = [&](SearchField f, std::string text) {
    t.fields[static_cast<size_t>(f)] = std::move(text);
  };
  set(SearchField::kTitle, doc.title);
  set(SearchField::kDocNo, doc.doc_no);
  set(SearchField::kIndexNo, doc.index_no);
  set(SearchField::kKeywords, Joined(doc.keywords, " "));
  set(SearchField::kSummary, doc.summary);
  set(SearchField::kBody, BodyText(doc));
  return t;
}

// What a result shows of a document, and the text its snippet is cut from.
std::string DocumentFile(const SiteContext& ctx, const Document& doc,
                         const SearchText& text) {
  Value v = Value::Map();
  v.Set("url", ctx.Link(doc.url));
  v.Set("title", doc.title);
  v.Set("published", doc.published.ToString());
  v.Set("department", ctx.DepartmentName(doc.department));
  auto schema = ctx.config.schemas.find(doc.type);
  if (schema != ctx.config.schemas.end()) v.Set("type", schema->second.label);
  SetIf(v, "doc_no", doc.doc_no);
  v.Set("index_no", doc.index_no);
  v.Set("validity", doc.validity);
  SetIf(v, "keywords", Joined(doc.keywords, ctx.T("separator").c_str()));
  SetIf(v, "summary", doc.summary);
  SetIf(v, "body", text.fields[static_cast<size_t>(SearchField::kBody)]);
  return v.ToJson();
}

// A facet of the manifest: the values ({id, name} each) and, per document,
// the index of its value (-1 when it has none).
struct Facet {
  Value values = Value::List();
  Value of = Value::List();
};

Value NamedValue(const std::string& id, const std::string& name) {
  Value v = Value::Map();
  v.Set("id", id);
  v.Set("name", name);
  return v;
}

std::string Manifest(const SiteContext& ctx, const SearchIndex& index) {
  const Config& config = ctx.config;
  Facet departments, types, categories, validities, years;
  std::map<std::string, long long> department_at, type_at, category_at,
      validity_at;
  for (const auto& d : config.departments) {
    department_at[d.id] = static_cast<long long>(department_at.size());
    departments.values.Push(NamedValue(d.id, d.name));
  }
  for (const auto& [type, schema] : config.schemas) {
    type_at[type] = static_cast<long long>(type_at.size());
    types.values.Push(NamedValue(type, schema.label));
  }
  std::map<std::string, long long> top_at;  // a top category's name
  for (const auto& c : config.site.categories) {
    const auto at = static_cast<long long>(category_at.size());
    category_at[c.path] = at;
    if (c.parent.empty()) top_at[c.name] = at;
    Value v = NamedValue(c.slug, c.path);
    auto parent = top_at.find(c.parent);
    v.Set("parent", Value::Number(c.parent.empty() || parent == top_at.end()
                                      ? -1
                                      : parent->second));
    categories.values.Push(std::move(v));
  }
  auto index_of = [](const std::map<std::string, long long>& at,
                     const std::string& key) {
    auto it = at.find(key);
    return Value::Number(it == at.end() ? -1 : it->second);
  };
  Value title_lengths = Value::List();
  for (size_t i = 0; i < ctx.listed.size(); ++i) {
    const Document& doc = *ctx.listed[i];
    departments.of.Push(index_of(department_at, doc.department));
    types.of.Push(index_of(type_at, doc.type));
    const Category* c = config.site.FindCategory(doc.category);
    categories.of.Push(index_of(category_at, c ? c->path : ""));
    if (validity_at.emplace(doc.validity, validity_at.size()).second) {
      validities.values.Push(NamedValue(doc.validity, doc.validity));
    }
    validities.of.Push(index_of(validity_at, doc.validity));
    years.of.Push(Value::Number(doc.published.year));
    title_lengths.Push(Count(index.title_lengths[i]));
  }
  Value m = Value::Map();
  m.Set("version", Value::Number(1));
  m.Set("documents", Count(ctx.listed.size()));
  m.Set("shards", Count(index.shards.size()));
  m.Set("title_lengths", std::move(title_lengths));
  Value facets = Value::Map();
  for (auto& [name, facet] :
       std::initializer_list<std::pair<const char*, Facet*>>{
           {"department", &departments},
           {"type", &types},
           {"category", &categories},
           {"validity", &validities},
           {"year", &years}}) {
    Value f = Value::Map();
    f.Set("values", std::move(facet->values));
    f.Set("of", std::move(facet->of));
    facets.Set(name, std::move(f));
  }
  m.Set("facets", std::move(facets));
  return m.ToJson();
}

Value Option(const std::string& value, const std::string& name) {
  Value v = Value::Map();
  v.Set("value", value);
  v.Set("name", name);
  return v;
}

Value Link(const std::string& name, const std::string& url) {
  Value v = Value::Map();
  v.Set("name", name);
  v.Set("url", url);
  return v;
}

// A filter of the form: its parameter, label and options.
Value Filter(const std::string& name, const std::string& label, Value options) {
  Value v = Value::Map();
  v.Set("name", name);
  v.Set("label", label);
  v.Set("options", std::move(options));
  return v;
}

// The settings and strings search.js reads from the page. `version`
// names this build of the index, so that a browser never mixes files of
// two builds from its cache.
std::string ScriptSettings(const SiteContext& ctx, const std::string& version) {
  Value s = Value::Map();
  s.Set("index", ctx.Link("/search/"));
  s.Set("version", version);
  Value t = Value::Map();
  for (const char* key :
       {"search_count", "search_none", "search_short", "search_ignored",
        "search_loading", "search_failed", "search_page", "previous", "next",
        "pagination", "doc_no", "index_no", "published", "validity",
        "separator", "colon"}) {
    t.Set(key, ctx.T(key));
  }
  s.Set("t", std::move(t));
  return s.ToJson();
}

// FNV-1a of the index's files, in hexadecimal.
std::string VersionOf(const std::vector<OutputFile>& files) {
  uint64_t h = 14695981039346656037ULL;
  for (const auto& f : files) {
    for (unsigned char c : f.path + '\0' + f.data) {
      h ^= c;
      h *= 1099511628211ULL;
    }
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(h >> shift) & 15];
  return out;
}

std::vector<OutputFile> SearchFiles(const SiteContext& ctx) {
  std::vector<SearchText> texts;
  texts.reserve(ctx.listed.size());
  for (const Document* doc : ctx.listed) texts.push_back(TextOf(*doc));
  SearchIndex index = BuildSearchIndex(texts, kShardBytes);

  std::vector<OutputFile> files;
  files.push_back({"search/meta.json", Manifest(ctx, index)});
  for (size_t s = 0; s < index.shards.size(); ++s) {
    files.push_back({"search/shards/" + std::to_string(s) + ".bin",
                     std::move(index.shards[s])});
  }
  for (size_t i = 0; i < ctx.listed.size(); ++i) {
    files.push_back({"search/docs/" + std::to_string(i) + ".json",
                     DocumentFile(ctx, *ctx.listed[i], texts[i])});
  }
  return files;
}

Page SearchPage(const SiteContext& ctx, const SiteGroups& groups,
                const std::string& version) {
  const Config& config = ctx.config;
  Page page;
  page.url = "/search/";
  page.title = ctx.T("search_title");
  page.template_name = "search";
  page.breadcrumbs.Push(Crumb(page.title));
  page.scripts.push_back("search.js");

  Value filters = Value::List();
  Value departments = Value::List();
  for (const auto& d : config.departments) {
    departments.Push(Option(d.id, d.name));
  }
  filters.Push(
      Filter("department", ctx.T("department"), std::move(departments)));
  Value types = Value::List();
  for (const auto& [type, schema] : config.schemas) {
    types.Push(Option(type, schema.label));
  }
  filters.Push(Filter("type", ctx.T("type"), std::move(types)));
  Value categories = Value::List();
  for (const auto& c : config.site.categories) {
    categories.Push(Option(c.slug, c.path));
  }
  filters.Push(Filter("category", ctx.T("category"), std::move(categories)));
  Value years = Value::List();
  for (const Group& y : groups.years) {
    years.Push(Option(y.url.substr(7, y.url.size() - 8), y.name));
  }
  filters.Push(Filter("year", ctx.T("years"), std::move(years)));
  std::vector<std::string> words;
  for (const Document* doc : ctx.listed) {
    if (std::find(words.begin(), words.end(), doc->validity) == words.end()) {
      words.push_back(doc->validity);
    }
  }
  Value validities = Value::List();
  for (const auto& w : words) validities.Push(Option(w, w));
  filters.Push(Filter("validity", ctx.T("validity"), std::move(validities)));

  // Without JavaScript: the ways to browse instead.
  Value browse = Value::List();
  browse.Push(Link(ctx.T("catalogue"), ctx.Link("/catalogue/")));
  for (const Group& s : groups.sections) {
    browse.Push(Link(s.name, ctx.Link(s.url)));
  }
  browse.Push(Link(ctx.T("departments"), ctx.Link("/departments/")));
  browse.Push(Link(ctx.T("categories"), ctx.Link("/categories/")));
  browse.Push(Link(ctx.T("years"), ctx.Link("/years/")));
  browse.Push(Link(ctx.T("types"), ctx.Link("/types/")));
  browse.Push(Link(ctx.T("sitemap"), ctx.Link("/sitemap/")));

  Value search = Value::Map();
  search.Set("title", page.title);
  search.Set("filters", std::move(filters));
  search.Set("browse", std::move(browse));
  search.Set("settings", ScriptSettings(ctx, version));
  page.data.Set("search", std::move(search));
  return page;
}

}  // namespace

SiteSearch BuildSearch(const SiteContext& ctx, const SiteGroups& groups) {
  SiteSearch search;
  search.files = SearchFiles(ctx);
  search.page = SearchPage(ctx, groups, VersionOf(search.files));
  return search;
}

}  // namespace disclose
