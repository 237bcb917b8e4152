#include "audit/diff.h"

#include "audit/audit.h"
#include "base/text.h"

namespace disclose {

namespace {

// The record `index_no` has in `after`, or else in `before`; null in
// neither.
const Value* RecordOf(const std::string& index_no,
                      const std::map<std::string, Value>& before,
                      const std::map<std::string, Value>& after) {
  if (auto it = after.find(index_no); it != after.end()) return &it->second;
  if (auto it = before.find(index_no); it != before.end()) return &it->second;
  return nullptr;
}

std::string FeeRowLine(const FeeRowChange& r) {
  return "    fee row " + r.table + " / " + r.item + ": " +
         (r.kind == FeeRowChange::kAdded ? "added, " + r.after_amount
          : r.kind == FeeRowChange::kRemoved
              ? "removed, was " + r.before_amount
              : r.before_amount + " -> " + r.after_amount);
}

std::string BodyLine(const std::vector<DiffSpan>& body) {
  size_t ins = 0, del = 0;
  for (const auto& s : body) {
    if (s.kind == DiffSpan::kInsert) ins += CountChars(s.text);
    if (s.kind == DiffSpan::kDelete) del += CountChars(s.text);
  }
  return "    text: " + std::to_string(ins) + " characters added, " +
         std::to_string(del) + " removed";
}

// The lines of one document's difference.
void AddLines(const RecordDiff& d, std::vector<std::string>& lines) {
  const char* mark = d.kind == RecordDiff::kAdded     ? "+"
                     : d.kind == RecordDiff::kRemoved ? "-"
                                                      : "~";
  lines.push_back(std::string(mark) + " " + d.index_no + " " + d.title);
  if (d.kind != RecordDiff::kChanged) return;
  for (const auto& f : d.fields) {
    lines.push_back("    " + f.key + ": \"" + f.before + "\" -> \"" + f.after +
                    "\"");
  }
  for (const auto& r : d.fee_rows) lines.push_back(FeeRowLine(r));
  if (d.body_changed) lines.push_back(BodyLine(d.body));
}

}  // namespace

std::vector<RecordDiff> SelectDocument(
    std::vector<RecordDiff> diffs, const std::map<std::string, Value>& before,
    const std::map<std::string, Value>& after, const std::string& doc) {
  if (doc.empty()) return diffs;
  std::vector<RecordDiff> only;
  for (auto& d : diffs) {
    const Value* record = RecordOf(d.index_no, before, after);
    const Value* source = record ? record->Find("source") : nullptr;
    if (d.index_no == doc || (source && source->as_string() == doc)) {
      only.push_back(std::move(d));
    }
  }
  return only;
}

StatusOr<PublicationDiff> DiffPublications(const Repository& repo,
                                           const History& history,
                                           const std::string& from,
                                           const std::string& to,
                                           const std::string& doc) {
  PublicationDiff diff;
  auto a = ResolvePublication(repo, history, from);
  if (!a.ok()) return a.status();
  auto b = ResolvePublication(repo, history, to);
  if (!b.ok()) return b.status();
  auto before = ReadRecords(repo, *a);
  if (!before.ok()) return before.status();
  auto after = ReadRecords(repo, *b);
  if (!after.ok()) return after.status();
  diff.from = *a;
  diff.to = *b;
  diff.documents =
      SelectDocument(DiffRecords(*before, *after), *before, *after, doc);
  return diff;
}

std::vector<std::string> DiffLines(const PublicationDiff& diff) {
  std::vector<std::string> lines;
  for (const auto& d : diff.documents) AddLines(d, lines);
  return lines;
}

std::string DiffSummary(const PublicationDiff& diff) {
  return std::to_string(diff.documents.size()) + " documents differ between " +
         ShortId(diff.from) + " and " + ShortId(diff.to);
}

Value DiffJson(const PublicationDiff& diff) {
  Value out = Value::Map();
  out.Set("from", diff.from);
  out.Set("to", diff.to);
  out.Set("documents", RecordDiffsJson(diff.documents));
  return out;
}

}  // namespace disclose
