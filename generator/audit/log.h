// `disclose log`: the publications, or the versions of one document, newest
// first.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/value.h"
#include "git/repository.h"
#include "history/history.h"

namespace disclose {

struct Log {
  // The record path of the document the log is of ("" for the log of
  // publications).
  std::string document;
  std::vector<Publication> publications;  // newest first, when no document
  std::vector<Version> versions;          // the document's, newest first
};

// The path of the record, among `records` (by record path, as
// ReadRecordFiles returns them), of the document `doc` names: its 索引号,
// its source file or its address ("/fees/2005/x/" or "fees/2005/x"). A
// record may lack any of these (one made by hand, or by an older version):
// it is then found by the others.
StatusOr<std::string> FindRecordPath(
    const std::map<std::string, Value>& records, const std::string& doc);

// The log of `history` (read from `repo`): every publication when `doc` is
// empty, otherwise the versions of the document it names in the last
// publication.
StatusOr<Log> ReadLog(const Repository& repo, const History& history,
                      const std::string& doc);

// One line per entry, as `disclose log` prints them:
//   "<short id>  <date>  <author>  <subject>" for a publication,
//   "v<n>  <date>  <short id>  <change note>" for a version (the first
//   says "first published").
std::vector<std::string> LogLines(const Log& log);

// The entries as a JSON list, for `--format json`.
Value LogJson(const Log& log);

}  // namespace disclose
