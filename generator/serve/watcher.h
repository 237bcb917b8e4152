// TreeWatcher: inotify watches on a site's content/ and themes/, so that
// `disclose serve` rebuilds when an author saves a file. Every folder below
// them has a watch; folders that appear get one, and the site folder itself
// is watched for content/ or themes/ being replaced (a git checkout).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "serve/fd_handles.h"

namespace disclose {

class TreeWatcher {
 public:
  // Watches site_root/<dir> for each of dirs, recursively. A dir that does
  // not exist yet is picked up when it appears. Fails when inotify cannot
  // be used (or the system's limit of watches is reached).
  static StatusOr<std::unique_ptr<TreeWatcher>> Open(
      const std::string& site_root, std::vector<std::string> dirs);

  // Readable (for poll) when events are pending.
  int fd() const { return fd_.get(); }

  // Reads the pending events, then keeps reading until none arrived for
  // `settle` (but no longer than `max_wait` in all), so that an editor's
  // burst of writes makes one rebuild. True when something that a build
  // reads changed; files and folders whose names start with '.' (editor
  // swap files) do not count, and neither does the rest of the site folder.
  StatusOr<bool> Collect(std::chrono::milliseconds settle,
                         std::chrono::milliseconds max_wait);

  // Waits up to `timeout` for a change, then collects as above.
  StatusOr<bool> WaitForChange(std::chrono::milliseconds timeout,
                               std::chrono::milliseconds settle);

  // Folders watched now (for tests).
  size_t watch_count() const { return paths_.size(); }

 private:
  TreeWatcher(UniqueFd fd, std::string root, std::vector<std::string> dirs)
      : fd_(std::move(fd)), root_(std::move(root)), dirs_(std::move(dirs)) {}

  Status AddTree(const std::string& dir, int depth);
  Status AddRoots();
  // Reads what is pending without blocking; sets *changed and *rescan.
  Status ReadPending(bool* changed, bool* rescan, bool* any);

  UniqueFd fd_;
  std::string root_;
  std::vector<std::string> dirs_;
  std::unordered_map<int, std::string> paths_;  // watch descriptor -> folder
  int root_wd_ = -1;
};

}  // namespace disclose
