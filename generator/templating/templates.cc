#include "templating/templates.h"

#include <kainjow/mustache.hpp>

namespace disclose {

namespace mustache = kainjow::mustache;

struct TemplateSet::Impl {
  std::map<std::string, std::string> sources;
  std::map<std::string, std::string> partials;
};

TemplateSet::TemplateSet() : impl_(std::make_unique<Impl>()) {}
TemplateSet::~TemplateSet() = default;

std::unique_ptr<TemplateSet> TemplateSet::Create(
    const std::map<std::string, std::string>& templates,
    const std::map<std::string, std::string>& partials,
    const std::map<std::string, std::string>& paths, Diagnostics& diags) {
  std::unique_ptr<TemplateSet> set(new TemplateSet());
  bool ok = true;
  auto check = [&](const std::string& name, const std::string& text,
                   const char* kind) {
    mustache::mustache t(text);
    if (!t.is_valid()) {
      auto p = paths.find(std::string(kind) + name);
      diags.Error("D700", p == paths.end() ? name : p->second, 0, 0,
                  "the template does not parse: " + t.error_message());
      ok = false;
    }
  };
  for (const auto& [name, text] : templates) check(name, text, "t:");
  for (const auto& [name, text] : partials) check(name, text, "p:");
  if (!ok) return nullptr;
  set->impl_->sources = templates;
  set->impl_->partials = partials;
  return set;
}

bool TemplateSet::Has(const std::string& name) const {
  return impl_->sources.count(name) > 0;
}

namespace {

mustache::data ToData(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull: return mustache::data(false);
    case Value::Kind::kBool: return mustache::data(v.as_bool());
    case Value::Kind::kNumber:
    case Value::Kind::kString: return mustache::data(v.as_string());
    case Value::Kind::kList: {
      mustache::data list(mustache::data::type::list);
      for (const auto& item : v.list()) list.push_back(ToData(item));
      return list;
    }
    case Value::Kind::kMap: {
      mustache::data map(mustache::data::type::object);
      for (const auto& [key, item] : v.map()) map.set(key, ToData(item));
      return map;
    }
  }
  return mustache::data(false);
}

}  // namespace

StatusOr<std::string> TemplateSet::Render(const std::string& name,
                                          const Value& data) const {
  auto it = impl_->sources.find(name);
  if (it == impl_->sources.end()) {
    return Status::Error("the theme has no template \"" + name + "\"");
  }
  mustache::mustache tmpl(it->second);
  mustache::data d = ToData(data);
  for (const auto& [pname, ptext] : impl_->partials) {
    const std::string* text = &ptext;
    d.set(pname, mustache::partial([text] { return *text; }));
  }
  std::string out = tmpl.render(d);
  if (!tmpl.is_valid()) {
    return Status::Error("template \"" + name + "\": " + tmpl.error_message());
  }
  return out;
}

}  // namespace disclose
