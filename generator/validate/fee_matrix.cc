// Fee matrices: a row per payer category (本科生, 研究生 ...), a column per
// fee item (学费, 住宿费 ...), as the front matter's `fee_matrix:` declares.
#include <algorithm>

#include "base/diagnostic_codes.h"
#include "base/text.h"
#include "validate/fee_reading.h"

namespace disclose {

namespace {

// Columns that are neither the payer nor a fee.
bool IsAsideColumn(const std::string& name) {
  return name == "序号" || name == "备注" || name == "说明";
}

// A cell that says the fee does not apply to the payer.
bool NotApplicable(const std::string& text) {
  return text.empty() || text == "—" || text == "-" || text == "/" ||
         text == "／" || text == "——";
}

// The header's roles: "payer", "amount" for each fee column, "" aside; a
// name written twice is a D409.
void MatrixRoles(const FeeTableReader& r, size_t t, const MarkdownTable& table,
                 const FeeMatrixDecl& decl, FeeTable& fee) {
  fee.roles.assign(fee.columns.size(), "");
  for (size_t i = 0; i < table.header.size(); ++i) {
    const MarkdownCell& h = table.header[i];
    auto first = std::find(fee.columns.begin(), fee.columns.end(), h.text);
    if (static_cast<size_t>(first - fee.columns.begin()) < i) {
      ReportDuplicateColumn(r, t, h);
      continue;
    }
    if (h.text == decl.payer_column) {
      fee.roles[i] = "payer";
    } else if (!IsAsideColumn(h.text) && !h.text.empty()) {
      fee.roles[i] = "amount";
    }
  }
}

// Reads the fee cells of one row; false when one is wrong (reported).
bool ReadMatrixCells(const FeeTableReader& r, const FeeTable& fee,
                     const std::vector<MarkdownCell>& cells,
                     const FeeMatrixDecl& decl, const Said& where_text,
                     FeeRow& row) {
  const TableColumnSpec* amount_spec = nullptr;
  for (const auto& c : r.spec.columns) {
    if (c.role == ColumnRole::kAmount) amount_spec = &c;
  }
  TableColumnSpec col = amount_spec ? *amount_spec : TableColumnSpec{};
  bool ok = true;
  for (size_t i = 0; i < cells.size() && i < fee.roles.size(); ++i) {
    if (fee.roles[i] != "amount" || NotApplicable(cells[i].text)) continue;
    col.label = fee.columns[i];
    const MarkdownCell unit{decl.unit, cells[i].line, cells[i].column};
    FeeRow one;
    bool needs_unit = false;
    if (!ReadFeeAmountCell(r, col, cells[i], unit, where_text, one,
                           &needs_unit)) {
      ok = false;
      continue;
    }
    row.matrix.push_back({fee.columns[i], i, std::move(one.amount)});
  }
  return ok;
}

}  // namespace

bool IsFeeMatrix(const MarkdownTable& table, const FeeMatrixDecl& decl) {
  return !decl.payer_column.empty() &&
         std::any_of(table.header.begin(), table.header.end(),
                     [&](const MarkdownCell& h) {
                       return h.text == decl.payer_column;
                     });
}

FeeTable ReadFeeMatrix(const FeeTableReader& r, size_t t,
                       const MarkdownTable& table, const FeeMatrixDecl& decl) {
  FeeTable fee;
  fee.line = table.line;
  fee.caption = table.caption;
  fee.payer_column = decl.payer_column;
  for (const auto& h : table.header) fee.columns.push_back(h.text);
  MatrixRoles(r, t, table, decl, fee);
  const size_t payer = static_cast<size_t>(
      std::find(fee.roles.begin(), fee.roles.end(), "payer") -
      fee.roles.begin());
  if (table.rows.empty()) {
    r.diags.Error(kTableWithoutRows, r.path, table.line, 1,
                  FeeTableName(t) + Said{" has no rows", "没有数据行"},
                  {"add a row for every " + decl.payer_column,
                   "为每个" + decl.payer_column + "添加一行"});
  }
  std::string group;
  for (size_t ri = 0; ri < table.rows.size(); ++ri) {
    const auto& cells = table.rows[ri];
    FeeRow row;
    row.line = cells.empty() ? table.line : cells.front().line;
    row.unit = decl.unit;
    for (const auto& c : cells) row.cells.push_back(c.text);
    row.payer = payer < cells.size() ? cells[payer].text : "";
    const Said where_text = RowOf(ri, t);
    const bool only_payer = std::count_if(cells.begin(), cells.end(),
                                          [](const MarkdownCell& c) {
                                            return !c.text.empty();
                                          }) == 1 &&
                            !row.payer.empty();
    if (only_payer) {
      row.is_group = true;
      group = row.group = row.payer;
      fee.rows.push_back(std::move(row));
      continue;
    }
    row.group = group;
    if (row.payer.empty() && payer < cells.size()) {
      r.diags.Error(kEmptyCell, r.path, cells[payer].line, cells[payer].column,
                    IsEmpty(decl.payer_column) + where_text);
      continue;
    }
    if (ReadMatrixCells(r, fee, cells, decl, where_text, row)) {
      fee.rows.push_back(std::move(row));
    }
  }
  return fee;
}

}  // namespace disclose
