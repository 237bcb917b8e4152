#include "site/downloads.h"

#include "model/record.h"

namespace disclose {

namespace {

// A cell that a spreadsheet program would run as a formula (=, +, -, @,
// tab or carriage return first: `=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`)
// starts with an apostrophe, which spreadsheets read as "this is text" and
// do not show. Everything after it is the cell as written.
std::string Neutralised(const std::string& s) {
  if (s.empty()) return s;
  switch (s.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return "'" + s;
    default:
      return s;
  }
}

// A CSV field, neutralised, then quoted when it holds a separator, a quote,
// a line break, or space at either end (which spreadsheets would trim).
std::string CsvField(const std::string& cell) {
  std::string s = Neutralised(cell);
  if (s.empty()) return s;
  if (s.find_first_of(",\"\n\r") == std::string::npos && s.front() != ' ' &&
      s.back() != ' ') {
    return s;
  }
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Appended to the table's own columns, one line per amount (a cell with
// tiers gives one line per tier): the reading of 收费标准.
constexpr const char* kCsvAmountColumns[] = {"group", "kind", "low",
                                             "high",  "unit", "note"};

// ",group,kind,low,high,unit,note\r\n" of one amount of row.
std::string AmountFields(const FeePart& part, const FeeRow& row) {
  const Value v = FeePartValue(part, row.unit);
  std::string out = "," + CsvField(row.group);
  for (const char* key : {"kind", "low_yuan", "high_yuan", "unit", "note"}) {
    out += "," + CsvField(v.Find(key)->as_string());
  }
  return out + "\r\n";
}

}  // namespace

std::string FeeTableFileBase(size_t i) {
  return "fees-" + std::to_string(i + 1);
}

std::string FeeTableCsv(const FeeTable& table) {
  const bool matrix = !table.payer_column.empty();
  // A byte order mark, so that spreadsheet programs read the file as UTF-8.
  std::string out = "\xEF\xBB\xBF";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    out += (i ? "," : "") + CsvField(table.columns[i]);
  }
  if (matrix) out += ",item";
  for (const char* extra : kCsvAmountColumns) out += std::string(",") + extra;
  out += "\r\n";
  for (const auto& row : table.rows) {
    if (row.is_group) continue;
    std::string cells;
    for (size_t i = 0; i < table.columns.size(); ++i) {
      cells +=
          (i ? "," : "") + CsvField(i < row.cells.size() ? row.cells[i] : "");
    }
    std::vector<std::pair<std::string, const FeeAmount*>> fees;
    if (matrix) {
      for (const auto& c : row.matrix) fees.emplace_back(c.item, &c.amount);
    } else {
      fees.emplace_back("", &row.amount);
    }
    for (const auto& [item, amount] : fees) {
      for (const FeePart& part : amount->Parts()) {
        out += cells + (matrix ? "," + CsvField(item) : "");
        out += AmountFields(part, row);
      }
    }
  }
  return out;
}

Value FeeTableJson(const Document& doc, const FeeTable& table) {
  Value root = Value::Map();
  root.Set("index_no", doc.index_no);
  root.Set("title", doc.title);
  root.Set("department", doc.department);
  if (const Value* eff = doc.fields.Find("effective_from")) {
    root.Set("effective_from", *eff);
  }
  const Value record = FeeTableRecord(table, FeeRowForm::kNamedCellsAndAmount);
  for (const auto& [key, value] : record.map()) root.Set(key, value);
  return root;
}

std::vector<OutputFile> DocumentDownloads(const Document& doc) {
  std::vector<OutputFile> files;
  const std::string dir = doc.url.substr(1);
  for (size_t i = 0; i < doc.fee_tables.size(); ++i) {
    const std::string base = dir + FeeTableFileBase(i);
    files.push_back({base + ".csv", FeeTableCsv(doc.fee_tables[i])});
    files.push_back(
        {base + ".json", FeeTableJson(doc, doc.fee_tables[i]).ToPrettyJson()});
  }
  files.push_back({dir + "index.json", DocumentRecord(doc).ToPrettyJson()});
  return files;
}

}  // namespace disclose
