// Fee tables: the Markdown tables of a body read against the schema's
// table spec (fee-schedule.yaml `tables:`).
#include <algorithm>
#include <map>
#include <optional>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/fee_reading.h"
#include "validate/grammar.h"
#include "validate/placeholder.h"
#include "validate/validate.h"

namespace disclose {

namespace {

const char* const kOrdinals[] = {"first", "second", "third",   "fourth",
                                 "fifth", "sixth",  "seventh", "eighth",
                                 "ninth", "tenth"};
const char* const kChineseOrdinals[] = {"一", "二", "三", "四", "五",
                                        "六", "七", "八", "九", "十"};

}  // namespace

Said FeeTableName(size_t index) {
  if (index < 10) {
    return {std::string("the ") + kOrdinals[index] + " fee table",
            std::string("第") + kChineseOrdinals[index] + "个收费表"};
  }
  const std::string n = std::to_string(index + 1);
  return {"fee table " + n, "第 " + n + " 个收费表"};
}

Said RowOf(size_t row_index, size_t table_index) {
  const std::string n = std::to_string(row_index + 1);
  const Said table = FeeTableName(table_index);
  return Said{" (row " + n + " of ", "（"} + table +
         Said{")", "第 " + n + " 行）"};
}

Said LabelQuote(const std::string& label, const std::string& value) {
  return Said{label + " ", label} + Quote(value);
}

void ReportDuplicateColumn(const FeeTableReader& r, size_t t,
                           const MarkdownCell& h) {
  r.diags.Error(kDuplicateColumn, r.path, h.line, h.column,
                FeeTableName(t) + Said{" has the column " + h.text + " twice",
                                       "中“" + h.text + "”列出现了两次"},
                {"give each column its own name, or merge the two",
                 "给每列起不同的名字，或把两列合并"});
}

FeeTableReader MakeFeeTableReader(const TableSpec& spec,
                                  const std::string& path, Diagnostics& diags) {
  FeeTableReader r{spec, path, diags, {}, "计费单位"};
  for (const auto& c : spec.columns) {
    if (c.required) r.required.push_back(c.label);
    if (c.role == ColumnRole::kUnit) r.unit_label = c.label;
  }
  return r;
}

// Reports the cosmetic spellings of an amount as warnings with their fix.
namespace {

// Whether a unit written in the amount cell says what the unit column
// says: 元/年 agrees with 元/年, 年, 每年 and 每生每年 (the column ends with
// what follows 元/).
bool UnitsAgree(const std::string& cell_unit, const std::string& column) {
  if (cell_unit.empty() || column.empty() || cell_unit == column) return true;
  const std::string per =
      StartsWith(cell_unit, "元/") ? cell_unit.substr(4) : cell_unit;
  return !per.empty() && EndsWith(column, per);
}

void ReportAmountFixes(const FeeTableReader& r, const MarkdownCell& cell,
                       const std::vector<AmountFix>& fixes,
                       const Said& where_text) {
  for (const auto& f : fixes) {
    Diagnostic d;
    d.severity = Severity::kWarning;
    d.code = f.code;
    d.path = r.path;
    d.line = cell.line;
    d.column = cell.column;
    d.message = f.message + where_text;
    d.hint = Said{"write " + f.to, "改为 " + f.to};
    d.fix = Fix{cell.line, cell.column, f.from, f.to};
    r.diags.Add(std::move(d));
  }
}

}  // namespace

// Reads the amount cell into row; false when it is wrong (reported).
// *needs_unit_cell: some amount names no unit of its own.
bool ReadFeeAmountCell(const FeeTableReader& r, const TableColumnSpec& col,
                       const MarkdownCell& cell, const MarkdownCell& unit_cell,
                       const Said& where_text, FeeRow& row,
                       bool* needs_unit_cell) {
  AmountResult a = ParseAmount(cell.text, col.label, r.unit_label);
  if (a.error) {
    r.diags.Error(a.code, r.path, cell.line, cell.column,
                  a.error->message + where_text, a.error->hint);
    return false;
  }
  ReportAmountFixes(r, cell, a.fixes, where_text);
  row.amount = std::move(*a.amount);
  row.amount_text = cell.text;
  bool ok = true;
  bool every_part_has_unit = true;
  for (const FeePart& p : row.amount.Parts()) {
    const bool needs_unit =
        p.kind != FeeKind::kFree && p.kind != FeeKind::kUnfixed;
    if (p.unit.empty() && needs_unit) every_part_has_unit = false;
    if (p.kind == FeeKind::kUnfixed && !r.spec.allow_unfixed) {
      r.diags.Error(
          kUnfixedFee, r.path, cell.line, cell.column,
          LabelQuote(col.label, p.text) +
              Said{" is not a fixed fee", "不是确定的收费金额"} + where_text,
          {"a " + r.spec.label +
               " discloses the amount charged: write the amount, "
               "the range a-b, or the ceiling 最高N",
           r.spec.label + "应公开实际收取的金额：写明金额、范围 a-b 或上限 "
                          "最高N"});
      ok = false;
    }
    if (!UnitsAgree(p.unit, unit_cell.text)) {
      r.diags.Error(
          kUnitDisagrees, r.path, cell.line, cell.column,
          LabelQuote(col.label, cell.text) +
              Said{" names the unit " + p.unit + ", but " + r.unit_label +
                       " says ",
                   "的单位是 " + p.unit + "，但" + r.unit_label + "为"} +
              Quote(unit_cell.text) + where_text,
          {"write the same unit in both, or leave " + r.unit_label + " empty",
           "两处写同一个单位，或让" + r.unit_label + "留空"});
      ok = false;
    }
  }
  *needs_unit_cell = !every_part_has_unit;
  return ok;
}

namespace {

// A header as written: its name, and the unit in parentheses after it
// (金额（元）, 收费标准（元/年）, 收费标准（单位：元）), which must be 元 or
// 元/…; "" when none.
struct HeaderName {
  std::string name;
  std::string unit;
};

HeaderName SplitHeader(const std::string& h) {
  for (auto [open, close] : {std::pair<const char*, const char*>{"（", "）"},
                             std::pair<const char*, const char*>{"(", ")"}}) {
    if (!EndsWith(h, close)) continue;
    const size_t at = h.rfind(open);
    if (at == std::string::npos || at == 0) continue;
    const size_t start = at + std::string(open).size();
    std::string unit =
        Trim(h.substr(start, h.size() - std::string(close).size() - start));
    for (const std::string prefix : {"单位：", "单位:"}) {
      if (StartsWith(unit, prefix)) unit = Trim(unit.substr(prefix.size()));
    }
    if (unit != "元" && !StartsWith(unit, "元/")) break;
    return {Trim(h.substr(0, at)), unit == "元" ? "" : unit};
  }
  return {h, ""};
}

// The spec column a header names (by label or alias), or -1.
int SpecColumnOf(const TableSpec& spec, const std::string& name) {
  for (size_t s = 0; s < spec.columns.size(); ++s) {
    const auto& c = spec.columns[s];
    if (c.label == name || std::find(c.aliases.begin(), c.aliases.end(),
                                     name) != c.aliases.end()) {
      return static_cast<int>(s);
    }
  }
  return -1;
}

// Where each spec column is in a table.
struct ColumnMap {
  std::vector<int> where;   // per spec column: the header index, or -1
  std::string amount_unit;  // the unit in the amount column's header
  bool complete = true;     // no required column missing
};

// Maps the header onto the spec; a name written twice, or two columns for
// one spec column, is a D409; each required column missing is a D401.
ColumnMap MapColumns(const FeeTableReader& r, size_t t,
                     const MarkdownTable& table, FeeTable& fee) {
  ColumnMap m;
  m.where.assign(r.spec.columns.size(), -1);
  fee.roles.assign(fee.columns.size(), "");
  for (size_t i = 0; i < table.header.size(); ++i) {
    const MarkdownCell& h = table.header[i];
    auto first = std::find(fee.columns.begin(), fee.columns.end(), h.text);
    if (static_cast<size_t>(first - fee.columns.begin()) < i) {
      ReportDuplicateColumn(r, t, h);
      continue;
    }
    const HeaderName hn = SplitHeader(h.text);
    const int s = SpecColumnOf(r.spec, hn.name);
    if (s < 0) continue;
    const TableColumnSpec& col = r.spec.columns[static_cast<size_t>(s)];
    if (m.where[static_cast<size_t>(s)] >= 0) {
      const std::string& earlier =
          fee.columns[static_cast<size_t>(m.where[static_cast<size_t>(s)])];
      r.diags.Error(
          kDuplicateColumn, r.path, h.line, h.column,
          FeeTableName(t) + Said{" has two " + col.label +
                                     " columns: " + earlier + " and " + h.text,
                                 "有两列" + col.label + "：“" + earlier +
                                     "”和“" + h.text + "”"},
          {"keep one " + col.label + " column", "只保留一列" + col.label});
      continue;
    }
    m.where[static_cast<size_t>(s)] = static_cast<int>(i);
    fee.roles[i] = ColumnRoleName(col.role);
    if (col.role == ColumnRole::kAmount) m.amount_unit = hn.unit;
  }
  for (size_t s = 0; s < r.spec.columns.size(); ++s) {
    const TableColumnSpec& c = r.spec.columns[s];
    if (m.where[s] >= 0 || !c.required) continue;
    m.complete = false;
    r.diags.Error(
        kMissingColumn, r.path, table.line, 1,
        FeeTableName(t) +
            Said{" has no column " + c.label, "缺少“" + c.label + "”列"},
        {"a " + r.spec.label + " needs the columns " + Join(r.required, ", ") +
             "; found " + Join(fee.columns, ", "),
         r.spec.label + "需要以下列：" + Join(r.required, "、") +
             "；现有的列：" + Join(fee.columns, "、")});
  }
  return m;
}

// The cell of spec column s in a row, or an empty one where the table
// lacks the column or the row is short.
const MarkdownCell& CellOf(const ColumnMap& m, size_t s,
                           const std::vector<MarkdownCell>& cells,
                           const MarkdownCell& empty) {
  const int ci = m.where[s];
  if (ci < 0 || static_cast<size_t>(ci) >= cells.size()) return empty;
  return cells[static_cast<size_t>(ci)];
}

// A row whose only filled cell is not the amount: the name of a group of
// the rows below it ("| **一、登记费** | | |").
std::optional<std::string> GroupName(const std::vector<MarkdownCell>& cells,
                                     const MarkdownCell& amount_cell) {
  const MarkdownCell* filled = nullptr;
  for (const auto& c : cells) {
    if (c.text.empty()) continue;
    if (filled != nullptr) return std::nullopt;
    filled = &c;
  }
  if (filled == nullptr || filled == &amount_cell) return std::nullopt;
  return filled->text;
}

// Reports a placeholder in any cell of a spec column; false if one is.
bool NoPlaceholder(const FeeTableReader& r, const ColumnMap& m,
                   const std::vector<MarkdownCell>& cells,
                   const Said& where_text) {
  bool ok = true;
  const MarkdownCell empty{"", 0, 0};
  for (size_t s = 0; s < r.spec.columns.size(); ++s) {
    const MarkdownCell& cell = CellOf(m, s, cells, empty);
    if (!StartsWith(cell.text, kPlaceholderMarker)) continue;
    const std::string& label = r.spec.columns[s].label;
    r.diags.Error(kPlaceholder, r.path, cell.line, cell.column,
                  Said{label + " is still a placeholder: replace ",
                       label + "仍是占位符：把"} +
                      Quote(cell.text) +
                      Said{" with the real value", "改为实际内容"} +
                      where_text);
    ok = false;
  }
  return ok;
}

// Row r_index of table t, or nullopt when a cell is wrong.
std::optional<FeeRow> ReadRow(const FeeTableReader& r, size_t t,
                              const MarkdownTable& table, size_t r_index,
                              const ColumnMap& m, const std::string& group) {
  const auto& cells = table.rows[r_index];
  FeeRow row;
  row.line = cells.empty() ? table.line : cells.front().line;
  for (const auto& c : cells) row.cells.push_back(c.text);
  const Said where_text = RowOf(r_index, t);
  if (!NoPlaceholder(r, m, cells, where_text)) return std::nullopt;
  const MarkdownCell empty{"", row.line, 1};
  const MarkdownCell* item = &empty;
  const MarkdownCell* unit = &empty;
  const MarkdownCell* amount = &empty;
  size_t amount_spec = 0;
  for (size_t s = 0; s < r.spec.columns.size(); ++s) {
    const MarkdownCell& cell = CellOf(m, s, cells, empty);
    switch (r.spec.columns[s].role) {
      case ColumnRole::kItem:
        item = &cell;
        break;
      case ColumnRole::kUnit:
        unit = &cell;
        break;
      case ColumnRole::kAmount:
        amount = &cell;
        amount_spec = s;
        break;
      case ColumnRole::kNone:
        break;
    }
  }
  if (auto name = GroupName(cells, *amount)) {
    row.is_group = true;
    row.group = *name;
    return row;
  }
  row.group = group;
  bool ok = true;
  for (size_t s = 0; s < r.spec.columns.size(); ++s) {
    const TableColumnSpec& col = r.spec.columns[s];
    const MarkdownCell& cell = CellOf(m, s, cells, empty);
    if (col.role == ColumnRole::kAmount || col.role == ColumnRole::kUnit ||
        !col.required || !cell.text.empty() || m.where[s] < 0) {
      continue;
    }
    r.diags.Error(kEmptyCell, r.path, cell.line, cell.column,
                  IsEmpty(col.label) + where_text);
    ok = false;
  }
  row.item = item->text;
  row.unit = unit->text.empty() ? m.amount_unit : unit->text;
  bool needs_unit_cell = false;
  if (m.where[amount_spec] >= 0 &&
      !ReadFeeAmountCell(r, r.spec.columns[amount_spec], *amount, *unit,
                         where_text, row, &needs_unit_cell)) {
    ok = false;
  }
  if (needs_unit_cell && unit != &empty && unit->text.empty() &&
      m.amount_unit.empty()) {
    r.diags.Error(kEmptyCell, r.path, unit->line, unit->column,
                  IsEmpty(r.unit_label) + where_text);
    ok = false;
  }
  if (!ok) return std::nullopt;
  return row;
}

FeeTable ReadTable(const FeeTableReader& r, size_t t,
                   const MarkdownTable& table) {
  FeeTable fee;
  fee.line = table.line;
  fee.caption = table.caption;
  for (const auto& h : table.header) fee.columns.push_back(h.text);
  const ColumnMap m = MapColumns(r, t, table, fee);
  if (table.rows.empty()) {
    const std::string header = "| " + Join(r.required, " | ") + " |";
    r.diags.Error(kTableWithoutRows, r.path, table.line, 1,
                  FeeTableName(t) + Said{" has no rows", "没有数据行"},
                  {"add a row for every fee charged: " + header,
                   "为收取的每项费用添加一行：" + header});
  }
  if (!m.complete) return fee;
  std::string group;
  for (size_t i = 0; i < table.rows.size(); ++i) {
    if (auto row = ReadRow(r, t, table, i, m, group)) {
      if (row->is_group) group = row->group;
      fee.rows.push_back(std::move(*row));
    }
  }
  return fee;
}

// The shown text of an amount cell: each line with its 元.
std::string DisplayOf(const std::string& written, const FeeAmount& amount) {
  const std::vector<FeePart> parts = amount.Parts();
  std::string out;
  size_t k = 0;
  for (const std::string& line : Split(written, '\n')) {
    const std::string trimmed = Trim(line);
    if (trimmed.empty()) continue;
    if (!out.empty()) out += '\n';
    out += k < parts.size() ? AmountDisplay(trimmed, parts[k]) : trimmed;
    ++k;
  }
  return out;
}

}  // namespace

CellTexts FeeAmountCellTexts(const std::vector<MarkdownTable>& tables,
                             const std::vector<FeeTable>& fee_tables) {
  CellTexts out;
  for (size_t t = 0; t < tables.size() && t < fee_tables.size(); ++t) {
    // (line, column) -> the amount read from that cell.
    std::map<std::pair<int, size_t>, const FeeAmount*> amounts;
    const FeeTable& fee = fee_tables[t];
    const size_t amount_column = static_cast<size_t>(
        std::find(fee.roles.begin(), fee.roles.end(), "amount") -
        fee.roles.begin());
    for (const auto& row : fee.rows) {
      if (row.is_group) continue;
      if (fee.payer_column.empty()) {
        amounts[{row.line, amount_column}] = &row.amount;
      }
      for (const auto& c : row.matrix)
        amounts[{row.line, c.column}] = &c.amount;
    }
    for (size_t r = 0; r < tables[t].rows.size(); ++r) {
      const auto& cells = tables[t].rows[r];
      for (size_t c = 0; c < cells.size(); ++c) {
        auto it = amounts.find({cells.front().line, c});
        if (it == amounts.end()) continue;
        const std::string shown = DisplayOf(cells[c].text, *it->second);
        if (shown != cells[c].text) out[{t, r, c}] = shown;
      }
    }
  }
  return out;
}

std::vector<FeeTable> ValidateFeeTables(
    const std::vector<MarkdownTable>& tables, const TableSpec& spec,
    const std::string& path, int body_line, Diagnostics& diags,
    const FeeMatrixDecl& matrix) {
  const FeeTableReader reader = MakeFeeTableReader(spec, path, diags);
  std::vector<FeeTable> out;
  if (tables.empty() && spec.required) {
    const std::string header = "| " + Join(reader.required, " | ") + " |";
    diags.Error(
        kNoFeeTable, path, body_line, 1,
        {"the body has no " + spec.label + " (a table with the columns " +
             Join(reader.required, ", ") + ")",
         "正文中没有" + spec.label + "（含有以下列的表格：" +
             Join(reader.required, "、") + "）"},
        {"add a Markdown table: " + header,
         "添加一个 Markdown 表格：" + header});
    return out;
  }
  bool matrix_found = false;
  for (size_t t = 0; t < tables.size(); ++t) {
    if (IsFeeMatrix(tables[t], matrix)) {
      matrix_found = true;
      out.push_back(ReadFeeMatrix(reader, t, tables[t], matrix));
    } else {
      out.push_back(ReadTable(reader, t, tables[t]));
    }
  }
  if (!matrix.payer_column.empty() && !matrix_found && !tables.empty()) {
    const std::string example =
        "| " + matrix.payer_column + " | 学费 | 住宿费 |";
    diags.Error(kBadFeeMatrix, path, matrix.line, matrix.column,
                {"fee_matrix names the payer column " + matrix.payer_column +
                     ", but no table of the body has it",
                 "fee_matrix 指定的缴费对象列为“" + matrix.payer_column +
                     "”，但正文中没有表格含有这一列"},
                {"write the header of the column that names the payers, as "
                 "in " +
                     example,
                 "在表头写出列出缴费对象的那一列，例如 " + example});
  }
  return out;
}

}  // namespace disclose
