// Crash points: named moments of a publication at which a test can have the
// process killed (SIGKILL, as by `kill -9` or a power cut of the process),
// to check that every moment leaves a state the next run recovers from.
// Set DISCLOSE_CRASH_AT=<name> in the environment; unset, they cost one
// comparison. The names are listed in docs/publishing.md.
#pragma once

namespace disclose {

void CrashPoint(const char* name);

}  // namespace disclose
