// PublishLock: one publisher at a time. The lock is a kernel lock (flock)
// on a file that never moves (`lock` in the published store). The kernel
// releases it when its holder exits, however it exits, so a lock is never
// stale and never needs a person to remove it. The file holds the holder's
// process id, only to name it in messages.
#pragma once

#include <functional>
#include <string>

#include "base/status.h"

namespace disclose {

class PublishLock {
 public:
  // Takes the lock at `path` (creating the file), waiting while another
  // process holds it; `waiting` is called once with that process's id
  // before the wait. Fails only when the file cannot be opened or locked.
  static StatusOr<PublishLock> Acquire(
      const std::string& path, const std::function<void(int pid)>& waiting);
  // The process id holding the lock at path, or 0 when no process does
  // (a missing file, or one whose holder has exited). Never blocks.
  static int Holder(const std::string& path);

  PublishLock(PublishLock&& other) noexcept;
  PublishLock& operator=(PublishLock&&) = delete;
  PublishLock(const PublishLock&) = delete;
  ~PublishLock();

 private:
  explicit PublishLock(int fd) : fd_(fd) {}
  int fd_ = -1;  // -1 once moved from
};

}  // namespace disclose
