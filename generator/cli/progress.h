// The progress line of long runs: "validating 1200/3000", redrawn in place
// on stderr. Shown only on a terminal (never in pipes or CI logs), not with
// --quiet or --format json, and only once a run has taken a moment.
#pragma once

#include <functional>

#include "cli/command.h"

namespace disclose::cli {

// The pipeline's progress callback for these flags; empty when no progress
// is to be shown.
std::function<void(const Progress&)> TerminalProgress(const CommonFlags& flags);

// Erases the progress line, if one is shown, so that what is printed next
// starts on a clean line.
void EndProgressLine();

}  // namespace disclose::cli
