// `disclose diff`: what changed between two publications, document by
// document and field by field, optionally for one document only.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/value.h"
#include "git/repository.h"
#include "history/history.h"
#include "model/record_diff.h"

namespace disclose {

struct PublicationDiff {
  std::string from, to;               // the two publications' commit ids
  std::vector<RecordDiff> documents;  // those that differ, by 索引号
};

// The differences among `diffs` (between the records `before` and `after`,
// by 索引号, as DiffRecords compared them) of the document `doc` names: its
// 索引号 or its source file, in whichever of the two records it has. All
// of them when `doc` is empty.
std::vector<RecordDiff> SelectDocument(
    std::vector<RecordDiff> diffs, const std::map<std::string, Value>& before,
    const std::map<std::string, Value>& after, const std::string& doc);

// The differences between the publications the revisions `from` and `to`
// name (ResolvePublication), of the document `doc` only when not empty.
StatusOr<PublicationDiff> DiffPublications(const Repository& repo,
                                           const History& history,
                                           const std::string& from,
                                           const std::string& to,
                                           const std::string& doc);

// The lines `disclose diff` prints: per document "+", "-" or "~", its
// 索引号 and title; for a changed one, indented below it, each field
// ("key: "before" -> "after""), each fee row, and how many characters of
// its text were added and removed.
std::vector<std::string> DiffLines(const PublicationDiff& diff);

// "N documents differ between <from> and <to>" (short ids).
std::string DiffSummary(const PublicationDiff& diff);

// {"from", "to", "documents"}, for `--format json`.
Value DiffJson(const PublicationDiff& diff);

}  // namespace disclose
