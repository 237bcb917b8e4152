// Document: a disclosure after validation. Templates may use only what is
// here, and everything here was checked against the document's schema.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "base/value.h"
#include "model/amount.h"

namespace disclose {

// One fee of a row of a fee matrix: the fee item is its column.
struct FeeMatrixCell {
  std::string item;   // the column's name, e.g. 学费
  size_t column = 0;  // its index in the table's columns
  FeeAmount amount;
};

struct FeeRow {
  int line = 0;
  std::vector<std::string> cells;  // as written, one per table column
  std::string item;                // 收费项目
  std::string unit;  // 计费单位, or the unit in the amount column's header
  std::string amount_text;  // 收费标准 as written
  FeeAmount amount;
  // A group row (only one cell filled, e.g. "一、登记费") has is_group and
  // no amount; every row after it carries its name in `group`.
  bool is_group = false;
  std::string group;
  // In a fee matrix: the row's payer category (学生类别) and its fees, one
  // per filled fee cell; item, amount_text and amount are then unused.
  std::string payer;
  std::vector<FeeMatrixCell> matrix;
};

struct FeeTable {
  int line = 0;
  std::string caption;               // the heading above the table
  std::vector<std::string> columns;  // header texts, in order
  // Per column, what it holds: "item", "unit", "amount" or "" (the roles of
  // the schema's columns, config ColumnRoleName), so that records and diffs
  // need no schema.
  std::vector<std::string> roles;
  std::vector<FeeRow> rows;  // group rows included
  // A fee matrix (declared by `fee_matrix:`): the column naming the payers;
  // the fee columns have the role "amount", the payer column "payer".
  std::string payer_column;
};

// A field that names another document by its index_no; resolved once every
// document is known.
struct DocumentRef {
  std::string label;  // the field's Chinese label
  std::string key;
  std::string index_no;  // as written
  std::string ref_type;  // the type it must have, or ""
  int line = 0;
  int column = 0;
  std::vector<std::string> literals;  // values the field takes instead (免费)
};

// What a document's 有效性 (validity) means, whichever word its schema uses
// for it (content/schemas/core.yaml `meanings:`): pages, rules and the
// publication log act on the meaning, never on the word.
enum class Validity {
  kInForce,   // 有效
  kExpired,   // 失效: shown with an 已失效 banner
  kRepealed,  // 废止: an 已废止 banner; gives up a `unique` value
};

struct Withdrawal {
  Date date;
  std::string reason;
};

struct Document {
  // Where it lives.
  std::string source_path;  // content/<section>/<year>/<slug>.md
  std::string section;      // a section id from site.yaml
  std::string slug;
  std::string url;  // /<section>/<year>/<slug>/ (without base path)

  std::string type;  // a schema's type, e.g. "fee-schedule"

  // Core fields, typed.
  std::string title;
  std::string index_no;
  std::string department;  // id in departments.yaml
  // 发文机关: `issuer` as given (one name or several, for a joint
  // document), else the full name of the department; set by validation.
  std::vector<std::string> issuers;
  Date published;
  std::optional<Date> written;
  std::string category;  // the category's name
  std::string doc_no;
  std::vector<std::string> keywords;
  std::string summary;
  std::string validity;  // as written: 有效 / 失效 / 废止
  // What validity means, set by validation from the schema; kInForce for a
  // document that was not validated (read back from a record).
  Validity validity_meaning = Validity::kInForce;
  std::string repealed_by;  // index_no, or ""
  std::string repeal_reason;
  std::string change_note;
  std::optional<Withdrawal> withdrawn;

  // Every field that was given, by key, in schema order, as validated text
  // (lists and records keep their shape). This is what index.json records.
  Value fields;
  // Where each top-level field's value is in the file, for diagnostics
  // that come after validation.
  std::map<std::string, int> field_lines;
  std::map<std::string, int> field_columns;
  std::vector<DocumentRef> refs;

  std::string body_markdown;  // the Markdown source after the front matter
  int body_line = 0;
  std::string body_html;  // rendered, safe
  std::string body_text;  // plain text, for search
  std::vector<FeeTable> fee_tables;

  int FieldLine(const std::string& key) const {
    auto it = field_lines.find(key);
    return it == field_lines.end() ? 1 : it->second;
  }
  int FieldColumn(const std::string& key) const {
    auto it = field_columns.find(key);
    return it == field_columns.end() ? 1 : it->second;
  }
};

}  // namespace disclose
