// PublishLock: one publisher at a time. The lock is a file created with
// O_EXCL holding the publisher's process id; it is removed when the lock
// goes out of scope. A lock whose process is gone is stale.
#pragma once

#include <string>

#include "base/status.h"

namespace disclose {

class PublishLock {
 public:
  // Takes the lock at `path`, or fails saying who holds it (or that a stale
  // lock is left, with the command to remove it).
  static StatusOr<PublishLock> Acquire(const std::string& path);
  // The process id holding the lock at path, 0 if none; *stale is set when
  // that process no longer runs.
  static int Holder(const std::string& path, bool* stale);

  PublishLock(PublishLock&& other) noexcept;
  PublishLock& operator=(PublishLock&&) = delete;
  PublishLock(const PublishLock&) = delete;
  ~PublishLock();

 private:
  explicit PublishLock(std::string path) : path_(std::move(path)) {}
  std::string path_;  // "" once moved from
};

}  // namespace disclose
