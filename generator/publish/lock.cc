#include "publish/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdlib>

namespace disclose {

namespace {

int ReadPid(int fd) {
  char buf[32] = {};
  ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  int pid = std::atoi(buf);
  return pid > 0 ? pid : -1;
}

}  // namespace

StatusOr<PublishLock> PublishLock::Acquire(
    const std::string& path, const std::function<void(int pid)>& waiting) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Error("cannot open the lock " + path);
  PublishLock lock(fd);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) return Status::Error("cannot lock " + path);
    if (waiting) waiting(ReadPid(fd));
    int rc;
    do {
      rc = ::flock(fd, LOCK_EX);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) return Status::Error("cannot lock " + path);
  }
  // The id is for messages only; the kernel lock is what counts, so a
  // failure to record it is harmless.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) {
    (void)!::pwrite(fd, pid.data(), pid.size(), 0);
  }
  return lock;
}

int PublishLock::Holder(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  int holder = 0;
  if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
    ::flock(fd, LOCK_UN);
  } else if (errno == EWOULDBLOCK) {
    holder = ReadPid(fd);
  }
  ::close(fd);
  return holder;
}

PublishLock::PublishLock(PublishLock&& other) noexcept : fd_(other.fd_) {
  other.fd_ = -1;
}

PublishLock::~PublishLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

}  // namespace disclose
