// downloads: the files beside a document's page. Every fee table as CSV
// (for spreadsheets) and JSON (for programs), and the document's record,
// index.json (model/record.h), which publications commit and compare.
#pragma once

#include <string>
#include <vector>

#include "base/value.h"
#include "model/document.h"
#include "model/output.h"

namespace disclose {

// The name, without extension, of fee table i (0-based) beside its
// document's page: "fees-1", "fees-2", ...
std::string FeeTableFileBase(size_t i);

// Fee table as CSV: a byte order mark, the header row (the table's columns,
// then group, kind, low, high, unit, note), then a line per amount: the
// row's cells as written and the reading of its 收费标准 (a cell with tiers
// gives a line per tier; group rows give none, their name is each row's
// group). A fee matrix has an `item` column before group, and a line per
// fee (each filled fee cell) naming its column. Lines end with CRLF, fields are
// quoted as RFC 4180 says, a line break in a cell stays inside its quoted
// field.
std::string FeeTableCsv(const FeeTable& table);

// Fee table as JSON data: the document's 索引号, title, department and
// effective_from, then the table (FeeTableRecord, model/record.h) with
// every row's cells by column and its amount.
Value FeeTableJson(const Document& doc, const FeeTable& table);

// REQUIRES: doc is current (not an earlier version). Its fee tables as
// fees-<n>.csv and .json, and its record as index.json, beside its page.
std::vector<OutputFile> DocumentDownloads(const Document& doc);

}  // namespace disclose
