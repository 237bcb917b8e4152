#include "serve/watcher.h"

#include <errno.h>
#include <poll.h>
#include <sys/inotify.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace disclose {

namespace {

// What changes a file for a build: written and closed, created, deleted,
// moved in or out (editors that save by renaming a temporary file).
constexpr uint32_t kTreeMask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
                               IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF |
                               IN_MOVE_SELF | IN_ONLYDIR;
// The site folder: only its content/ and themes/ coming or going matter.
constexpr uint32_t kRootMask =
    IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR;
// Folders nested deeper than this are not watched (nor built sensibly).
constexpr int kMaxDepth = 32;

std::string Errno(const char* what) {
  return std::string(what) + ": " + ErrnoText();
}

}  // namespace

StatusOr<std::unique_ptr<TreeWatcher>> TreeWatcher::Open(
    const std::string& site_root, std::vector<std::string> dirs) {
  UniqueFd fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
  if (!fd.valid()) return Status::Error(Errno("cannot watch for changes"));
  std::unique_ptr<TreeWatcher> w(
      new TreeWatcher(std::move(fd), site_root, std::move(dirs)));
  w->root_wd_ = ::inotify_add_watch(w->fd_.get(), site_root.c_str(), kRootMask);
  if (w->root_wd_ < 0) {
    return Status::Error(Errno(("cannot watch " + site_root).c_str()));
  }
  Status s = w->AddRoots();
  if (!s.ok()) return s;
  return w;
}

Status TreeWatcher::AddRoots() {
  for (const auto& dir : dirs_) {
    Status s = AddTree(root_ + "/" + dir, 0);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status TreeWatcher::AddTree(const std::string& dir, int depth) {
  if (depth > kMaxDepth) return Status::Ok();
  const int wd = ::inotify_add_watch(fd_.get(), dir.c_str(), kTreeMask);
  if (wd < 0) {
    // Gone already, or not a folder: nothing to watch.
    if (errno == ENOENT || errno == ENOTDIR) return Status::Ok();
    if (errno == ENOSPC) {
      return Status::Error("cannot watch " + dir +
                           ": the system's limit of watched folders is "
                           "reached (raise fs.inotify.max_user_watches)");
    }
    return Status::Error(Errno(("cannot watch " + dir).c_str()));
  }
  paths_[wd] = dir;
  namespace fs = std::filesystem;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
      Status s = AddTree(it->path().string(), depth + 1);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status TreeWatcher::ReadPending(bool* changed, bool* rescan, bool* any) {
  alignas(inotify_event) char buf[16 * 1024];
  while (true) {
    const ssize_t n = ::read(fd_.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return Status::Ok();
    if (n <= 0) return Status::Error(Errno("cannot read changes"));
    *any = true;
    for (ssize_t at = 0; at < n;) {
      inotify_event event;
      std::memcpy(&event, buf + at, sizeof event);
      const char* name_start = buf + at + sizeof(inotify_event);
      const std::string name =
          event.len > 0
              ? std::string(name_start, strnlen(name_start, event.len))
              : std::string();
      at += static_cast<ssize_t>(sizeof(inotify_event) + event.len);

      if (event.mask & IN_Q_OVERFLOW) {  // events were lost: assume anything
        *changed = true;
        *rescan = true;
        continue;
      }
      if (event.mask & IN_IGNORED) {  // the folder went away
        paths_.erase(event.wd);
        continue;
      }
      if (event.wd == root_wd_) {
        if (std::find(dirs_.begin(), dirs_.end(), name) != dirs_.end()) {
          *changed = true;
          *rescan = true;
        }
        continue;
      }
      auto it = paths_.find(event.wd);
      if (it == paths_.end()) continue;
      if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
        *changed = true;
        continue;
      }
      if (!name.empty() && name[0] == '.') continue;
      *changed = true;
      if ((event.mask & IN_ISDIR) && (event.mask & (IN_CREATE | IN_MOVED_TO))) {
        Status s = AddTree(it->second + "/" + name, 1);
        if (!s.ok()) return s;
      }
    }
  }
}

StatusOr<bool> TreeWatcher::Collect(std::chrono::milliseconds settle,
                                    std::chrono::milliseconds max_wait) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + max_wait;
  bool changed = false, rescan = false;
  while (true) {
    bool any = false;
    Status s = ReadPending(&changed, &rescan, &any);
    if (!s.ok()) return s;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - Clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd_.get(), POLLIN, 0};
    const int ready =
        ::poll(&p, 1, static_cast<int>(std::min(settle, left).count()));
    if (ready < 0 && errno != EINTR) return Status::Error(Errno("poll"));
    if (ready == 0) break;  // quiet for `settle`
  }
  if (rescan) {
    Status s = AddRoots();
    if (!s.ok()) return s;
  }
  return changed;
}

StatusOr<bool> TreeWatcher::WaitForChange(std::chrono::milliseconds timeout,
                                          std::chrono::milliseconds settle) {
  pollfd p{fd_.get(), POLLIN, 0};
  const int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
  if (ready < 0 && errno != EINTR) return Status::Error(Errno("poll"));
  if (ready <= 0) return false;
  return Collect(settle, std::chrono::seconds(2));
}

}  // namespace disclose
