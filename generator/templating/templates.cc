#include "templating/templates.h"

#include <kainjow/mustache.hpp>
#include <regex>

#include "base/diagnostic_codes.h"

namespace disclose {

namespace mustache = kainjow::mustache;

struct TemplateSet::Impl {
  // Parsed once; kainjow renders from a parsed template repeatedly.
  std::map<std::string, std::unique_ptr<mustache::mustache>> templates;
  std::map<std::string, std::string> sources;  // with partials expanded
  mustache::data globals{mustache::data::type::object};
  Value globals_value = Value::Map();  // what globals was made from
};

TemplateSet::TemplateSet() : impl_(std::make_unique<Impl>()) {}
TemplateSet::~TemplateSet() = default;

namespace {

// Replaces every {{> name}} with the partial's text, so that each template
// is parsed once instead of every partial on every render. Partials may use
// partials, up to a fixed depth (a cycle is an error).
bool ExpandPartials(const std::string& text,
                    const std::map<std::string, std::string>& partials,
                    int depth, std::string* out, Said* error) {
  static const std::regex kPartial(R"(\{\{>\s*([A-Za-z0-9_./-]+)\s*\}\})");
  if (depth > 8) {
    *error = {"partials nest more than 8 deep (is there a cycle?)",
              "片段（partial）嵌套超过 8 层（是否有循环引用？）"};
    return false;
  }
  out->clear();
  size_t last = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), kPartial), end;
       it != end; ++it) {
    out->append(text, last, static_cast<size_t>(it->position()) - last);
    auto p = partials.find((*it)[1]);
    if (p == partials.end()) {
      *error = Said{"no partial named ", "没有名为"} + Quote((*it)[1].str()) +
               Said{"", "的片段（partial）"};
      return false;
    }
    std::string expanded;
    if (!ExpandPartials(p->second, partials, depth + 1, &expanded, error)) {
      return false;
    }
    // A partial on a line of its own is written without its final newline,
    // as mustache's standalone rule does.
    if (!expanded.empty() && expanded.back() == '\n') expanded.pop_back();
    out->append(expanded);
    last = static_cast<size_t>(it->position() + it->length());
  }
  out->append(text, last, std::string::npos);
  return true;
}

mustache::data ToData(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      return mustache::data(false);
    case Value::Kind::kBool:
      return mustache::data(v.as_bool());
    case Value::Kind::kNumber:
    case Value::Kind::kString:
      return mustache::data(v.as_string());
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

std::unique_ptr<TemplateSet> TemplateSet::Create(
    const std::map<std::string, std::string>& templates,
    const std::map<std::string, std::string>& partials,
    const std::map<std::string, std::string>& paths, Diagnostics& diags) {
  std::unique_ptr<TemplateSet> set(new TemplateSet());
  bool ok = true;
  // What the mustache library says stays as it says it, in English.
  auto fail = [&](const std::string& key, const std::string& name,
                  const Said& message) {
    auto p = paths.find(key);
    diags.Error(
        kBadTemplate, p == paths.end() ? name : p->second, 0, 0,
        Said{"the template does not parse: ", "模板无法解析："} + message);
    ok = false;
  };
  for (const auto& [name, text] : partials) {
    mustache::mustache t(text);
    if (!t.is_valid()) fail("p:" + name, name, Said{} + t.error_message());
  }
  for (const auto& [name, text] : templates) {
    std::string expanded;
    Said error;
    if (!ExpandPartials(text, partials, 0, &expanded, &error)) {
      fail("t:" + name, name, error);
      continue;
    }
    auto t = std::make_unique<mustache::mustache>(expanded);
    if (!t->is_valid()) {
      fail("t:" + name, name, Said{} + t->error_message());
      continue;
    }
    set->impl_->templates.emplace(name, std::move(t));
    set->impl_->sources.emplace(name, std::move(expanded));
  }
  if (!ok) return nullptr;
  return set;
}

std::unique_ptr<TemplateSet> TemplateSet::Clone() const {
  std::unique_ptr<TemplateSet> copy(new TemplateSet());
  for (const auto& [name, text] : impl_->sources) {
    copy->impl_->templates.emplace(name,
                                   std::make_unique<mustache::mustache>(text));
  }
  copy->impl_->sources = impl_->sources;
  copy->SetGlobals(impl_->globals_value);
  return copy;
}

bool TemplateSet::Has(const std::string& name) const {
  return impl_->templates.count(name) > 0;
}

void TemplateSet::SetGlobals(const Value& globals) {
  impl_->globals = ToData(globals);
  impl_->globals_value = globals;
}

StatusOr<std::string> TemplateSet::Render(const std::string& name,
                                          const Value& data) const {
  auto it = impl_->templates.find(name);
  if (it == impl_->templates.end()) {
    return Status::Error("the theme has no template \"" + name + "\"");
  }
  const mustache::data d = ToData(data);
  // The page's data first, then the globals: lookups fall through to them
  // without copying them into every page.
  mustache::context<std::string> ctx(&impl_->globals);
  ctx.push(&d);
  mustache::mustache& tmpl = *it->second;
  std::string out = tmpl.render(ctx);
  if (!tmpl.is_valid()) {
    return Status::Error("template \"" + name + "\": " + tmpl.error_message());
  }
  return out;
}

}  // namespace disclose
