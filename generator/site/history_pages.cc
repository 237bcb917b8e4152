#include "site/history_pages.h"

#include "markdown/gate.h"
#include "model/amount.h"
#include "model/record.h"
#include "model/record_diff.h"
#include "site/document_page.h"
#include "site/versions.h"

namespace disclose {

namespace {

// An unchanged stretch longer than this is shortened to its ends.
constexpr size_t kMaxUnchangedChars = 200;
constexpr size_t kUnchangedEndChars = 80;

// The crumbs of a page about doc: its section, doc, then `last`.
Value CrumbsUnder(const SiteContext& ctx, const Document& doc,
                  const std::string& last) {
  const Section* sec = ctx.config.site.FindSection(doc.section);
  Value crumbs = Value::List();
  crumbs.Push(
      Crumb(sec ? sec->name : doc.section, ctx.Link("/" + doc.section + "/")));
  crumbs.Push(Crumb(doc.title, ctx.Link(doc.url)));
  crumbs.Push(Crumb(last));
  return crumbs;
}

// history/: every version, newest first.
Page HistoryPage(const SiteContext& ctx, const Document& doc,
                 const std::vector<DocumentVersion>& versions) {
  Value list = Value::List();
  for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
    Value v = Value::Map();
    v.Set("label", VersionLabel(ctx, it->number));
    v.Set("date", it->date);
    v.Set("note", it->number == 1 ? ctx.T("first_version") : it->change_note);
    v.Set("view_url", ctx.Link(VersionUrl(doc, it->number)));
    if (it->number > 1) v.Set("diff_url", ctx.Link(DiffUrl(doc, it->number)));
    list.Push(std::move(v));
  }
  Value hist = Value::Map();
  hist.Set("title", doc.title);
  hist.Set("index_no", doc.index_no);
  hist.Set("doc_url", ctx.Link(doc.url));
  hist.Set("count", Count(versions.size()));
  hist.Set("versions", std::move(list));
  Page page;
  page.url = HistoryUrl(doc);
  page.title = ctx.Format("history_title", {{"title", doc.title}});
  page.nav_current = "/" + doc.section + "/";
  page.breadcrumbs = CrumbsUnder(ctx, doc, ctx.T("history"));
  page.template_name = "history";
  page.data.Set("hist", std::move(hist));
  return page;
}

Value FieldChanges(const Schema& schema, const RecordDiff& diff) {
  Value fields = Value::List();
  for (const auto& f : diff.fields) {
    const FieldSpec* spec = schema.FindField(f.key);
    Value fv = Value::Map();
    fv.Set("label", spec ? spec->label : f.key);
    fv.Set("before", f.before);
    fv.Set("after", f.after);
    fields.Push(std::move(fv));
  }
  return fields;
}

// A fee row's side of a change: "8–10 元/人次", or a dash where it is
// absent.
std::string FeeSide(const SiteContext& ctx, const std::string& amount,
                    const std::string& unit) {
  if (amount.empty()) return ctx.T("no_value");
  if (unit.empty()) return AmountText(amount);
  return ctx.Format("fee_amount",
                    {{"amount", AmountText(amount)}, {"unit", unit}});
}

Value FeeRowChanges(const SiteContext& ctx, const RecordDiff& diff) {
  Value rows = Value::List();
  for (const auto& r : diff.fee_rows) {
    Value rv = Value::Map();
    rv.Set("table", r.table);
    rv.Set("item", r.item);
    rv.Set("change", ctx.T(r.kind == FeeRowChange::kAdded     ? "row_added"
                           : r.kind == FeeRowChange::kRemoved ? "row_removed"
                                                              : "row_changed"));
    rv.Set("before", FeeSide(ctx, r.before_amount, r.before_unit));
    rv.Set("after", FeeSide(ctx, r.after_amount, r.after_unit));
    rows.Push(std::move(rv));
  }
  return rows;
}

// diff/<n>/: version n against n-1.
Page DiffPage(const SiteContext& ctx, const Document& doc,
              const std::vector<DocumentVersion>& versions, int n) {
  const DocumentVersion& before = versions[static_cast<size_t>(n - 2)];
  const DocumentVersion& after = versions[static_cast<size_t>(n - 1)];
  const RecordDiff diff = DiffRecord(&before.record, &after.record);
  Value dv = Value::Map();
  dv.Set("title", doc.title);
  dv.Set("label", VersionLabel(ctx, n));
  dv.Set("previous_label", VersionLabel(ctx, n - 1));
  dv.Set("date", after.date);
  dv.Set("previous_date", before.date);
  dv.Set("note", after.change_note);
  dv.Set("before_url", ctx.Link(VersionUrl(doc, n - 1)));
  dv.Set("after_url", ctx.Link(VersionUrl(doc, n)));
  dv.Set("history_url", ctx.Link(HistoryUrl(doc)));
  if (!diff.fields.empty()) dv.Set("has_fields", true);
  dv.Set("fields", FieldChanges(ctx.config.schemas.at(doc.type), diff));
  if (!diff.fee_rows.empty()) dv.Set("has_rows", true);
  dv.Set("rows", FeeRowChanges(ctx, diff));
  if (diff.body_changed) {
    dv.Set("body_changed", true);
    dv.Set("body", TextDiffSpans(ctx, diff.body));
  }
  Page page;
  page.url = DiffUrl(doc, n);
  page.title = ctx.Format("compare_title", {{"title", doc.title}});
  page.nav_current = "/" + doc.section + "/";
  page.breadcrumbs = CrumbsUnder(
      ctx, doc,
      ctx.Format("compare_versions",
                 {{"from", std::to_string(n - 1)}, {"to", std::to_string(n)}}));
  page.template_name = "diff";
  page.data.Set("diff", std::move(dv));
  return page;
}

// An unchanged span: as it is, or its ends around what is left out.
Value EqualSpan(const SiteContext& ctx, const std::string& text) {
  Value s = Value::Map();
  const std::vector<std::string> chars = SplitChars(text);
  if (chars.size() <= kMaxUnchangedChars) {
    s.Set("is_equal", true);
    s.Set("text", text);
    return s;
  }
  std::string head, tail;
  for (size_t i = 0; i < kUnchangedEndChars; ++i) head += chars[i];
  for (size_t i = chars.size() - kUnchangedEndChars; i < chars.size(); ++i) {
    tail += chars[i];
  }
  const size_t skipped = chars.size() - 2 * kUnchangedEndChars;
  s.Set("is_skip", true);
  s.Set("head", std::move(head));
  s.Set("skip_text",
        ctx.Format("diff_skipped", {{"n", std::to_string(skipped)}}));
  s.Set("tail", std::move(tail));
  return s;
}

}  // namespace

Value TextDiffSpans(const SiteContext& ctx,
                    const std::vector<DiffSpan>& spans) {
  Value out = Value::List();
  for (const auto& span : spans) {
    if (span.kind == DiffSpan::kEqual) {
      out.Push(EqualSpan(ctx, span.text));
      continue;
    }
    Value s = Value::Map();
    s.Set(span.kind == DiffSpan::kInsert ? "is_insert" : "is_delete", true);
    s.Set("text", span.text);
    out.Push(std::move(s));
  }
  return out;
}

std::vector<Page> HistoryPages(const SiteContext& ctx, const Document& doc,
                               const std::vector<const Document*>& replaces) {
  std::vector<Page> pages;
  const auto* versions = VersionsOf(ctx, doc);
  if (versions == nullptr) return pages;
  const int count = static_cast<int>(versions->size());
  pages.push_back(HistoryPage(ctx, doc, *versions));
  // v/<n>/: frozen copies, rendered from each version's record.
  for (const auto& v : *versions) {
    Document old = DocumentFromRecord(v.record);
    if (!ctx.config.schemas.count(old.type)) continue;
    old.body_html =
        RenderCheckedBody(old.body_markdown, ctx.config.site.limits);
    pages.push_back(DocumentPage(ctx, old, replaces, &v, count));
  }
  for (int n = 2; n <= count; ++n)
    pages.push_back(DiffPage(ctx, doc, *versions, n));
  return pages;
}

}  // namespace disclose
