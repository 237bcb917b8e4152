// Fee tables: the Markdown tables of a body read against the schema's
// table spec (fee-schedule.yaml `tables:`).
#include <algorithm>
#include <optional>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/grammar.h"
#include "validate/placeholder.h"
#include "validate/validate.h"

namespace disclose {

namespace {

const char* const kOrdinals[] = {"first", "second", "third",   "fourth",
                                 "fifth", "sixth",  "seventh", "eighth",
                                 "ninth", "tenth"};

std::string TableName(size_t index) {
  if (index < 10) return std::string("the ") + kOrdinals[index] + " fee table";
  return "fee table " + std::to_string(index + 1);
}

// What every table of a body is read with.
struct TableReader {
  const TableSpec& spec;
  const std::string& path;
  Diagnostics& diags;
  std::vector<std::string> required;  // labels of the required columns
  std::string unit_label;             // the column a unit belongs in
};

TableReader MakeReader(const TableSpec& spec, const std::string& path,
                       Diagnostics& diags) {
  TableReader r{spec, path, diags, {}, "计费单位"};
  for (const auto& c : spec.columns) {
    if (c.required) r.required.push_back(c.label);
  }
  for (const auto& c : spec.columns) {
    if (!c.amount && c.label != spec.columns.front().label) {
      r.unit_label = c.label;
    }
  }
  return r;
}

// The index in fee.columns of each spec column, or -1; each required one
// missing is a D401. *complete: none is missing.
std::vector<int> ColumnPositions(const TableReader& r, size_t t,
                                 const FeeTable& fee, int line,
                                 bool* complete) {
  std::vector<int> where;
  *complete = true;
  for (const auto& c : r.spec.columns) {
    auto it = std::find(fee.columns.begin(), fee.columns.end(), c.label);
    where.push_back(it == fee.columns.end()
                        ? -1
                        : static_cast<int>(it - fee.columns.begin()));
    if (it != fee.columns.end() || !c.required) continue;
    *complete = false;
    r.diags.Error(kMissingColumn, r.path, line, 1,
                  TableName(t) + " has no column " + c.label,
                  "a " + r.spec.label + " needs the columns " +
                      Join(r.required, ", ") + "; found " +
                      Join(fee.columns, ", "));
  }
  return where;
}

// Reads one cell of column s into row; false when it is wrong (reported).
bool ReadCell(const TableReader& r, size_t s, const MarkdownCell& cell,
              const std::string& where_text, FeeRow& row) {
  const TableColumnSpec& col = r.spec.columns[s];
  if (StartsWith(cell.text, kPlaceholderMarker)) {
    r.diags.Error(kPlaceholder, r.path, cell.line, cell.column,
                  col.label + " is still a placeholder: replace \"" +
                      cell.text + "\" with the real value" + where_text);
    return false;
  }
  if (col.amount) {
    AmountResult a = ParseAmount(cell.text, col.label, r.unit_label);
    if (a.error) {
      r.diags.Error(a.code, r.path, cell.line, cell.column,
                    a.error->message + where_text, a.error->hint);
      return false;
    }
    row.amount = *a.amount;
    row.amount_text = cell.text;
  } else if (col.required && cell.text.empty()) {
    r.diags.Error(kEmptyCell, r.path, cell.line, cell.column,
                  col.label + " is empty" + where_text);
    return false;
  } else if (s == 0) {
    row.item = cell.text;
  } else {
    row.unit = cell.text;
  }
  return true;
}

// Row r_index of table t, or nullopt when a cell is wrong or the table
// lacks a required column.
std::optional<FeeRow> ReadRow(const TableReader& r, size_t t,
                              const MarkdownTable& table, size_t r_index,
                              const std::vector<int>& where, bool complete) {
  const auto& cells = table.rows[r_index];
  FeeRow row;
  row.line = cells.empty() ? table.line : cells.front().line;
  for (const auto& c : cells) row.cells.push_back(c.text);
  const std::string where_text =
      " (row " + std::to_string(r_index + 1) + " of " + TableName(t) + ")";
  bool row_ok = complete;
  for (size_t s = 0; s < r.spec.columns.size() && complete; ++s) {
    if (where[s] < 0) continue;
    const size_t ci = static_cast<size_t>(where[s]);
    const MarkdownCell empty{"", row.line, 1};
    const MarkdownCell& cell = ci < cells.size() ? cells[ci] : empty;
    if (!ReadCell(r, s, cell, where_text, row)) row_ok = false;
  }
  if (!row_ok) return std::nullopt;
  return row;
}

FeeTable ReadTable(const TableReader& r, size_t t, const MarkdownTable& table) {
  FeeTable fee;
  fee.line = table.line;
  fee.caption = table.caption;
  for (const auto& h : table.header) fee.columns.push_back(h.text);
  bool complete = true;
  const std::vector<int> where =
      ColumnPositions(r, t, fee, table.line, &complete);
  if (table.rows.empty()) {
    r.diags.Error(
        kTableWithoutRows, r.path, table.line, 1, TableName(t) + " has no rows",
        "add a row for every fee charged: | " + Join(r.required, " | ") + " |");
  }
  for (size_t i = 0; i < table.rows.size(); ++i) {
    if (auto row = ReadRow(r, t, table, i, where, complete)) {
      fee.rows.push_back(std::move(*row));
    }
  }
  return fee;
}

}  // namespace

std::vector<FeeTable> ValidateFeeTables(
    const std::vector<MarkdownTable>& tables, const TableSpec& spec,
    const std::string& path, int body_line, Diagnostics& diags) {
  const TableReader reader = MakeReader(spec, path, diags);
  std::vector<FeeTable> out;
  if (tables.empty() && spec.required) {
    diags.Error(
        kNoFeeTable, path, body_line, 1,
        "the body has no " + spec.label + " (a table with the columns " +
            Join(reader.required, ", ") + ")",
        "add a Markdown table: | " + Join(reader.required, " | ") + " |");
    return out;
  }
  for (size_t t = 0; t < tables.size(); ++t) {
    out.push_back(ReadTable(reader, t, tables[t]));
  }
  return out;
}

}  // namespace disclose
