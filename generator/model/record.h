// The structured record of a document, written beside its page as
// index.json and committed with every publication: every field, the fee
// rows and the Markdown source. It is what the published history compares.
#pragma once

#include <string>

#include "base/value.h"
#include "model/document.h"

namespace disclose {

// The record of a validated document.
Value DocumentRecord(const Document& doc);

// How FeeTableRecord writes a fee table's rows.
enum class FeeRowForm {
  // Each row the list of its cells: the document record (index.json).
  kCellList,
  // Each row {cells: {column: cell}, group, amount: FeePartValue, tiers:
  // [FeePartValue, ...] when the cell holds several amounts}; a group row
  // is {cells, group, is_group: true}; a row of a fee matrix is {cells,
  // group, payer, fees: [{item, amount, tiers?}]}: the table's JSON
  // download.
  kNamedCellsAndAmount,
};

// One amount of a fee row as data: {kind, low_yuan, high_yuan, low_fen,
// high_fen, unit, note}. An end the kind lacks (a ceiling's low, a floor's
// high, both for unfixed) is "" in yuan and null in fen; unit is the one in
// the cell, else row_unit (the row's 计费单位).
Value FeePartValue(const FeePart& part, const std::string& row_unit);

// A fee table as data, {caption, columns, roles, rows}; roles: per column
// "item", "unit", "amount" or "". The document record and
// the JSON download both take their tables from here, so they cannot drift.
Value FeeTableRecord(const FeeTable& table, FeeRowForm form);

// What a document says, without its change note (nor the record's
// `issuer`, which is fields.issuer or else taken from the configuration):
// two versions whose keys are equal have the same content. Works on
// records read back from a publication too.
std::string ContentKey(const Value& record);

// Sets the typed core fields of doc (title, index_no, published ...) from
// doc.fields.
void FillCoreFields(Document& doc);

// A Document with everything a record holds (fields, fee rows, Markdown
// source, address); body_html is left for the caller to render.
Document DocumentFromRecord(const Value& record);

// A published document, as its record in the last publication says.
struct PublishedDoc {
  std::string index_no;
  std::string type;
  std::string source;  // content/<section>/<year>/<slug>.md
  std::string url;
  std::string title;
  std::string published;  // 发布日期
  std::string validity;
  std::string change_note;
  bool withdrawn = false;
  std::string content_key;  // ContentKey of its record
};

// Reads the fields above out of a record. Fails when the record lacks them.
bool PublishedFromRecord(const Value& record, PublishedDoc* out);

}  // namespace disclose
