#include "model/record_diff.h"

#include <set>

#include "model/value_text.h"

namespace disclose {

namespace {

const Value kEmptyMap = Value::Map();
const Value kEmptyList = Value::List();

const Value& Get(const Value* record, const char* key, const Value& fallback) {
  if (record == nullptr) return fallback;
  const Value* v = record->Find(key);
  return v ? *v : fallback;
}

struct Row {
  std::string amount, unit;
};

// The columns of a recorded table holding the item, unit and amount: by
// the roles recorded with it, or, in records made before roles were, by
// the labels of the sample schema.
struct FeeColumns {
  int item = -1, amount = -1, unit = -1;
  int payer = -1;                // a fee matrix: the payer column
  std::vector<int> matrix_fees;  // and its fee columns
};

FeeColumns FindFeeColumns(const Value& table, const Value& columns) {
  FeeColumns f;
  const Value* roles = table.Find("roles");
  for (size_t i = 0; i < columns.list().size(); ++i) {
    const std::string role =
        roles && i < roles->list().size() ? roles->list()[i].as_string() : "";
    const std::string& c = columns.list()[i].as_string();
    const int at = static_cast<int>(i);
    if (roles ? role == "item" : c == "收费项目") f.item = at;
    if (roles ? role == "amount" : c == "收费标准") f.amount = at;
    if (roles ? role == "unit" : c == "计费单位") f.unit = at;
    if (role == "payer") f.payer = at;
    if (role == "amount") f.matrix_fees.push_back(at);
  }
  return f;
}

// A group row: one cell filled, and not the amount.
bool IsGroupRow(const Value& row, int amount) {
  int filled = 0;
  int at = -1;
  for (size_t i = 0; i < row.list().size(); ++i) {
    if (row.list()[i].as_string().empty()) continue;
    ++filled;
    at = static_cast<int>(i);
  }
  return filled == 1 && at != amount;
}

using FeeRowMap = std::map<std::pair<std::string, std::string>, Row>;

// The fees of a fee matrix, as "payer / fee column" -> the cell.
void AddMatrixRows(const std::string& caption, const Value& columns,
                   const Value& rows, const FeeColumns& f, FeeRowMap& out) {
  for (const auto& row : rows.list()) {
    const auto& cells = row.list();
    if (static_cast<size_t>(f.payer) >= cells.size() || IsGroupRow(row, -1)) {
      continue;
    }
    for (int c : f.matrix_fees) {
      const size_t i = static_cast<size_t>(c);
      if (i >= cells.size() || cells[i].as_string().empty()) continue;
      out[{caption, cells[static_cast<size_t>(f.payer)].as_string() + " / " +
                        columns.list()[i].as_string()}] =
          Row{cells[i].as_string(), ""};
    }
  }
}

// table caption + (group / ) 收费项目 -> row
std::map<std::pair<std::string, std::string>, Row> FeeRows(
    const Value* record) {
  std::map<std::pair<std::string, std::string>, Row> out;
  for (const auto& table : Get(record, "fee_tables", kEmptyList).list()) {
    const Value* caption = table.Find("caption");
    const Value* columns = table.Find("columns");
    const Value* rows = table.Find("rows");
    if (!caption || !columns || !rows) continue;
    const FeeColumns f = FindFeeColumns(table, *columns);
    if (f.payer >= 0) {
      AddMatrixRows(caption->as_string(), *columns, *rows, f, out);
      continue;
    }
    if (f.item < 0) continue;
    std::string group;
    for (const auto& row : rows->list()) {
      auto cell = [&](int i) {
        return i >= 0 && static_cast<size_t>(i) < row.list().size()
                   ? row.list()[static_cast<size_t>(i)].as_string()
                   : std::string();
      };
      if (IsGroupRow(row, f.amount)) {
        group.clear();
        for (const auto& c : row.list()) group += c.as_string();
        continue;
      }
      const std::string item =
          group.empty() ? cell(f.item) : group + " / " + cell(f.item);
      out[{caption->as_string(), item}] = Row{cell(f.amount), cell(f.unit)};
    }
  }
  return out;
}

}  // namespace

RecordDiff DiffRecord(const Value* before, const Value* after) {
  RecordDiff d;
  d.kind = before == nullptr  ? RecordDiff::kAdded
           : after == nullptr ? RecordDiff::kRemoved
                              : RecordDiff::kChanged;
  const Value* any = after ? after : before;
  if (const Value* i = any->Find("index_no")) d.index_no = i->as_string();
  const Value& fields_any = Get(any, "fields", kEmptyMap);
  if (const Value* t = fields_any.Find("title")) d.title = t->as_string();

  const Value& fa = Get(before, "fields", kEmptyMap);
  const Value& fb = Get(after, "fields", kEmptyMap);
  std::vector<std::string> keys;
  std::set<std::string> seen;
  for (const Value* f : {&fa, &fb}) {
    for (const auto& [k, v] : f->map()) {
      if (seen.insert(k).second) keys.push_back(k);
    }
  }
  for (const auto& k : keys) {
    const Value* va = fa.Find(k);
    const Value* vb = fb.Find(k);
    std::string a = va ? ValueText(*va) : "";
    std::string b = vb ? ValueText(*vb) : "";
    const bool same = va && vb ? va->ToJson() == vb->ToJson() : va == vb;
    if (!same) d.fields.push_back({k, a, b});
  }

  auto ra = FeeRows(before);
  auto rb = FeeRows(after);
  for (const auto& [key, row] : ra) {
    auto it = rb.find(key);
    if (it == rb.end()) {
      d.fee_rows.push_back({FeeRowChange::kRemoved, key.first, key.second,
                            row.amount, "", row.unit, ""});
    } else if (it->second.amount != row.amount || it->second.unit != row.unit) {
      d.fee_rows.push_back({FeeRowChange::kChanged, key.first, key.second,
                            row.amount, it->second.amount, row.unit,
                            it->second.unit});
    }
  }
  for (const auto& [key, row] : rb) {
    if (!ra.count(key)) {
      d.fee_rows.push_back({FeeRowChange::kAdded, key.first, key.second, "",
                            row.amount, "", row.unit});
    }
  }

  const std::string body_a =
      Get(before, "body_markdown", Value("")).as_string();
  const std::string body_b = Get(after, "body_markdown", Value("")).as_string();
  if (body_a != body_b) {
    d.body_changed = true;
    d.body = DiffChars(body_a, body_b);
  }
  return d;
}

std::vector<RecordDiff> DiffRecords(const std::map<std::string, Value>& before,
                                    const std::map<std::string, Value>& after) {
  std::vector<RecordDiff> out;
  std::set<std::string> keys;
  for (const auto& [k, v] : before) keys.insert(k);
  for (const auto& [k, v] : after) keys.insert(k);
  for (const auto& k : keys) {
    auto a = before.find(k);
    auto b = after.find(k);
    const Value* va = a == before.end() ? nullptr : &a->second;
    const Value* vb = b == after.end() ? nullptr : &b->second;
    if (va && vb && va->ToJson() == vb->ToJson()) continue;
    out.push_back(DiffRecord(va, vb));
  }
  return out;
}

Value RecordDiffsJson(const std::vector<RecordDiff>& diffs) {
  static const char* const kKinds[] = {"added", "removed", "changed"};
  Value list = Value::List();
  for (const auto& d : diffs) {
    Value item = Value::Map();
    item.Set("index_no", d.index_no);
    item.Set("title", d.title);
    item.Set("change", kKinds[d.kind]);
    Value fields = Value::List();
    for (const auto& f : d.fields) {
      Value fv = Value::Map();
      fv.Set("key", f.key);
      fv.Set("before", f.before);
      fv.Set("after", f.after);
      fields.Push(std::move(fv));
    }
    item.Set("fields", std::move(fields));
    Value rows = Value::List();
    for (const auto& r : d.fee_rows) {
      Value rv = Value::Map();
      rv.Set("change", kKinds[r.kind == FeeRowChange::kAdded     ? 0
                              : r.kind == FeeRowChange::kRemoved ? 1
                                                                 : 2]);
      rv.Set("table", r.table);
      rv.Set("item", r.item);
      rv.Set("before", r.before_amount);
      rv.Set("after", r.after_amount);
      rv.Set("unit_before", r.before_unit);
      rv.Set("unit_after", r.after_unit);
      rows.Push(std::move(rv));
    }
    item.Set("fee_rows", std::move(rows));
    item.Set("body_changed", d.body_changed);
    list.Push(std::move(item));
  }
  return list;
}

}  // namespace disclose
