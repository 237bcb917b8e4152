// Applying the certain fixes of a run's diagnostics to the files they name
// (`disclose check --fix`). Only a diagnostic's Fix is applied: the text
// `from` on its line becomes `to`, and every other byte of the file stays as
// it was (comments, key order, quoting, CRLF line ends, a byte order mark).
// Nothing here knows what a field means, so nothing that depends on the
// history of a document (a published 索引号) is ever touched.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/status.h"

namespace disclose {

// One fix, as applied or skipped.
struct FixOutcome {
  std::string path;   // as in the diagnostic, relative to the site root
  int line = 0;       // 1-based
  std::string label;  // the field's label, e.g. 文号
  std::string from;
  std::string to;
  bool applied = false;
  std::string note;  // why it was skipped; empty when applied
};

// `path:line: 文号 "from" → "to"`, or for a skipped fix
// `path:line: 文号 "from" left as it is: <note>`. Ends with '\n'.
std::string FormatFixOutcome(const FixOutcome& outcome);

// Applies fixes to the text of one file. A fix whose line does not exist
// or whose `from` is no longer on its line at or after its column is
// skipped with a note; identical fixes are applied once. Fixes on one line
// are applied from the rightmost column to the leftmost, so each finds the
// text its diagnostic saw. Outcomes are appended in line and column order.
// `path` only names the file in the outcomes.
std::string ApplyFixesToText(const std::string& path, const std::string& text,
                             const std::vector<Fix>& fixes,
                             std::vector<FixOutcome>* outcomes);

// Applies every fix of diags to the files below site_root, each changed
// file written in one atomic step (a temporary file in the same folder,
// then swapped in). Returns the outcomes in path, line and column order,
// or the first error of reading or writing a file (files before it stay
// fixed; the file that failed is unchanged).
StatusOr<std::vector<FixOutcome>> ApplyFixes(FileSystem& fs,
                                             const std::string& site_root,
                                             const Diagnostics& diags);

}  // namespace disclose
