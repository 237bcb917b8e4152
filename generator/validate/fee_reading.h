// What the readers of fee tables share (fees.cc reads tables with a column
// per role, fee_matrix.cc tables with a column per fee item).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/config.h"
#include "markdown/markdown.h"
#include "model/document.h"
#include "validate/validate.h"

namespace disclose {

// What every table of a body is read with.
struct FeeTableReader {
  const TableSpec& spec;
  const std::string& path;
  Diagnostics& diags;
  std::vector<std::string> required;  // labels of the required columns
  std::string unit_label;             // the column a unit belongs in
};

FeeTableReader MakeFeeTableReader(const TableSpec& spec,
                                  const std::string& path, Diagnostics& diags);

// "the first fee table", ..., "fee table 11" (第一个收费表 ... 第 11 个收费表).
Said FeeTableName(size_t index);

// " (row 5 of the first fee table)" (（第一个收费表第 5 行）): where a
// problem of a row is, after its message. Both indexes from 0.
Said RowOf(size_t row_index, size_t table_index);

// `收费标准 "x"` in English, `收费标准“x”` in Chinese.
Said LabelQuote(const std::string& label, const std::string& value);

// `<label> is empty` (<label>为空).
inline Said IsEmpty(const std::string& label) {
  return {label + " is empty", label + "为空"};
}

// D409: header cell h repeats a column name of table t.
void ReportDuplicateColumn(const FeeTableReader& r, size_t t,
                           const MarkdownCell& h);

// Reads an amount cell into row.amount and row.amount_text, checking its
// units against unit_cell (the 计费单位 cell, or the matrix's unit) and
// unfixed fees against the spec; reports cosmetic spellings as warnings
// with their fix. False when it is wrong (reported). *needs_unit_cell:
// some amount names no unit of its own.
bool ReadFeeAmountCell(const FeeTableReader& r, const TableColumnSpec& col,
                       const MarkdownCell& cell, const MarkdownCell& unit_cell,
                       const Said& where_text, FeeRow& row,
                       bool* needs_unit_cell);

// Whether a table's header has the matrix's payer column.
bool IsFeeMatrix(const MarkdownTable& table, const FeeMatrixDecl& decl);

// Reads table t as a fee matrix: each filled cell of a fee column is one
// fee of the row's payer.
FeeTable ReadFeeMatrix(const FeeTableReader& r, size_t t,
                       const MarkdownTable& table, const FeeMatrixDecl& decl);

}  // namespace disclose
