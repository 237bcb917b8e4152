#include "model/record.h"

#include "base/text.h"
#include "model/amount.h"

namespace disclose {

namespace {

// The cell of row in column i; "" where the row is short.
const std::string& CellAt(const FeeRow& row, size_t i) {
  static const std::string kEmpty;
  return i < row.cells.size() ? row.cells[i] : kEmpty;
}

Value FeeRowValue(const FeeTable& table, const FeeRow& row, FeeRowForm form) {
  if (form == FeeRowForm::kCellList) {
    Value cells = Value::List();
    for (const auto& c : row.cells) cells.Push(c);
    return cells;
  }
  Value cells = Value::Map();
  for (size_t i = 0; i < table.columns.size(); ++i) {
    cells.Set(table.columns[i], CellAt(row, i));
  }
  Value amount = Value::Map();
  amount.Set("low_yuan", FormatYuan(row.amount.low));
  amount.Set("high_yuan", FormatYuan(row.amount.high));
  amount.Set("low_fen", Value::Number(row.amount.low));
  amount.Set("high_fen", Value::Number(row.amount.high));
  Value r = Value::Map();
  r.Set("cells", std::move(cells));
  r.Set("amount", std::move(amount));
  return r;
}

// The inverse of FeeTableRecord(table, kCellList), for records read back
// from a publication (amounts are not recorded).
FeeTable FeeTableFromRecord(const Value& t) {
  FeeTable table;
  if (const Value* c = t.Find("caption")) table.caption = c->as_string();
  if (const Value* cols = t.Find("columns")) {
    for (const auto& c : cols->list()) table.columns.push_back(c.as_string());
  }
  if (const Value* rows = t.Find("rows")) {
    for (const auto& r : rows->list()) {
      FeeRow row;
      for (const auto& c : r.list()) row.cells.push_back(c.as_string());
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

}  // namespace

Value FeeTableRecord(const FeeTable& table, FeeRowForm form) {
  Value t = Value::Map();
  t.Set("caption", table.caption);
  Value cols = Value::List();
  for (const auto& c : table.columns) cols.Push(c);
  t.Set("columns", std::move(cols));
  Value rows = Value::List();
  for (const auto& row : table.rows) rows.Push(FeeRowValue(table, row, form));
  t.Set("rows", std::move(rows));
  return t;
}

Value DocumentRecord(const Document& doc) {
  Value root = Value::Map();
  root.Set("index_no", doc.index_no);
  root.Set("type", doc.type);
  root.Set("source", doc.source_path);
  root.Set("url", doc.url);
  root.Set("fields", doc.fields);
  // 发文机关 as shown, given or defaulted: always a list.
  Value issuers = Value::List();
  for (const auto& name : doc.issuers) issuers.Push(name);
  root.Set("issuer", std::move(issuers));
  Value tables = Value::List();
  for (const auto& table : doc.fee_tables) {
    tables.Push(FeeTableRecord(table, FeeRowForm::kCellList));
  }
  root.Set("fee_tables", std::move(tables));
  root.Set("body_markdown", doc.body_markdown);
  return root;
}

void FillCoreFields(Document& doc) {
  auto text_of = [&](const char* key) -> std::string {
    const Value* v = doc.fields.Find(key);
    return v && v->kind() == Value::Kind::kString ? v->as_string() : "";
  };
  doc.title = text_of("title");
  doc.index_no = text_of("index_no");
  doc.department = text_of("department");
  if (auto d = Date::Parse(text_of("published"))) doc.published = *d;
  doc.written = Date::Parse(text_of("written"));
  doc.category = text_of("category");
  doc.doc_no = text_of("doc_no");
  doc.summary = text_of("summary");
  doc.validity = text_of("validity");
  doc.repealed_by = text_of("repealed_by");
  doc.repeal_reason = text_of("repeal_reason");
  doc.change_note = text_of("change_note");
  doc.keywords.clear();
  if (const Value* k = doc.fields.Find("keywords")) {
    for (const auto& item : k->list()) doc.keywords.push_back(item.as_string());
  }
  doc.issuers.clear();
  if (const Value* i = doc.fields.Find("issuer")) {
    for (const auto& item : i->list()) doc.issuers.push_back(item.as_string());
  }
  doc.withdrawn.reset();
  if (const Value* w = doc.fields.Find("withdrawn")) {
    const Value* date = w->Find("date");
    const Value* reason = w->Find("reason");
    if (date && reason) {
      if (auto d = Date::Parse(date->as_string())) {
        doc.withdrawn = Withdrawal{*d, reason->as_string()};
      }
    }
  }
}

Document DocumentFromRecord(const Value& record) {
  Document doc;
  auto text = [&](const char* key) -> std::string {
    const Value* v = record.Find(key);
    return v && v->kind() == Value::Kind::kString ? v->as_string() : "";
  };
  doc.index_no = text("index_no");
  doc.type = text("type");
  doc.source_path = text("source");
  doc.url = text("url");
  std::vector<std::string> parts = Split(doc.url, '/');
  if (parts.size() >= 4) {
    doc.section = parts[1];
    doc.slug = parts[3];
  }
  if (const Value* f = record.Find("fields")) doc.fields = *f;
  doc.body_markdown = text("body_markdown");
  if (const Value* tables = record.Find("fee_tables")) {
    for (const auto& t : tables->list()) {
      doc.fee_tables.push_back(FeeTableFromRecord(t));
    }
  }
  FillCoreFields(doc);
  if (const Value* i = record.Find("issuer"); i && doc.issuers.empty()) {
    for (const auto& item : i->list()) doc.issuers.push_back(item.as_string());
  }
  return doc;
}

std::string ContentKey(const Value& record) {
  Value copy = Value::Map();
  for (const auto& [key, v] : record.map()) {
    // The issuer comes from fields.issuer when the document gives it, and
    // from the configuration otherwise: not the document's own words.
    if (key == "issuer") continue;
    if (key != "fields") {
      copy.Set(key, v);
      continue;
    }
    Value fields = Value::Map();
    for (const auto& [fk, fv] : v.map()) {
      if (fk != "change_note") fields.Set(fk, fv);
    }
    copy.Set("fields", std::move(fields));
  }
  return copy.ToJson();
}

bool PublishedFromRecord(const Value& record, PublishedDoc* out) {
  auto text = [&](const Value& map, const char* key) -> std::string {
    const Value* v = map.Find(key);
    return v && v->kind() == Value::Kind::kString ? v->as_string() : "";
  };
  const Value* fields = record.Find("fields");
  if (fields == nullptr || fields->kind() != Value::Kind::kMap) return false;
  out->index_no = text(record, "index_no");
  out->type = text(record, "type");
  out->source = text(record, "source");
  out->url = text(record, "url");
  out->title = text(*fields, "title");
  out->published = text(*fields, "published");
  out->validity = text(*fields, "validity");
  out->change_note = text(*fields, "change_note");
  out->withdrawn = fields->Find("withdrawn") != nullptr;
  out->content_key = ContentKey(record);
  return !out->index_no.empty() && !out->source.empty() && !out->url.empty();
}

}  // namespace disclose
