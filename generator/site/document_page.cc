#include "site/document_page.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "model/time_limit.h"
#include "model/value_text.h"
#include "site/downloads.h"
#include "site/feeds.h"
#include "site/meanings.h"
#include "site/records.h"
#include "site/versions.h"

namespace disclose {

namespace {

Value Meta(const std::string& label, const std::string& value,
           const std::string& url = "") {
  Value row = Value::Map();
  row.Set("label", label);
  row.Set("value", value);
  SetIf(row, "url", url);
  return row;
}

// A time limit as the site writes it, without its note: "20个工作日",
// "30日", "2小时", "即办" for 0 (the theme's strings).
std::string LimitText(const SiteContext& ctx, const TimeLimit& limit) {
  if (limit.amount == 0) return ctx.T("immediate");
  const char* key = "working_days";
  switch (limit.unit) {
    case TimeUnit::kWorkingDays:
      break;
    case TimeUnit::kNaturalDays:
      key = "natural_days";
      break;
    case TimeUnit::kDays:
      key = "days_limit";
      break;
    case TimeUnit::kHours:
      key = "hours_limit";
      break;
  }
  return ctx.Format(key, {{"n", std::to_string(limit.amount)}});
}

// A limit written with its unit, as written (the page shows the guide's
// own words); a bare number with the unit it stands for, working days, and
// 0 as 即办.
std::string TimeLimitDisplay(const SiteContext& ctx, const std::string& text) {
  auto limit = ParseTimeLimit(text);
  if (!limit) return text;
  const bool bare = text.find_first_not_of("0123456789") == std::string::npos;
  if (!bare && limit->amount != 0) return text;
  std::string shown = LimitText(ctx, *limit);
  if (limit->note.empty()) return shown;
  return ctx.Format("limit_with_note",
                    {{"limit", shown}, {"note", limit->note}});
}

// A telephone number as a tel: address: its digits (and a leading +), up
// to the first character that is neither a digit nor a separator (an
// extension, a second number); "" when no digit comes first.
std::string TelUrl(const std::string& phone) {
  std::string digits;
  for (char c : phone) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) {
      digits += c;
    } else if (c != '-' && c != ' ' && c != '(' && c != ')') {
      break;
    }
  }
  if (digits.empty() || digits == "+") return "";
  return "tel:" + digits;
}

// A field of telephone numbers as {text, url} parts: each number a tel:
// link, what separates them (、, ；, a space) as text.
Value PhoneParts(const std::string& phones) {
  Value parts = Value::List();
  auto add = [&](const std::string& text, bool number) {
    if (text.empty()) return;
    Value part = Value::Map();
    part.Set("text", text);
    const std::string url = number ? TelUrl(text) : "";
    part.Set("link", !url.empty());  // always set: never one further out
    SetIf(part, "url", url);
    parts.Push(std::move(part));
  };
  std::string current;
  bool in_number = false;
  for (size_t i = 0; i < phones.size();) {
    const unsigned char c = static_cast<unsigned char>(phones[i]);
    const size_t width = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = phones.substr(i, width);
    const bool numeric = ch.size() == 1 && (std::isdigit(c) != 0 || c == '-' ||
                                            c == '+' || c == '(' || c == ')');
    if (numeric != in_number) {
      add(current, in_number);
      current.clear();
      in_number = numeric;
    }
    current += ch;
    i += width;
  }
  add(current, in_number);
  return parts;
}

// One row of the metadata table: the field's value as text, linked to what
// it names (a department, a category, a document, a ranking page).
Value MetaRow(const SiteContext& ctx, const Document& doc,
              const FieldSpec& spec, const Value& v) {
  std::string url;
  std::string value = ValueText(v);
  if (spec.kind == FieldKind::kDepartment) {
    if (const Department* dept = ctx.config.FindDepartment(value)) {
      url = ctx.Link("/departments/" + dept->id + "/");
      value = dept->full_name;
    }
  } else if (spec.kind == FieldKind::kCategory) {
    const Category* c = ctx.config.site.FindCategory(value);
    url = ctx.Link("/categories/" + (c ? c->slug : "") + "/");
    if (c != nullptr) value = c->path;  // 父\子, however the document named it
  } else if (spec.kind == FieldKind::kDocument) {
    auto it = ctx.by_index_no.find(value);
    if (it != ctx.by_index_no.end()) {
      url = ctx.Link(it->second->url);
      value = ctx.Format("document_ref",
                         {{"title", it->second->title}, {"index_no", value}});
    }
  } else if (spec.kind == FieldKind::kPeriod) {
    if (std::string ranking = RankingUrl(ctx.config, doc); !ranking.empty()) {
      url = ctx.Link(ranking);
    }
  } else if (spec.kind == FieldKind::kDays) {
    value = TimeLimitDisplay(ctx, value);
  } else if (spec.kind == FieldKind::kUrl) {
    url = value;  // an http(s) address (validate: CheckWebAddress)
  } else if (spec.kind == FieldKind::kPhone) {
    Value row = Meta(spec.label, value);
    row.Set("parts", PhoneParts(value));
    return row;
  } else if (!spec.meanings.empty()) {  // 有效性, as the reader must take it
    if (doc.withdrawn) {
      value = ctx.Format("validity_withdrawn",
                         {{"date", doc.withdrawn->date.ToString()}});
    } else if (IsRepealed(ctx.config, doc)) {
      auto by = ctx.by_index_no.find(doc.repealed_by);
      if (by != ctx.by_index_no.end()) {
        value = ctx.Format(
            "validity_repealed_on",
            {{"value", value}, {"date", by->second->published.ToString()}});
      }
    }
  } else if (spec.kind == FieldKind::kList &&
             spec.item.front().kind == FieldKind::kDepartment) {
    std::vector<std::string> names;
    for (const auto& id : v.list()) {
      names.push_back(ctx.DepartmentName(id.as_string()));
    }
    value = JoinWords(names);
  }
  return Meta(spec.label, value, url);
}

// The metadata table: every field given, in schema order, and the type
// after the 索引号.
Value MetaRows(const SiteContext& ctx, const Document& doc,
               const Schema& schema) {
  // Shown elsewhere on the page (the title, the banners) or not at all.
  static const std::set<std::string> kNotInTable = {
      "title", "change_note", "withdrawn", "repealed_by", "repeal_reason"};
  Value meta = Value::List();
  for (const auto& spec : schema.fields) {
    if (spec.key == "issuer") {  // 发文机关: given, or the department's
      if (!doc.issuers.empty()) {
        meta.Push(Meta(spec.label, JoinWords(doc.issuers)));
      }
      continue;
    }
    const Value* v = doc.fields.Find(spec.key);
    if (v == nullptr || kNotInTable.count(spec.key)) continue;
    if (!spec.section.empty()) continue;  // under its heading (PageSections)
    meta.Push(MetaRow(ctx, doc, spec, *v));
    if (spec.key == "index_no") {
      meta.Push(Meta(ctx.T("type"), schema.label,
                     ctx.Link("/types/" + doc.type + "/")));
    }
  }
  return meta;
}

// An item of a checklist of materials: with the forms 原件 and 复印件,
// "《申请表》原件1份" -> {name 《申请表》, form 原件, copies 1份}; what
// follows the form is its number of copies. An item that names no form (the
// schema's `forms`) is its name alone.
Value MaterialItem(const std::string& text,
                   const std::vector<std::string>& forms) {
  Value item = Value::Map();
  size_t at = std::string::npos;
  std::string form;
  for (const std::string& f : forms) {
    const size_t found = text.rfind(f);
    if (found != std::string::npos && found > 0) {
      at = found;
      form = f;
      break;
    }
  }
  if (at == std::string::npos) {
    item.Set("name", text);
    return item;
  }
  item.Set("name", text.substr(0, at));
  item.Set("form", form);
  SetIf(item, "copies", text.substr(at + form.size()));
  return item;
}

// A step of a procedure: the words before the first colon (U+FF1A as
// Chinese writes it, or ASCII) are its name.
Value StepItem(const std::string& text) {
  Value item = Value::Map();
  for (const char* colon : {"\xEF\xBC\x9A", ":"}) {
    const size_t at = text.find(colon);
    if (at != std::string::npos && at > 0 && at < 40) {
      item.Set("name", text.substr(0, at));
      item.Set("text", text.substr(at + std::string(colon).size()));
      return item;
    }
  }
  item.Set("text", text);
  return item;
}

// One field under a section's heading: a list as a checklist, numbered
// steps or a plain list, or a value as a row; its label shown unless it is
// the heading's.
Value SectionField(const SiteContext& ctx, const Document& doc,
                   const FieldSpec& spec, const Value& v) {
  Value field = Value::Map();
  field.Set("label", spec.label);
  const bool own_label = spec.label != spec.section;
  const bool text_list = spec.kind == FieldKind::kList && !spec.item.empty() &&
                         spec.item.front().kind == FieldKind::kText;
  if (!text_list) {
    if (own_label) field.Set("show_label", true);
    Value row = MetaRow(ctx, doc, spec, v);
    field.Set("is_value", true);
    field.Set("value", *row.Find("value"));
    if (const Value* url = row.Find("url")) field.Set("url", *url);
    if (const Value* parts = row.Find("parts")) field.Set("parts", *parts);
    return field;
  }
  if (own_label) field.Set("list_label", true);
  Value items = Value::List();
  for (const auto& item : v.list()) {
    const std::string& text = item.as_string();
    if (spec.show == "checklist") {
      items.Push(MaterialItem(text, spec.forms));
    } else if (spec.show == "steps") {
      items.Push(StepItem(text));
    } else {
      items.Push(Value(text));
    }
  }
  field.Set(spec.show == "checklist" ? "is_checklist"
            : spec.show == "steps"   ? "is_steps"
                                     : "is_list",
            true);
  field.Set("items", std::move(items));
  return field;
}

// The sections of the page (`section:` of the schema's fields), in the
// order the schema first names them: {id, title, fields}. The id is the
// anchor of the heading: "sec-" and the key of the schema's first field in
// the section.
Value PageSections(const SiteContext& ctx, const Document& doc,
                   const Schema& schema) {
  std::vector<std::string> order;
  std::map<std::string, std::string> ids;
  std::map<std::string, Value> fields;  // by section
  for (const auto& spec : schema.fields) {
    if (spec.section.empty()) continue;
    // The anchor stays when a document leaves out the section's first field.
    std::string id = "sec-" + spec.key;
    std::replace(id.begin(), id.end(), '_', '-');
    ids.emplace(spec.section, id);
    const Value* v = doc.fields.Find(spec.key);
    if (v == nullptr) continue;
    if (fields.emplace(spec.section, Value::List()).second) {
      order.push_back(spec.section);
    }
    fields[spec.section].Push(SectionField(ctx, doc, spec, *v));
  }
  Value out = Value::List();
  for (const auto& name : order) {
    Value section = Value::Map();
    section.Set("id", ids[name]);
    section.Set("title", name);
    section.Set("fields", std::move(fields[name]));
    out.Push(std::move(section));
  }
  return out;
}

// A banner's link to another document: {link_label, url, title, index_no}.
Value BannerLink(const SiteContext& ctx, const char* label_key,
                 const Document& to) {
  Value link = Value::Map();
  link.Set("link_label", ctx.T(label_key));
  link.Set("url", ctx.Link(to.url));
  link.Set("title", to.title);
  link.Set("index_no", to.index_no);
  return link;
}

Value WithdrawnBanner(const SiteContext& ctx, const Withdrawal& w) {
  Value b = Value::Map();
  b.Set("kind", "withdrawn");
  b.Set("label", ctx.T("banner_withdrawn"));
  b.Set("text", ctx.Format("withdrawn_on", {{"date", w.date.ToString()}}));
  b.Set("reason_label", ctx.T("withdrawn_reason"));
  b.Set("reason", w.reason);
  return b;
}

// Expired or repealed: kept for reference, with the reason and the
// repealing document when given.
Value ValidityBanner(const SiteContext& ctx, const Document& doc) {
  const bool repealed = IsRepealed(ctx.config, doc);
  Value b = Value::Map();
  b.Set("kind", repealed ? "repealed" : "expired");
  b.Set("label", ctx.T(repealed ? "banner_repealed" : "banner_expired"));
  b.Set("text",
        ctx.T(repealed ? "banner_repealed_text" : "banner_expired_text"));
  if (!doc.repeal_reason.empty()) {
    b.Set("reason_label", ctx.T("repeal_reason"));
    b.Set("reason", doc.repeal_reason);
  }
  auto it = ctx.by_index_no.find(doc.repealed_by);
  if (it != ctx.by_index_no.end()) {
    b.Set("link", BannerLink(ctx, "repealed_by", *it->second));
  }
  return b;
}

Value VersionBanner(const SiteContext& ctx, const Document& doc,
                    const DocumentVersion& frozen, int version_count) {
  Value b = Value::Map();
  b.Set("kind", "version");
  b.Set("label", ctx.T("banner_version"));
  b.Set("text", ctx.Format("version_reading",
                           {{"version", VersionLabel(ctx, frozen.number)},
                            {"count", std::to_string(version_count)},
                            {"date", frozen.date}}));
  b.Set("link", BannerLink(ctx, "current_version", doc));
  return b;
}

// The banners, the version's first.
Value Banners(const SiteContext& ctx, const Document& doc,
              const DocumentVersion* frozen, int version_count) {
  Value banners = Value::List();
  if (frozen) banners.Push(VersionBanner(ctx, doc, *frozen, version_count));
  if (doc.withdrawn) banners.Push(WithdrawnBanner(ctx, *doc.withdrawn));
  if (IsExpired(ctx.config, doc) || IsRepealed(ctx.config, doc)) {
    banners.Push(ValidityBanner(ctx, doc));
  }
  return banners;
}

Value ReplacedList(const SiteContext& ctx,
                   const std::vector<const Document*>& replaces) {
  Value list = Value::List();
  for (const Document* r : replaces) {
    Value item = Value::Map();
    item.Set("url", ctx.Link(r->url));
    item.Set("title", r->title);
    item.Set("index_no", r->index_no);
    list.Push(std::move(item));
  }
  return list;
}

// Links to each fee table's downloads (site/downloads.h).
Value FeeTableLinks(const SiteContext& ctx, const Document& doc,
                    const Schema& schema) {
  Value tables = Value::List();
  for (size_t i = 0; i < doc.fee_tables.size(); ++i) {
    const FeeTable& table = doc.fee_tables[i];
    const std::string base = doc.url + FeeTableFileBase(i);
    Value t = Value::Map();
    t.Set("caption", !table.caption.empty()
                         ? table.caption
                         : ctx.Format("fee_table_caption",
                                      {{"label", schema.tables->label},
                                       {"n", std::to_string(i + 1)}}));
    t.Set("csv_url", ctx.Link(base + ".csv"));
    t.Set("json_url", ctx.Link(base + ".json"));
    t.Set("row_count", Count(table.rows.size()));
    tables.Push(std::move(t));
  }
  return tables;
}

Value DocumentData(const SiteContext& ctx, const Document& doc,
                   const std::vector<const Document*>& replaces,
                   const DocumentVersion* frozen, int version_count) {
  const Schema& schema = ctx.config.schemas.at(doc.type);
  Value d = Value::Map();
  d.Set("title", doc.title);
  d.Set("meta", MetaRows(ctx, doc, schema));
  if (Value sections = PageSections(ctx, doc, schema);
      !sections.list().empty()) {
    d.Set("sections", std::move(sections));
  }
  Value banners = Banners(ctx, doc, frozen, version_count);
  if (!banners.list().empty()) d.Set("banner", std::move(banners));
  if (!replaces.empty()) d.Set("replaces", ReplacedList(ctx, replaces));
  d.Set("body_html", doc.body_html);
  if (frozen) return d;  // an earlier version: no history line, no downloads
  if (Value line = HistoryLine(ctx, doc); !line.is_null()) {
    d.Set("history", std::move(line));
  }
  if (!doc.fee_tables.empty()) {
    d.Set("has_fee_tables", true);
    d.Set("fee_tables", FeeTableLinks(ctx, doc, schema));
  }
  return d;
}

// The feeds of the lists the document is in: its section's, its
// department's and its category's.
std::vector<FeedLink> DocumentFeeds(const SiteContext& ctx,
                                    const Document& doc) {
  std::vector<FeedLink> feeds;
  auto add = [&](const std::string& name, const std::string& list_url) {
    feeds.push_back(
        {ctx.Format("group_feed_title",
                    {{"name", name}, {"site", ctx.config.site.title}}),
         GroupFeedUrl(list_url)});
  };
  if (const Section* s = ctx.config.site.FindSection(doc.section)) {
    add(s->name, "/" + s->id + "/");
  }
  if (const Department* d = ctx.config.FindDepartment(doc.department)) {
    add(d->full_name, "/departments/" + d->id + "/");
  }
  if (const Category* c = ctx.config.site.FindCategory(doc.category)) {
    add(c->path, "/categories/" + c->slug + "/");
  }
  return feeds;
}

}  // namespace

Page DocumentPage(const SiteContext& ctx, const Document& doc,
                  const std::vector<const Document*>& replaces,
                  const DocumentVersion* frozen, int version_count) {
  Page page;
  page.url = frozen ? VersionUrl(doc, frozen->number) : doc.url;
  page.title =
      frozen ? ctx.Format("version_title",
                          {{"title", doc.title},
                           {"version", VersionLabel(ctx, frozen->number)}})
             : doc.title;
  page.description = doc.summary;
  page.nav_current = "/" + doc.section + "/";
  const Section* sec = ctx.config.site.FindSection(doc.section);
  page.breadcrumbs.Push(
      Crumb(sec ? sec->name : doc.section, ctx.Link(page.nav_current)));
  if (frozen) {
    page.breadcrumbs.Push(Crumb(doc.title, ctx.Link(doc.url)));
    page.breadcrumbs.Push(Crumb(VersionLabel(ctx, frozen->number)));
  } else {
    page.breadcrumbs.Push(Crumb(doc.title));
  }
  page.template_name = "document";
  page.feeds = DocumentFeeds(ctx, doc);
  if (frozen) {
    page.version = ctx.Format(
        "print_version",
        {{"n", std::to_string(frozen->number)}, {"date", frozen->date}});
  } else if (const auto* versions = VersionsOf(ctx, doc)) {
    page.version =
        ctx.Format("print_version", {{"n", std::to_string(versions->size())},
                                     {"date", versions->back().date}});
  }
  page.data.Set("doc", DocumentData(ctx, doc, replaces, frozen, version_count));
  return page;
}

}  // namespace disclose
