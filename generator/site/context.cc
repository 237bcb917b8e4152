#include "site/context.h"

#include <algorithm>

namespace disclose {

std::string FormatString(std::string pattern, StringArgs args) {
  for (const auto& [name, value] : args) {
    const std::string slot = std::string("{") + name + "}";
    for (size_t at = pattern.find(slot); at != std::string::npos;
         at = pattern.find(slot, at + value.size())) {
      pattern.replace(at, slot.size(), value);
    }
  }
  return pattern;
}

std::string SiteContext::Link(const std::string& url) const {
  return config.site.base_path + url.substr(1);
}

std::string SiteContext::T(const char* key) const {
  const Value* v = strings.Find(key);
  return v ? v->as_string() : key;
}

std::string SiteContext::Format(const char* key, StringArgs args) const {
  return FormatString(T(key), args);
}

std::string SiteContext::DepartmentName(const std::string& id) const {
  const Department* d = config.FindDepartment(id);
  return d ? d->name : id;
}

const std::vector<const Document*>& SiteContext::Repealed(
    const Document& doc) const {
  static const std::vector<const Document*> kNone;
  auto it = repealed.find(doc.index_no);
  return it == repealed.end() ? kNone : it->second;
}

SiteContext MakeSiteContext(const Config& config,
                            const std::vector<Document>& docs,
                            const Value& strings, const SiteHistory* history) {
  SiteContext ctx{config, strings, history, {}, {}, {}};
  for (const auto& doc : docs) {
    ctx.by_index_no[doc.index_no] = &doc;
    if (!doc.withdrawn) ctx.listed.push_back(&doc);
  }
  // Newest first; on the same day, the higher 索引号 first.
  std::stable_sort(ctx.listed.begin(), ctx.listed.end(),
                   [](const Document* a, const Document* b) {
                     if (a->published != b->published) {
                       return a->published > b->published;
                     }
                     return a->index_no > b->index_no;
                   });
  for (const Document* doc : ctx.listed) {
    if (!doc->repealed_by.empty()) {
      ctx.repealed[doc->repealed_by].push_back(doc);
    }
  }
  return ctx;
}

Value Crumb(const std::string& name, const std::string& url) {
  Value c = Value::Map();
  c.Set("name", name);
  SetIf(c, "url", url);
  return c;
}

void SetIf(Value& map, const std::string& key, const std::string& text) {
  if (!text.empty()) map.Set(key, text);
}

}  // namespace disclose
