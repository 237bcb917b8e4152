#include "site/site.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/parallel.h"
#include "base/text.h"
#include "base/text_diff.h"
#include "model/record_diff.h"
#include "markdown/markdown.h"
#include "model/record.h"
#include "site/records.h"
#include "model/amount.h"

namespace disclose {

namespace {

// Everything the page builders share.
struct Ctx {
  const Config& config;
  const Theme& theme;
  const TemplateSet* templates;  // theme.templates, or a copy per thread
  std::vector<const Document*> listed;  // not withdrawn, newest first
  std::map<std::string, const Document*> by_index_no;
  std::vector<OutputFile> files;
  Status status;
  const SiteHistory* history = nullptr;  // versions and publications

  std::string Link(const std::string& url) const {
    return config.site.base_path + url.substr(1);
  }
  std::string T(const char* key) const {
    const Value* v = theme.strings.Find(key);
    return v ? v->as_string() : key;
  }
};

std::string OutputPathOf(const std::string& url) {
  return url.substr(1) + "index.html";  // "/a/b/" -> "a/b/index.html"
}

void SetIf(Value& map, const std::string& key, const std::string& text) {
  if (!text.empty()) map.Set(key, text);
}

std::string DepartmentName(const Config& config, const std::string& id) {
  const Department* d = config.FindDepartment(id);
  return d ? d->name : id;
}

std::string CategorySlug(const Config& config, const std::string& name) {
  const Category* c = config.site.FindCategory(name);
  return c ? c->slug : "";
}

Value Crumb(const std::string& name, const std::string& url = "") {
  Value c = Value::Map();
  c.Set("name", name);
  SetIf(c, "url", url);
  return c;
}

// The skeleton of every page: site, strings, navigation, breadcrumbs.
void RenderPage(Ctx& ctx, const std::string& url, const std::string& title,
                const std::string& description, const std::string& nav_current,
                Value breadcrumbs, const std::string& template_name,
                Value data) {
  if (!ctx.status.ok()) return;
  const SiteConfig& site = ctx.config.site;
  Value nav = Value::List();
  auto add_nav = [&](const std::string& name, const std::string& target) {
    Value item = Value::Map();
    item.Set("name", name);
    item.Set("url", ctx.Link(target));
    if (target == nav_current) item.Set("current", true);
    nav.Push(std::move(item));
  };
  add_nav(ctx.T("home"), "/");
  for (const auto& sec : site.sections) add_nav(sec.name, "/" + sec.id + "/");
  add_nav(ctx.T("catalogue"), "/catalogue/");
  add_nav(ctx.T("departments"), "/departments/");
  data.Set("nav", std::move(nav));
  if (!breadcrumbs.list().empty()) {
    Value all = Value::List();
    all.Push(Crumb(ctx.T("home"), ctx.Link("/")));
    for (const auto& c : breadcrumbs.list()) all.Push(c);
    data.Set("breadcrumbs", std::move(all));
    data.Set("has_breadcrumbs", true);
  }
  Value page = Value::Map();
  page.Set("title", title);
  SetIf(page, "description", description);
  page.Set("canonical", site.base_url + url.substr(1));
  data.Set("page", std::move(page));

  auto content = ctx.templates->Render(template_name, data);
  if (!content.ok()) {
    ctx.status = content.status();
    return;
  }
  // The layout needs only the frame of the page, not its data.
  Value frame = Value::Map();
  for (const char* key : {"nav", "breadcrumbs", "has_breadcrumbs", "page"}) {
    if (const Value* v = data.Find(key)) frame.Set(key, *v);
  }
  frame.Set("content_html", std::move(*content));
  auto html = ctx.templates->Render("base", frame);
  if (!html.ok()) {
    ctx.status = html.status();
    return;
  }
  std::string path = url == "/404/" ? "404.html" : OutputPathOf(url);
  ctx.files.push_back({path, std::move(*html)});
}

Value DocRow(const Ctx& ctx, const Document& doc) {
  Value row = Value::Map();
  row.Set("index_no", doc.index_no);
  row.Set("title", doc.title);
  row.Set("url", ctx.Link(doc.url));
  row.Set("department_name", DepartmentName(ctx.config, doc.department));
  row.Set("published", doc.published.ToString());
  row.Set("doc_no", doc.doc_no);
  row.Set("validity", doc.validity);
  return row;
}

// A paginated list of documents at base_url, base_url/page/2/, ...
void RenderList(Ctx& ctx, const std::string& base_url, const std::string& title,
                const std::string& description, const std::string& nav_current,
                Value breadcrumbs, const std::vector<const Document*>& docs,
                const Value& extra) {
  const size_t size = static_cast<size_t>(ctx.config.site.page_size);
  const size_t pages = std::max<size_t>(1, (docs.size() + size - 1) / size);
  auto page_url = [&](size_t n) {
    return n == 1 ? base_url : base_url + "page/" + std::to_string(n) + "/";
  };
  for (size_t p = 1; p <= pages; ++p) {
    Value list = Value::Map();
    for (const auto& [k, v] : extra.map()) list.Set(k, v);
    list.Set("title", title);
    SetIf(list, "description", description);
    list.Set("total", Value::Number(static_cast<long long>(docs.size())));
    Value rows = Value::List();
    for (size_t i = (p - 1) * size; i < std::min(docs.size(), p * size); ++i) {
      rows.Push(DocRow(ctx, *docs[i]));
    }
    if (!docs.empty()) list.Set("has_docs", true);
    list.Set("docs", std::move(rows));
    if (pages > 1) {
      list.Set("page_label", ctx.T("page_of") == std::string("页")
                                 ? "第 " + std::to_string(p) + "/" +
                                       std::to_string(pages) + " 页"
                                 : ctx.T("page_of") + " " + std::to_string(p) +
                                       "/" + std::to_string(pages));
      Value pag = Value::Map();
      if (p > 1) {
        Value prev = Value::Map();
        prev.Set("url", ctx.Link(page_url(p - 1)));
        pag.Set("prev", prev);
      }
      if (p < pages) {
        Value next = Value::Map();
        next.Set("url", ctx.Link(page_url(p + 1)));
        pag.Set("next", next);
      }
      Value nums = Value::List();
      for (size_t n = 1; n <= pages; ++n) {
        Value item = Value::Map();
        item.Set("number", Value::Number(static_cast<long long>(n)));
        item.Set("url", ctx.Link(page_url(n)));
        if (n == p) item.Set("current", true);
        nums.Push(std::move(item));
      }
      pag.Set("pages", std::move(nums));
      list.Set("pagination", std::move(pag));
    }
    Value data = Value::Map();
    data.Set("list", std::move(list));
    RenderPage(ctx, page_url(p), p == 1 ? title : title + " " + std::to_string(p),
               description, nav_current, breadcrumbs, "list", std::move(data));
  }
}

std::string DisplayValue(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kString:
    case Value::Kind::kNumber: return v.as_string();
    case Value::Kind::kList: {
      std::string out;
      bool records = !v.list().empty() &&
                     v.list().front().kind() == Value::Kind::kMap;
      // Sentences (申请条件, 申请材料 ...) are numbered, one a line: the
      // metadata table keeps line breaks. Words (主题词) are joined by 、.
      const bool sentences = std::any_of(
          v.list().begin(), v.list().end(), [](const Value& item) {
            return item.kind() == Value::Kind::kString &&
                   CountChars(item.as_string()) > 20;
          });
      for (size_t i = 0; i < v.list().size(); ++i) {
        if (sentences) {
          out += (i ? "\n" : "") + std::to_string(i + 1) + ". " +
                 DisplayValue(v.list()[i]);
          continue;
        }
        if (i) out += records ? "；" : "、";
        out += DisplayValue(v.list()[i]);
      }
      return out;
    }
    case Value::Kind::kMap: {
      std::string out;
      for (const auto& [k, item] : v.map()) {
        if (!out.empty()) out += " ";
        out += DisplayValue(item);
      }
      return out;
    }
    default: return "";
  }
}

Value Meta(const std::string& label, const std::string& value,
           const std::string& url = "") {
  Value row = Value::Map();
  row.Set("label", label);
  row.Set("value", value);
  SetIf(row, "url", url);
  return row;
}

Value HistoryLine(const Ctx& ctx, const Document& doc);
// "第 2 版", "version 2".
std::string VersionLabel(const Ctx& ctx, int n) {
  return ctx.T("version_n") + " " + std::to_string(n) + ctx.T("version_suffix");
}
void RenderHistoryPages(Ctx& ctx, const Document& doc,
                        const std::vector<const Document*>& replaces);

// frozen: render version `frozen` of the document (of version_count) at
// <url>v/<n>/, with a banner and without downloads; otherwise the current
// page with its downloads and record.
void RenderDocument(Ctx& ctx, const Document& doc,
                    const std::vector<const Document*>& replaces,
                    const DocumentVersion* frozen = nullptr,
                    int version_count = 0) {
  const Schema& schema = ctx.config.schemas.at(doc.type);
  const std::string page_url =
      frozen ? doc.url + "v/" + std::to_string(frozen->number) + "/" : doc.url;
  Value d = Value::Map();
  d.Set("title", doc.title);
  Value meta = Value::List();
  static const std::set<std::string> kNotInTable = {
      "title", "change_note", "withdrawn", "repealed_by", "repeal_reason"};
  for (const auto& spec : schema.fields) {
    const Value* v = doc.fields.Find(spec.key);
    if (v == nullptr || kNotInTable.count(spec.key)) continue;
    std::string url;
    std::string value = DisplayValue(*v);
    if (spec.kind == FieldKind::kDepartment) {
      if (const Department* dept = ctx.config.FindDepartment(value)) {
        url = ctx.Link("/departments/" + dept->id + "/");
        value = dept->full_name;
      }
    } else if (spec.kind == FieldKind::kCategory) {
      url = ctx.Link("/categories/" + CategorySlug(ctx.config, value) + "/");
    } else if (spec.kind == FieldKind::kDocument) {
      auto it = ctx.by_index_no.find(value);
      if (it != ctx.by_index_no.end()) {
        url = ctx.Link(it->second->url);
        value = it->second->title + "（" + value + "）";
      }
    } else if (spec.kind == FieldKind::kPeriod) {
      if (std::string ranking = RankingUrl(doc); !ranking.empty()) {
        url = ctx.Link(ranking);
      }
    } else if (spec.kind == FieldKind::kDays) {
      value += " " + ctx.T("working_days");
    } else if (spec.kind == FieldKind::kList &&
               spec.item.front().kind == FieldKind::kDepartment) {
      value.clear();
      for (const auto& id : v->list()) {
        value += (value.empty() ? "" : "、") +
                 DepartmentName(ctx.config, id.as_string());
      }
    }
    meta.Push(Meta(spec.label, value, url));
    if (spec.key == "index_no") {
      meta.Push(Meta(ctx.T("type"), schema.label,
                     ctx.Link("/types/" + doc.type + "/")));
    }
  }
  d.Set("meta", std::move(meta));

  Value banners = Value::List();
  if (doc.withdrawn) {
    Value b = Value::Map();
    b.Set("kind", "withdrawn");
    b.Set("label", ctx.T("banner_withdrawn"));
    b.Set("text", ctx.T("withdrawn_on") + "：" + doc.withdrawn->date.ToString());
    b.Set("reason_label", ctx.T("withdrawn_reason"));
    b.Set("reason", doc.withdrawn->reason);
    banners.Push(std::move(b));
  }
  if (doc.validity == "失效" || doc.validity == "废止") {
    const bool repealed = doc.validity == "废止";
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
      Value link = Value::Map();
      link.Set("link_label", ctx.T("repealed_by"));
      link.Set("url", ctx.Link(it->second->url));
      link.Set("title", it->second->title);
      link.Set("index_no", it->second->index_no);
      b.Set("link", std::move(link));
    }
    banners.Push(std::move(b));
  }
  if (!banners.list().empty()) d.Set("banner", std::move(banners));
  if (!replaces.empty()) {
    Value list = Value::List();
    for (const Document* r : replaces) {
      Value item = Value::Map();
      item.Set("url", ctx.Link(r->url));
      item.Set("title", r->title);
      item.Set("index_no", r->index_no);
      list.Push(std::move(item));
    }
    d.Set("replaces", std::move(list));
  }
  d.Set("body_html", doc.body_html);
  if (frozen) {
    Value b = Value::Map();
    b.Set("kind", "version");
    b.Set("label", ctx.T("banner_version"));
    b.Set("text", ctx.T("version_reading") + " " +
                      VersionLabel(ctx, frozen->number) + " / " +
                      std::to_string(version_count) + "（" + frozen->date +
                      "）");
    Value link = Value::Map();
    link.Set("link_label", ctx.T("current_version"));
    link.Set("url", ctx.Link(doc.url));
    link.Set("title", doc.title);
    link.Set("index_no", doc.index_no);
    b.Set("link", std::move(link));
    Value banners = Value::List();
    banners.Push(std::move(b));
    if (const Value* existing = d.Find("banner")) {
      for (const auto& e : existing->list()) banners.Push(e);
    }
    d.Set("banner", std::move(banners));
  } else if (Value line = HistoryLine(ctx, doc); !line.is_null()) {
    d.Set("history", std::move(line));
  }

  Value tables = Value::List();
  for (size_t i = 0; i < doc.fee_tables.size() && !frozen; ++i) {
    const FeeTable& table = doc.fee_tables[i];
    const std::string base = "fees-" + std::to_string(i + 1);
    ctx.files.push_back({doc.url.substr(1) + base + ".csv", FeeTableCsv(table)});
    ctx.files.push_back({doc.url.substr(1) + base + ".json",
                         FeeTableJson(doc, table).ToPrettyJson()});
    Value t = Value::Map();
    t.Set("caption", table.caption.empty()
                         ? schema.tables->label + " " + std::to_string(i + 1)
                         : table.caption);
    t.Set("csv_url", ctx.Link(doc.url + base + ".csv"));
    t.Set("json_url", ctx.Link(doc.url + base + ".json"));
    t.Set("row_count", Value::Number(static_cast<long long>(table.rows.size())));
    tables.Push(std::move(t));
  }
  if (!tables.list().empty()) {
    d.Set("has_fee_tables", true);
    d.Set("fee_tables", std::move(tables));
  }
  if (!frozen) {
    ctx.files.push_back({doc.url.substr(1) + "index.json",
                         DocumentRecord(doc).ToPrettyJson()});
  }

  Value crumbs = Value::List();
  const Section* sec = ctx.config.site.FindSection(doc.section);
  crumbs.Push(Crumb(sec ? sec->name : doc.section,
                    ctx.Link("/" + doc.section + "/")));
  if (frozen) {
    crumbs.Push(Crumb(doc.title, ctx.Link(doc.url)));
    crumbs.Push(Crumb(VersionLabel(ctx, frozen->number)));
  } else {
    crumbs.Push(Crumb(doc.title));
  }
  Value data = Value::Map();
  data.Set("doc", std::move(d));
  RenderPage(ctx, page_url,
             frozen ? doc.title + " " + VersionLabel(ctx, frozen->number)
                    : doc.title,
             doc.summary, "/" + doc.section + "/", std::move(crumbs),
             "document", std::move(data));
  if (!frozen) RenderHistoryPages(ctx, doc, replaces);
}

// --- History: the line on every document, history/, v/<n>/, diff/<n>/ ----

const std::vector<DocumentVersion>* VersionsOf(const Ctx& ctx,
                                               const Document& doc) {
  if (ctx.history == nullptr) return nullptr;
  auto it = ctx.history->versions.find(doc.index_no);
  if (it == ctx.history->versions.end() || it->second.empty()) return nullptr;
  return &it->second;
}

// "published … · last updated … · N updates", linking to history/.
Value HistoryLine(const Ctx& ctx, const Document& doc) {
  const auto* versions = VersionsOf(ctx, doc);
  if (versions == nullptr) return Value();
  Value line = Value::Map();
  line.Set("published", doc.published.ToString());
  line.Set("first_published", versions->front().date);
  line.Set("last_updated", versions->back().date);
  line.Set("updates",
           Value::Number(static_cast<long long>(versions->size()) - 1));
  line.Set("url", ctx.Link(doc.url + "history/"));
  return line;
}


// The text compared by character, as <ins>/<del> with words for screen
// readers, so that it reads without colour.
std::string TextDiffHtml(const Ctx& ctx, const std::vector<DiffSpan>& spans) {
  std::string out;
  for (const auto& span : spans) {
    const std::string text = HtmlEscape(span.text);
    switch (span.kind) {
      case DiffSpan::kEqual: {
        // Long unchanged stretches are shortened to their ends, so that the
        // changes stand out; the full versions are a link away.
        const std::vector<std::string> chars = SplitChars(span.text);
        if (chars.size() <= 200) {
          out += text;
          break;
        }
        std::string head, tail;
        for (size_t i = 0; i < 80; ++i) head += chars[i];
        for (size_t i = chars.size() - 80; i < chars.size(); ++i) {
          tail += chars[i];
        }
        out += HtmlEscape(head) + "<span class=\"diff-skip\">……（" +
               HtmlEscape(ctx.T("diff_skipped")) + " " +
               std::to_string(chars.size() - 160) + "）……</span>" +
               HtmlEscape(tail);
        break;
      }
      case DiffSpan::kInsert:
        out += "<ins><span class=\"visually-hidden\">" +
               HtmlEscape(ctx.T("diff_inserted")) + "</span>" + text +
               "</ins>";
        break;
      case DiffSpan::kDelete:
        out += "<del><span class=\"visually-hidden\">" +
               HtmlEscape(ctx.T("diff_deleted")) + "</span>" + text +
               "</del>";
        break;
    }
  }
  return out;
}

void RenderHistoryPages(Ctx& ctx, const Document& doc,
                        const std::vector<const Document*>& replaces) {
  const auto* versions = VersionsOf(ctx, doc);
  if (versions == nullptr) return;
  const Schema& schema = ctx.config.schemas.at(doc.type);
  const int count = static_cast<int>(versions->size());
  const Section* sec = ctx.config.site.FindSection(doc.section);
  auto crumbs_for = [&](const std::string& last) {
    Value crumbs = Value::List();
    crumbs.Push(Crumb(sec ? sec->name : doc.section,
                      ctx.Link("/" + doc.section + "/")));
    crumbs.Push(Crumb(doc.title, ctx.Link(doc.url)));
    crumbs.Push(Crumb(last));
    return crumbs;
  };

  // history/
  Value list = Value::List();
  for (auto it = versions->rbegin(); it != versions->rend(); ++it) {
    Value v = Value::Map();
    v.Set("label", VersionLabel(ctx, it->number));
    v.Set("date", it->date);
    v.Set("note", it->number == 1 ? ctx.T("first_version") : it->change_note);
    v.Set("view_url",
          ctx.Link(doc.url + "v/" + std::to_string(it->number) + "/"));
    if (it->number > 1) {
      v.Set("diff_url",
            ctx.Link(doc.url + "diff/" + std::to_string(it->number) + "/"));
    }
    list.Push(std::move(v));
  }
  Value hist = Value::Map();
  hist.Set("title", doc.title);
  hist.Set("index_no", doc.index_no);
  hist.Set("doc_url", ctx.Link(doc.url));
  hist.Set("count", Value::Number(count));
  hist.Set("versions", std::move(list));
  Value data = Value::Map();
  data.Set("hist", std::move(hist));
  RenderPage(ctx, doc.url + "history/", doc.title + " " + ctx.T("history"), "",
             "/" + doc.section + "/", crumbs_for(ctx.T("history")), "history",
             std::move(data));

  // v/<n>/: frozen copies, rendered from each version's record.
  for (const auto& v : *versions) {
    Document old = DocumentFromRecord(v.record);
    if (!ctx.config.schemas.count(old.type)) continue;
    old.body_html = RenderMarkdown(old.body_markdown, 1).html;
    RenderDocument(ctx, old, replaces, &v, count);
  }

  // diff/<n>/: version n against n-1.
  for (int n = 2; n <= count; ++n) {
    const DocumentVersion& before = (*versions)[static_cast<size_t>(n - 2)];
    const DocumentVersion& after = (*versions)[static_cast<size_t>(n - 1)];
    RecordDiff diff = DiffRecord(&before.record, &after.record);
    Value dv = Value::Map();
    dv.Set("title", doc.title);
    dv.Set("label", VersionLabel(ctx, n));
    dv.Set("previous_label", VersionLabel(ctx, n - 1));
    dv.Set("date", after.date);
    dv.Set("previous_date", before.date);
    dv.Set("note", after.change_note);
    dv.Set("before_url", ctx.Link(doc.url + "v/" + std::to_string(n - 1) + "/"));
    dv.Set("after_url", ctx.Link(doc.url + "v/" + std::to_string(n) + "/"));
    dv.Set("history_url", ctx.Link(doc.url + "history/"));
    Value fields = Value::List();
    for (const auto& f : diff.fields) {
      const FieldSpec* spec = schema.FindField(f.key);
      Value fv = Value::Map();
      fv.Set("label", spec ? spec->label : f.key);
      fv.Set("before", f.before);
      fv.Set("after", f.after);
      fields.Push(std::move(fv));
    }
    if (!fields.list().empty()) dv.Set("has_fields", true);
    dv.Set("fields", std::move(fields));
    Value rows = Value::List();
    for (const auto& r : diff.fee_rows) {
      Value rv = Value::Map();
      rv.Set("table", r.table);
      rv.Set("item", r.item);
      rv.Set("change", ctx.T(r.kind == FeeRowChange::kAdded     ? "row_added"
                             : r.kind == FeeRowChange::kRemoved ? "row_removed"
                                                                : "row_changed"));
      rv.Set("before", r.before_amount.empty() ? "—"
                                               : r.before_amount + " " +
                                                     r.before_unit);
      rv.Set("after", r.after_amount.empty() ? "—"
                                             : r.after_amount + " " +
                                                   r.after_unit);
      rows.Push(std::move(rv));
    }
    if (!rows.list().empty()) dv.Set("has_rows", true);
    dv.Set("rows", std::move(rows));
    if (diff.body_changed) {
      dv.Set("body_changed", true);
      dv.Set("body_diff_html", TextDiffHtml(ctx, diff.body));
    }
    Value page = Value::Map();
    page.Set("diff", std::move(dv));
    RenderPage(ctx, doc.url + "diff/" + std::to_string(n) + "/",
               doc.title + " " + ctx.T("compare"), "", "/" + doc.section + "/",
               crumbs_for(ctx.T("compare") + " " + std::to_string(n - 1) +
                          " → " + std::to_string(n)),
               "diff", std::move(page));
  }
}

// updates/: every publication that changed documents, newest first, and
// its Atom feed.
void RenderUpdates(Ctx& ctx, const std::map<std::string, const Document*>& all) {
  if (ctx.history == nullptr) return;
  Value pubs = Value::List();
  std::string feed_entries;
  const SiteConfig& site = ctx.config.site;
  std::string updated = "2000-01-01";
  const auto& list = ctx.history->publications;
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    Value items = Value::List();
    auto add = [&](const std::vector<std::string>& ids, const char* kind) {
      for (const auto& id : ids) {
        auto d = all.find(id);
        if (d == all.end()) continue;
        Value item = Value::Map();
        item.Set("kind", ctx.T(kind));
        item.Set("title", d->second->title);
        item.Set("index_no", id);
        item.Set("url", ctx.Link(d->second->url));
        item.Set("history_url", ctx.Link(d->second->url + "history/"));
        items.Push(std::move(item));
        const std::string link = site.base_url + d->second->url.substr(1);
        feed_entries += "  <entry>\n    <title>" + HtmlEscape(ctx.T(kind)) +
                        "：" + HtmlEscape(d->second->title) +
                        "</title>\n    <id>" + HtmlEscape(link) + "#" +
                        it->date + "-" + kind + "</id>\n    <link href=\"" +
                        HtmlEscape(link) + "\"/>\n    <updated>" + it->date +
                        "T00:00:00+08:00</updated>\n  </entry>\n";
      }
    };
    add(it->added, "update_added");
    add(it->amended, "update_amended");
    add(it->repealed, "update_repealed");
    add(it->withdrawn, "update_withdrawn");
    // A publication that changed only the presentation is no update.
    if (items.list().empty()) continue;
    if (updated == "2000-01-01") updated = it->date;
    Value p = Value::Map();
    p.Set("date", it->date);
    p.Set("items", std::move(items));
    pubs.Push(std::move(p));
  }
  Value updates = Value::Map();
  if (!pubs.list().empty()) updates.Set("has_publications", true);
  updates.Set("publications", std::move(pubs));
  updates.Set("feed_url", ctx.Link("/updates/feed.xml"));
  Value data = Value::Map();
  data.Set("updates", std::move(updates));
  Value crumbs = Value::List();
  crumbs.Push(Crumb(ctx.T("updates")));
  RenderPage(ctx, "/updates/", ctx.T("updates"), "", "/updates/",
             std::move(crumbs), "updates", std::move(data));
  ctx.files.push_back(
      {"updates/feed.xml",
       "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
       "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
           HtmlEscape(site.language) + "\">\n  <title>" +
           HtmlEscape(site.title + " " + ctx.T("updates")) + "</title>\n  <id>" +
           HtmlEscape(site.base_url) + "updates/</id>\n  <link href=\"" +
           HtmlEscape(site.base_url) + "updates/\"/>\n  <link rel=\"self\" href=\"" +
           HtmlEscape(site.base_url) + "updates/feed.xml\"/>\n  <updated>" +
           updated + "T00:00:00+08:00</updated>\n  <author><name>" +
           HtmlEscape(site.publisher_name) + "</name></author>\n" +
           feed_entries + "</feed>\n"});
}

// A group of documents for the home page and index pages.
struct Group {
  std::string name;
  std::string url;
  std::string detail;
  std::vector<const Document*> docs;
};

Value GroupItems(const Ctx& ctx, const std::vector<Group>& groups,
                 bool skip_empty) {
  Value items = Value::List();
  for (const auto& g : groups) {
    if (skip_empty && g.docs.empty()) continue;
    Value item = Value::Map();
    item.Set("name", g.name);
    item.Set("url", ctx.Link(g.url));
    item.Set("count", Value::Number(static_cast<long long>(g.docs.size())));
    SetIf(item, "detail", g.detail);
    items.Push(std::move(item));
  }
  return items;
}

void RenderGroupIndex(Ctx& ctx, const std::string& url,
                      const std::string& title, const std::vector<Group>& groups,
                      bool skip_empty) {
  Value list = Value::Map();
  list.Set("title", title);
  list.Set("groups", GroupItems(ctx, groups, skip_empty));
  Value data = Value::Map();
  data.Set("list", std::move(list));
  Value crumbs = Value::List();
  crumbs.Push(Crumb(title));
  RenderPage(ctx, url, title, "", url, std::move(crumbs), "groups",
             std::move(data));
}

void RenderGroups(Ctx& ctx, const std::string& index_url,
                  const std::string& index_title,
                  const std::vector<Group>& groups, bool skip_empty,
                  const std::map<std::string, Value>& cards = {}) {
  RenderGroupIndex(ctx, index_url, index_title, groups, skip_empty);
  for (const auto& g : groups) {
    Value crumbs = Value::List();
    crumbs.Push(Crumb(index_title, ctx.Link(index_url)));
    crumbs.Push(Crumb(g.name));
    Value extra = Value::Map();
    auto card = cards.find(g.url);
    if (card != cards.end()) extra.Set("card", card->second);
    RenderList(ctx, g.url, g.name, g.detail, index_url, std::move(crumbs),
               g.docs, extra);
  }
}


std::string AtomFeed(const Ctx& ctx) {
  const SiteConfig& site = ctx.config.site;
  std::string updated = ctx.listed.empty()
                            ? "2000-01-01"
                            : ctx.listed.front()->published.ToString();
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
      HtmlEscape(site.language) + "\">\n  <title>" + HtmlEscape(site.title) +
      "</title>\n  <id>" + HtmlEscape(site.base_url) + "</id>\n  <link href=\"" +
      HtmlEscape(site.base_url) + "\"/>\n  <link rel=\"self\" href=\"" +
      HtmlEscape(site.base_url) + "feed.xml\"/>\n  <updated>" + updated +
      "T00:00:00+08:00</updated>\n  <author><name>" +
      HtmlEscape(site.publisher_name) + "</name></author>\n";
  for (size_t i = 0; i < ctx.listed.size() && i < 50; ++i) {
    const Document& doc = *ctx.listed[i];
    const std::string link = site.base_url + doc.url.substr(1);
    out += "  <entry>\n    <title>" + HtmlEscape(doc.title) +
           "</title>\n    <id>" + HtmlEscape(link) + "</id>\n    <link href=\"" +
           HtmlEscape(link) + "\"/>\n    <updated>" +
           doc.published.ToString() + "T00:00:00+08:00</updated>\n";
    if (!doc.summary.empty()) {
      out += "    <summary>" + HtmlEscape(doc.summary) + "</summary>\n";
    }
    out += "    <author><name>" +
           HtmlEscape(DepartmentName(ctx.config, doc.department)) +
           "</name></author>\n  </entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace

std::string FeeTableCsv(const FeeTable& table) {
  auto field = [](const std::string& s) {
    if (s.empty()) return s;
    if (s.find_first_of(",\"\n\r") == std::string::npos &&
        s.front() != ' ' && s.back() != ' ') {
      return s;
    }
    std::string out = "\"";
    for (char c : s) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + "\"";
  };
  // A byte order mark, so that spreadsheet programs read the file as UTF-8.
  std::string out = "\xEF\xBB\xBF";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    out += (i ? "," : "") + field(table.columns[i]);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
      out += (i ? "," : "") + field(i < row.cells.size() ? row.cells[i] : "");
    }
    out += "\r\n";
  }
  return out;
}

Value FeeTableJson(const Document& doc, const FeeTable& table) {
  Value root = Value::Map();
  root.Set("index_no", doc.index_no);
  root.Set("title", doc.title);
  root.Set("department", doc.department);
  if (const Value* eff = doc.fields.Find("effective_from")) {
    root.Set("effective_from", *eff);
  }
  root.Set("caption", table.caption);
  Value cols = Value::List();
  for (const auto& c : table.columns) cols.Push(c);
  root.Set("columns", std::move(cols));
  Value rows = Value::List();
  for (const auto& row : table.rows) {
    Value r = Value::Map();
    Value cells = Value::Map();
    for (size_t i = 0; i < table.columns.size(); ++i) {
      cells.Set(table.columns[i], i < row.cells.size() ? row.cells[i] : "");
    }
    r.Set("cells", std::move(cells));
    Value amount = Value::Map();
    amount.Set("low_yuan", FormatYuan(row.amount.low));
    amount.Set("high_yuan", FormatYuan(row.amount.high));
    amount.Set("low_fen", Value::Number(row.amount.low));
    amount.Set("high_fen", Value::Number(row.amount.high));
    r.Set("amount", std::move(amount));
    rows.Push(std::move(r));
  }
  root.Set("rows", std::move(rows));
  return root;
}

StatusOr<std::vector<OutputFile>> RenderSite(const Config& config,
                                             const std::vector<Document>& docs,
                                             const Theme& theme,
                                             const SiteHistory* history) {
  Ctx ctx{config, theme, theme.templates.get(), {}, {}, {}, Status::Ok(),
          history};
  {
    // What every page shows: the site and the interface strings.
    Value site = Value::Map();
    site.Set("title", config.site.title);
    SetIf(site, "subtitle", config.site.subtitle);
    site.Set("base", config.site.base_path);
    site.Set("language", config.site.language);
    site.Set("publisher", config.site.publisher_name);
    Value globals = Value::Map();
    globals.Set("site", std::move(site));
    globals.Set("t", theme.strings);
    theme.templates->SetGlobals(globals);
  }
  for (const auto& doc : docs) {
    ctx.by_index_no[doc.index_no] = &doc;
    if (!doc.withdrawn) ctx.listed.push_back(&doc);
  }
  std::stable_sort(ctx.listed.begin(), ctx.listed.end(),
                   [](const Document* a, const Document* b) {
                     if (a->published != b->published) {
                       return a->published > b->published;
                     }
                     return a->index_no > b->index_no;
                   });

  // Document pages, with the documents each one repealed.
  std::map<std::string, std::vector<const Document*>> replaces;
  for (const Document* doc : ctx.listed) {
    if (!doc->repealed_by.empty()) replaces[doc->repealed_by].push_back(doc);
  }
  for (const auto& doc : docs) replaces[doc.index_no];  // no inserts below
  {
    // Document pages are independent: render them on every core, each
    // worker with its own copy of the templates and its own output.
    const unsigned workers = WorkerCount(docs.size());
    std::vector<std::unique_ptr<TemplateSet>> copies;
    std::vector<Ctx> worker_ctx;
    for (unsigned w = 0; w < workers; ++w) {
      copies.push_back(ctx.templates->Clone());
      worker_ctx.push_back(Ctx{config, theme, copies.back().get(), ctx.listed,
                               ctx.by_index_no, {}, Status::Ok(), history});
    }
    ParallelForWorkers(docs.size(), [&](size_t i, unsigned w) {
      RenderDocument(worker_ctx[w], docs[i], replaces.at(docs[i].index_no));
    });
    for (auto& wc : worker_ctx) {
      if (!wc.status.ok()) return wc.status;
      for (auto& f : wc.files) ctx.files.push_back(std::move(f));
    }
  }

  // Groups of listed documents.
  std::vector<Group> sections, categories, departments, years, types;
  for (const auto& s : config.site.sections) {
    sections.push_back({s.name, "/" + s.id + "/", "", {}});
  }
  for (const auto& c : config.site.categories) {
    categories.push_back({c.name, "/categories/" + c.slug + "/", "", {}});
  }
  std::map<std::string, Value> cards;
  for (const auto& d : config.departments) {
    departments.push_back({d.name, "/departments/" + d.id + "/",
                           d.full_name != d.name ? d.full_name : "", {}});
    Value card = Value::Map();
    Value rows = Value::List();
    rows.Push(Meta(ctx.T("department"), d.full_name));
    rows.Push(Meta(ctx.T("org_code"), d.org_code));
    if (!d.window.empty()) rows.Push(Meta(ctx.T("window"), d.window));
    if (!d.phone.empty()) rows.Push(Meta(ctx.T("phone"), d.phone));
    card.Set("rows", std::move(rows));
    cards[departments.back().url] = std::move(card);
  }
  for (const auto& [type, schema] : config.schemas) {
    types.push_back({schema.label, "/types/" + type + "/", "", {}});
  }
  std::map<int, std::vector<const Document*>, std::greater<int>> by_year;
  for (const Document* doc : ctx.listed) {
    for (size_t i = 0; i < config.site.sections.size(); ++i) {
      if (config.site.sections[i].id == doc->section) {
        sections[i].docs.push_back(doc);
      }
    }
    for (size_t i = 0; i < config.site.categories.size(); ++i) {
      if (config.site.categories[i].name == doc->category) {
        categories[i].docs.push_back(doc);
      }
    }
    for (size_t i = 0; i < config.departments.size(); ++i) {
      if (config.departments[i].id == doc->department) {
        departments[i].docs.push_back(doc);
      }
    }
    size_t t = 0;
    for (const auto& [type, schema] : config.schemas) {
      if (type == doc->type) types[t].docs.push_back(doc);
      ++t;
    }
    by_year[doc->published.year].push_back(doc);
  }
  for (auto& [year, list] : by_year) {
    years.push_back({std::to_string(year) + " 年",
                     "/years/" + std::to_string(year) + "/", "", list});
  }

  // Window assessments: a ranking page per period, each department's record
  // on its page, an overview on the section's page (site/records.h).
  WindowRecords records = BuildWindowRecords(config, ctx.listed, theme.strings);
  for (auto& [url, record] : records.by_department) {
    cards[url].Set("record", std::move(record));
  }
  for (auto& p : records.pages) {
    RenderPage(ctx, p.url, p.title, p.description, p.nav_current,
               std::move(p.breadcrumbs), p.template_name, std::move(p.data));
  }

  for (const auto& s : sections) {
    Value crumbs = Value::List();
    crumbs.Push(Crumb(s.name));
    auto extra = records.by_section.find(s.url);
    RenderList(ctx, s.url, s.name, "", s.url, std::move(crumbs), s.docs,
               extra != records.by_section.end() ? extra->second : Value::Map());
  }
  RenderGroups(ctx, "/categories/", ctx.T("categories"), categories, false);
  // Every department has a page (its card, its window record), so the index
  // lists them all, even those that have published nothing yet.
  RenderGroups(ctx, "/departments/", ctx.T("departments"), departments, false,
               cards);
  RenderGroups(ctx, "/years/", ctx.T("years"), years, false);
  RenderGroups(ctx, "/types/", ctx.T("types"), types, false);

  // The catalogue, with links to every way of narrowing it.
  Value filters = Value::List();
  auto add_filter = [&](const std::string& label, const std::vector<Group>& g) {
    Value f = Value::Map();
    f.Set("label", label);
    f.Set("items", GroupItems(ctx, g, true));
    filters.Push(std::move(f));
  };
  add_filter(ctx.T("types"), types);
  add_filter(ctx.T("categories"), categories);
  add_filter(ctx.T("years"), years);
  add_filter(ctx.T("departments"), departments);
  Value extra = Value::Map();
  extra.Set("filters", std::move(filters));
  Value crumbs = Value::List();
  crumbs.Push(Crumb(ctx.T("catalogue")));
  RenderList(ctx, "/catalogue/", ctx.T("catalogue"), config.site.subtitle,
             "/catalogue/", std::move(crumbs), ctx.listed, extra);

  // Home page.
  {
    Value list = Value::Map();
    list.Set("title", ctx.T("latest"));
    list.Set("total", Value::Number(static_cast<long long>(ctx.listed.size())));
    Value rows = Value::List();
    for (size_t i = 0; i < ctx.listed.size() && i < 10; ++i) {
      rows.Push(DocRow(ctx, *ctx.listed[i]));
    }
    if (!ctx.listed.empty()) list.Set("has_docs", true);
    list.Set("docs", std::move(rows));
    Value groups = Value::List();
    auto add_group = [&](const char* id, const std::string& title,
                         const std::vector<Group>& g) {
      Value group = Value::Map();
      group.Set("id", id);
      group.Set("title", title);
      group.Set("items", GroupItems(ctx, g, true));
      groups.Push(std::move(group));
    };
    add_group("sections", ctx.T("sections"), sections);
    add_group("categories", ctx.T("categories"), categories);
    add_group("departments", ctx.T("departments"), departments);
    add_group("years", ctx.T("years"), years);
    Value data = Value::Map();
    data.Set("list", std::move(list));
    data.Set("groups", std::move(groups));
    RenderPage(ctx, "/", ctx.T("home"), config.site.subtitle, "/", Value::List(),
               "home", std::move(data));
  }
  RenderUpdates(ctx, ctx.by_index_no);
  RenderPage(ctx, "/404/", ctx.T("not_found"), "", "", Value::List(), "404",
             Value::Map());
  if (!ctx.status.ok()) return ctx.status;

  // Feeds, sitemap, robots.txt, assets.
  ctx.files.push_back({"feed.xml", AtomFeed(ctx)});
  std::string sitemap =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  std::set<std::string> withdrawn;
  for (const auto& doc : docs) {
    if (doc.withdrawn) withdrawn.insert(doc.url.substr(1));
  }
  std::vector<std::string> pages;
  for (const auto& f : ctx.files) {
    if (!EndsWith(f.path, "index.html")) continue;
    std::string page = f.path.substr(0, f.path.size() - 10);
    // Withdrawn documents stay reachable (with their history) but are not
    // offered to crawlers.
    bool hidden = false;
    for (const auto& w : withdrawn) hidden = hidden || StartsWith(page, w);
    if (!hidden) pages.push_back(std::move(page));
  }
  std::sort(pages.begin(), pages.end());
  for (const auto& p : pages) {
    sitemap += "  <url><loc>" + HtmlEscape(config.site.base_url + p) +
               "</loc></url>\n";
  }
  sitemap += "</urlset>\n";
  ctx.files.push_back({"sitemap.xml", std::move(sitemap)});
  ctx.files.push_back({"robots.txt", "User-agent: *\nAllow: /\nSitemap: " +
                                         config.site.base_url +
                                         "sitemap.xml\n"});
  for (const auto& asset : theme.assets) {
    ctx.files.push_back({"assets/" + asset.path, asset.text});
  }
  std::sort(ctx.files.begin(), ctx.files.end(),
            [](const OutputFile& a, const OutputFile& b) {
              return a.path < b.path;
            });
  for (size_t i = 1; i < ctx.files.size(); ++i) {
    if (ctx.files[i].path == ctx.files[i - 1].path) {
      return Status::Error("two pages would be written to " +
                           ctx.files[i].path);
    }
  }
  return std::move(ctx.files);
}

}  // namespace disclose
