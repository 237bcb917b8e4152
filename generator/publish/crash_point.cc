#include "publish/crash_point.h"

#include <signal.h>

#include <cstdlib>
#include <cstring>

namespace disclose {

void CrashPoint(const char* name) {
  static const char* const at = std::getenv("DISCLOSE_CRASH_AT");
  if (at != nullptr && std::strcmp(at, name) == 0) ::raise(SIGKILL);
}

}  // namespace disclose
