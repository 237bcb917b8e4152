#include "publish/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace disclose {

int PublishLock::Holder(const std::string& path, bool* stale) {
  *stale = false;
  std::ifstream in(path);
  if (!in) return 0;
  int pid = 0;
  in >> pid;
  if (pid <= 0 || (::kill(pid, 0) != 0 && errno == ESRCH)) *stale = true;
  return pid > 0 ? pid : -1;
}

StatusOr<PublishLock> PublishLock::Acquire(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno != EEXIST) return Status::Error("cannot create the lock " + path);
    bool stale = false;
    int pid = Holder(path, &stale);
    if (stale) {
      return Status::Error("a stale lock is left by a publisher that stopped (" +
                           path + "); if no one is publishing, remove it: rm " +
                           path);
    }
    return Status::Error("another publish is running (process " +
                         std::to_string(pid) + "); try again when it is done");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  bool ok = ::write(fd, pid.data(), pid.size()) ==
            static_cast<ssize_t>(pid.size());
  ok = ::fsync(fd) == 0 && ok;
  ::close(fd);
  if (!ok) {
    ::unlink(path.c_str());
    return Status::Error("cannot write the lock " + path);
  }
  return PublishLock(path);
}

PublishLock::PublishLock(PublishLock&& other) noexcept
    : path_(std::move(other.path_)) {
  other.path_.clear();
}

PublishLock::~PublishLock() {
  if (!path_.empty()) ::unlink(path_.c_str());
}

}  // namespace disclose
