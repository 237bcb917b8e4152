// validate: turns a source file into a Document, checking every field
// against its type's schema (content/schemas), the fee tables of the body,
// and then the rules that span documents. Every problem becomes a
// diagnostic; nothing stops at the first one.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/text.h"
#include "config/config.h"
#include "markdown/markdown.h"
#include "model/document.h"
#include "model/record.h"
#include "model/source.h"

namespace disclose {

struct ValidateOptions {
  // When set, a 发布日期 after this day is a warning (D213).
  std::optional<Date> today;
  // The 索引号 of the last publication, when known: their hints never ask
  // to renumber them (D303, D304). Not owned.
  const std::set<std::string>* published_index_nos = nullptr;
};

// Validates one document, step by step (validate/document_steps.h).
// Returns nullopt only when the file cannot be read as a document at all
// (bad UTF-8, no front matter, YAML errors, no known type); otherwise a
// Document holding every field that passed, with validity_meaning set from
// its schema, while the problems are in diags.
std::optional<Document> ValidateDocument(const SourceFile& file,
                                         const Config& config,
                                         const ValidateOptions& opts,
                                         Diagnostics& diags);

// A fee matrix as the front matter declares it (`fee_matrix:`): one row
// per payer category, one column per fee item.
struct FeeMatrixDecl {
  std::string payer_column;  // the column naming the payers, e.g. 类别
  std::string unit;          // the unit of every amount, e.g. 元/学年
  int line = 0;              // of the declaration in the file
  int column = 0;
};

// Reads the fee tables of a body against the schema's table spec; with a
// fee matrix declared, the tables whose header has its payer column are
// read as matrices (and one must have it: D410).
std::vector<FeeTable> ValidateFeeTables(
    const std::vector<MarkdownTable>& tables, const TableSpec& spec,
    const std::string& path, int body_line, Diagnostics& diags,
    const FeeMatrixDecl& matrix = {});

// The 收费标准 cells of the fee tables as the page shows them (AmountDisplay,
// model/amount.h), by cell of `tables` (the tables the fee tables were read
// from), for RenderMarkdown.
CellTexts FeeAmountCellTexts(const std::vector<MarkdownTable>& tables,
                             const std::vector<FeeTable>& fee_tables);

// Rules against the last publication (records read from the published
// repository): D800 a published document deleted, D801 its 索引号 changed,
// D802 its address changed, D803 its content changed without a new
// 更新说明, D804 a withdrawn document brought back.
void CheckAgainstPublished(const std::vector<Document>& docs,
                           const std::vector<PublishedDoc>& published,
                           Diagnostics& diags);

// Rules across documents: index_no unique, references resolve (and are of
// the right type).
void CheckAcrossDocuments(const std::vector<Document>& docs,
                          const Config& config, Diagnostics& diags);

}  // namespace disclose
