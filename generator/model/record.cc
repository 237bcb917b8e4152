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

// "amount": the first (or only) part; "tiers": every part, when several.
void SetAmount(const FeeAmount& amount, const std::string& unit, Value& out) {
  const std::vector<FeePart> parts = amount.Parts();
  out.Set("amount", FeePartValue(parts.front(), unit));
  if (parts.size() > 1) {
    Value tiers = Value::List();
    for (const auto& p : parts) tiers.Push(FeePartValue(p, unit));
    out.Set("tiers", std::move(tiers));
  }
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
  Value r = Value::Map();
  r.Set("cells", std::move(cells));
  r.Set("group", row.group);
  if (row.is_group) {
    r.Set("is_group", true);
    return r;
  }
  if (!table.payer_column.empty()) {
    r.Set("payer", row.payer);
    Value fees = Value::List();
    for (const auto& cell : row.matrix) {
      Value fee = Value::Map();
      fee.Set("item", cell.item);
      SetAmount(cell.amount, row.unit, fee);
      fees.Push(std::move(fee));
    }
    r.Set("fees", std::move(fees));
    return r;
  }
  SetAmount(row.amount, row.unit, r);
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
  if (const Value* roles = t.Find("roles")) {
    for (const auto& r : roles->list()) table.roles.push_back(r.as_string());
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

Value FeePartValue(const FeePart& part, const std::string& row_unit) {
  Value v = Value::Map();
  v.Set("kind", FeeKindName(part.kind));
  v.Set("low_yuan", part.has_low() ? FormatYuan(part.low) : "");
  v.Set("high_yuan", part.has_high() ? FormatYuan(part.high) : "");
  v.Set("low_fen", part.has_low() ? Value::Number(part.low) : Value());
  v.Set("high_fen", part.has_high() ? Value::Number(part.high) : Value());
  v.Set("unit", part.unit.empty() ? row_unit : part.unit);
  v.Set("note", part.note);
  return v;
}

Value FeeTableRecord(const FeeTable& table, FeeRowForm form) {
  Value t = Value::Map();
  t.Set("caption", table.caption);
  Value cols = Value::List();
  for (const auto& c : table.columns) cols.Push(c);
  t.Set("columns", std::move(cols));
  Value roles = Value::List();
  for (size_t i = 0; i < table.columns.size(); ++i) {
    roles.Push(i < table.roles.size() ? table.roles[i] : "");
  }
  t.Set("roles", std::move(roles));
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

namespace {

// Fee tables as content: the column roles (recorded since they came from
// the schema) say nothing the document says, and records published before
// them have none.
Value TablesWithoutRoles(const Value& tables) {
  if (tables.kind() != Value::Kind::kList) return tables;
  Value out = Value::List();
  for (const auto& t : tables.list()) {
    if (t.kind() != Value::Kind::kMap) {
      out.Push(t);
      continue;
    }
    Value copy = Value::Map();
    for (const auto& [k, v] : t.map()) {
      if (k != "roles") copy.Set(k, v);
    }
    out.Push(std::move(copy));
  }
  return out;
}

}  // namespace

std::string ContentKey(const Value& record) {
  Value copy = Value::Map();
  for (const auto& [key, v] : record.map()) {
    if (key == "fee_tables") {
      copy.Set(key, TablesWithoutRoles(v));
      continue;
    }
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
