#include "serve/serve.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>

#include <cstring>

#include "serve/fd_handles.h"
#include "serve/http_server.h"
#include "serve/watcher.h"

namespace disclose {

namespace {

// Blocks SIGINT and SIGTERM in this thread for its lifetime, so that they
// queue for the signalfd instead of ending the process.
class BlockedStopSignals {
 public:
  BlockedStopSignals() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
  }
  ~BlockedStopSignals() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  BlockedStopSignals(const BlockedStopSignals&) = delete;
  BlockedStopSignals& operator=(const BlockedStopSignals&) = delete;

  const sigset_t& set() const { return set_; }

 private:
  sigset_t set_;
  sigset_t old_;
};

}  // namespace

Status Serve(const FileSystem& fs, const ServeOptions& opts) {
  BlockedStopSignals blocked;
  UniqueFd signals(::signalfd(-1, &blocked.set(), SFD_NONBLOCK | SFD_CLOEXEC));
  if (!signals.valid()) {
    return Status::Error(std::string("cannot wait for Ctrl-C: ") + ErrnoText());
  }
  // Watch first, so that a change during the first build is not missed.
  auto watcher =
      TreeWatcher::Open(opts.pipeline.load.site_root, {"content", "themes"});
  if (!watcher.ok()) return watcher.status();

  Preview preview(fs, opts.pipeline);
  PreviewBuild first = preview.Rebuild();
  if (opts.on_build) opts.on_build(first);
  PreviewServerOptions server_opts;
  server_opts.port = opts.port;
  auto server = PreviewServer::Start(preview, server_opts);
  if (!server.ok()) return server.status();
  if (opts.on_ready) opts.on_ready((*server)->url());

  Status result = Status::Ok();
  while (true) {
    pollfd fds[2] = {{(*watcher)->fd(), POLLIN, 0}, {signals.get(), POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      result = Status::Error(std::string("poll: ") + ErrnoText());
      break;
    }
    if (fds[1].revents != 0) {  // Ctrl-C or SIGTERM
      // Taken, so that it does not end the process when the mask is
      // restored (a second one, during the shutdown, still does).
      signalfd_siginfo info;
      while (::read(signals.get(), &info, sizeof info) ==
             static_cast<ssize_t>(sizeof info)) {
      }
      break;
    }
    if (fds[0].revents == 0) continue;
    auto changed = (*watcher)->Collect(opts.settle, std::chrono::seconds(2));
    if (!changed.ok()) {
      result = changed.status();
      break;
    }
    if (*changed) {
      PreviewBuild build = preview.Rebuild();
      if (opts.on_build) opts.on_build(build);
    }
  }
  (*server)->Stop();
  return result;
}

}  // namespace disclose
