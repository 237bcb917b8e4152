#include "serve/serve.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

#include "serve/connection_loop.h"
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

// Runs Preview::Rebuild on a thread of its own, one build at a time, so
// that the main loop keeps reading signals (and changes) while it runs.
class BackgroundBuild {
 public:
  explicit BackgroundBuild(Preview& preview)
      : preview_(preview), done_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}
  ~BackgroundBuild() { Join(); }
  BackgroundBuild(const BackgroundBuild&) = delete;
  BackgroundBuild& operator=(const BackgroundBuild&) = delete;

  bool valid() const { return done_.valid(); }
  // Readable (for poll) once the build that runs has finished.
  int fd() const { return done_.get(); }
  bool running() const { return thread_.joinable(); }

  // REQUIRES: !running().
  void Start() {
    thread_ = std::thread([this] {
      result_ = preview_.Rebuild();
      const uint64_t one = 1;
      // An eventfd write of 8 bytes only fails on overflow, which one
      // pending build cannot reach.
      (void)!::write(done_.get(), &one, sizeof one);
    });
  }

  // What the finished build did. REQUIRES: fd() was readable.
  PreviewBuild Finish() {
    uint64_t count = 0;
    (void)!::read(done_.get(), &count, sizeof count);
    Join();
    return std::move(result_);
  }

  void Join() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  Preview& preview_;
  UniqueFd done_;
  std::thread thread_;
  PreviewBuild result_;  // written by thread_, read after joining it
};

using Steady = std::chrono::steady_clock;

// However often files keep changing, a build starts this long after the
// first change.
constexpr std::chrono::milliseconds kMaxSettle{2000};

// Changes not built yet: a build is due once none came for `settle`, or
// kMaxSettle after the first.
class PendingChanges {
 public:
  explicit PendingChanges(std::chrono::milliseconds settle) : settle_(settle) {}

  void Add() {
    last_ = Steady::now();
    if (!any_) first_ = last_;
    any_ = true;
  }
  bool any() const { return any_; }
  Steady::time_point due() const {
    return std::min(last_ + settle_, first_ + kMaxSettle);
  }
  void Clear() { any_ = false; }

 private:
  const std::chrono::milliseconds settle_;
  bool any_ = false;
  Steady::time_point first_;
  Steady::time_point last_;
};

// Takes the pending signals, so that they do not end the process when the
// mask is restored (a second one, during the shutdown, still does).
void TakeSignals(int fd) {
  signalfd_siginfo info;
  while (::read(fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
  }
}

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

  // Raised on Ctrl-C: a build that runs stops between documents.
  std::atomic<bool> cancel{false};
  PipelineOptions pipeline = opts.pipeline;
  pipeline.cancel = &cancel;
  Preview preview(fs, pipeline);
  BackgroundBuild build(preview);
  if (!build.valid()) {
    return Status::Error(std::string("cannot wait for builds: ") + ErrnoText());
  }
  std::unique_ptr<PreviewServer> server;
  PendingChanges changes(opts.settle);

  build.Start();
  Status result = Status::Ok();
  while (true) {
    // The next build starts once changes settled and no build runs.
    const bool waiting = changes.any() && !build.running();
    pollfd fds[3] = {{signals.get(), POLLIN, 0},
                     {build.fd(), POLLIN, 0},
                     {(*watcher)->fd(), POLLIN, 0}};
    if (::poll(fds, 3, waiting ? PollTimeoutUntil(changes.due()) : -1) < 0) {
      if (errno == EINTR) continue;
      result = Status::Error(std::string("poll: ") + ErrnoText());
      break;
    }
    if (fds[0].revents != 0) {  // Ctrl-C or SIGTERM
      TakeSignals(signals.get());
      break;
    }
    if (fds[1].revents != 0) {
      PreviewBuild done = build.Finish();
      if (opts.on_build) opts.on_build(done);
      if (server == nullptr) {
        PreviewServerOptions server_opts;
        server_opts.port = opts.port;
        auto started = PreviewServer::Start(preview, server_opts);
        if (!started.ok()) {
          result = started.status();
          break;
        }
        server = std::move(*started);
        if (opts.on_ready) opts.on_ready(server->url());
      }
    }
    if (fds[2].revents != 0) {
      // Reads what is pending without waiting: the settling is timed here,
      // so that a signal is never kept waiting.
      auto changed = (*watcher)->Collect(std::chrono::milliseconds(0),
                                         std::chrono::milliseconds(0));
      if (!changed.ok()) {
        result = changed.status();
        break;
      }
      if (*changed) changes.Add();
    }
    if (changes.any() && !build.running() && Steady::now() >= changes.due()) {
      changes.Clear();
      build.Start();
    }
  }
  cancel = true;
  if (server != nullptr) server->Stop();
  build.Join();
  return result;
}

}  // namespace disclose
