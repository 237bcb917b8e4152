// audit/verify: what an auditor asks of the published directory, answered
// without changing anything: which publication it shows, whether its files
// are exactly that publication's, whether every object of the history can
// be read, whether the history cache agrees with the repository, and
// whether anything (a git lock file, an interrupted publication) needs
// attention.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "git/store.h"

namespace disclose {

struct VerifyReport {
  std::string head;     // the last publication ("" when none)
  std::string shown;    // the publication the published directory shows
  std::string summary;  // which publication, in words
  std::vector<std::string> notes;     // worth knowing, not a failure
  std::vector<std::string> problems;  // each one fails the verification
  size_t objects = 0;                 // objects read
};

// Fails (a Status) only when there is nothing to verify or the repository
// cannot be opened; everything wrong with it is a problem in the report.
StatusOr<VerifyReport> Verify(const PublishedStore& store);

// Whether the report finds nothing wrong.
inline bool Verified(const VerifyReport& report) {
  return report.problems.empty();
}

// The lines `disclose verify` prints (on standard error): "verify: " and
// each problem; unless `quiet`, then each note ("verify: note: ") and a
// last line saying whether it verified, which publication is shown and
// how many objects were read.
std::vector<std::string> VerifyLines(const VerifyReport& report, bool quiet);

}  // namespace disclose
