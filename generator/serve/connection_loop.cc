#include "serve/connection_loop.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace disclose {

namespace {

using Steady = std::chrono::steady_clock;

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// True when a request head announces a body (which is never read: the
// connection is closed after the answer instead).
bool AnnouncesBody(std::string_view head) {
  size_t at = head.find("\r\n");
  while (at != std::string_view::npos && at + 2 < head.size()) {
    const size_t start = at + 2;
    const size_t end = head.find("\r\n", start);
    if (end == std::string_view::npos || end == start) break;
    const std::string_view line = head.substr(start, end - start);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view name = line.substr(0, colon);
      const std::string_view value = Trim(line.substr(colon + 1));
      if (EqualsIgnoringCase(name, "Transfer-Encoding")) return true;
      if (EqualsIgnoringCase(name, "Content-Length") && value != "0") {
        return true;
      }
    }
    at = end;
  }
  return false;
}

// A short answer the event loop writes itself, for requests that never
// reach cpp-httplib (a head too long or too slow). One non-blocking send:
// a fresh socket's buffer always takes it; if not, the client gets nothing.
void SendCanned(int fd, int status, const char* reason,
                const std::string& text) {
  const std::string body = text + "\n";
  const std::string answer =
      "HTTP/1.1 " + std::to_string(status) + " " + reason +
      "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
  (void)!::send(fd, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

}  // namespace

struct ConnectionLoop::Impl {
  Impl(UniqueFd l, const ConnectionLimits& lim, Answerer a)
      : listener(std::move(l)), limits(lim), answer(std::move(a)) {}

  UniqueFd listener;
  const ConnectionLimits limits;
  const Answerer answer;
  UniqueFd wake;  // eventfd: connections came back, or Stop()
  std::thread loop;
  std::vector<std::thread> workers;
  bool stopped = false;  // Stop() ran (only its caller reads it)

  // Shared by the loop and the workers.
  std::mutex mu;
  std::condition_variable work;
  bool stopping = false;              // guarded by mu
  std::deque<Connection*> jobs;       // heads to answer; guarded by mu
  std::vector<Connection*> answered;  // back to the loop; guarded by mu

  // The loop's own: every open connection and how many each client has.
  std::unordered_map<Connection*, std::unique_ptr<Connection>> connections;
  std::unordered_map<std::string, int> client_connections;
  Steady::time_point accept_paused_until;

  void Loop() {
    std::vector<pollfd> fds;
    std::vector<Connection*> polled;
    while (true) {
      {
        std::lock_guard<std::mutex> lock(mu);
        if (stopping) return;
      }
      const auto now = Steady::now();
      fds.clear();
      polled.clear();
      fds.push_back({wake.get(), POLLIN, 0});
      const bool accepting = now >= accept_paused_until;
      fds.push_back({accepting ? listener.get() : -1, POLLIN, 0});
      Steady::time_point next =
          accepting ? Steady::time_point::max() : accept_paused_until;
      for (auto& [ptr, c] : connections) {
        if (c->state == Connection::State::kWorker) continue;
        fds.push_back({c->fd.get(), POLLIN, 0});
        polled.push_back(ptr);
        next = std::min(next, Deadline(*c));
      }
      const int timeout =
          next == Steady::time_point::max() ? -1 : PollTimeoutUntil(next);
      if (::poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR) {
        // Nothing sensible is left to do but wait a little and retry.
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        continue;
      }
      if (fds[0].revents != 0) TakeAnswered();
      for (size_t i = 0; i < polled.size(); ++i) {
        if (fds[i + 2].revents != 0) ReadFrom(*polled[i]);
      }
      if (fds[1].revents != 0) Accept();
      Expire();
    }
  }

  // When the loop gives up on a connection it waits for.
  Steady::time_point Deadline(const Connection& c) const {
    if (c.state == Connection::State::kDrain) {
      return c.since + limits.idle_timeout;
    }
    if (c.in.empty()) {
      return c.since + std::min(limits.idle_timeout, limits.head_timeout);
    }
    return c.since + limits.head_timeout;
  }

  void Accept() {
    while (true) {
      sockaddr_in addr{};
      socklen_t len = sizeof addr;
      UniqueFd fd(::accept4(listener.get(), reinterpret_cast<sockaddr*>(&addr),
                            &len, SOCK_NONBLOCK | SOCK_CLOEXEC));
      if (!fd.valid()) {
        if (errno == EINTR || errno == ECONNABORTED) continue;
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS ||
            errno == ENOMEM) {
          // Out of descriptors: stop accepting for a moment instead of
          // spinning on a listener that stays readable.
          accept_paused_until = Steady::now() + std::chrono::milliseconds(100);
        }
        return;
      }
      char ip[INET_ADDRSTRLEN] = "";
      ::inet_ntop(AF_INET, &addr.sin_addr, ip, sizeof ip);
      auto c = std::make_unique<Connection>();
      c->fd = std::move(fd);
      c->peer = ip;
      c->peer_port = ntohs(addr.sin_port);
      c->since = Steady::now();
      if (!MakeRoomFor(c->peer)) continue;  // closed: no room
      ++client_connections[c->peer];
      Connection* ptr = c.get();
      connections.emplace(ptr, std::move(c));
    }
  }

  // Under the caps, one more connection from `peer` fits: true, after
  // closing the oldest waiting connection of that client, or of the client
  // with most, when it was needed.
  bool MakeRoomFor(const std::string& peer) {
    const auto mine = client_connections.find(peer);
    if (mine != client_connections.end() &&
        mine->second >= limits.max_connections_per_client) {
      return CloseOldestWaiting(peer);
    }
    if (static_cast<int>(connections.size()) < limits.max_connections) {
      return true;
    }
    std::string busiest;
    int most = 0;
    for (const auto& [client, count] : client_connections) {
      if (count > most) {
        most = count;
        busiest = client;
      }
    }
    return CloseOldestWaiting(busiest);
  }

  bool CloseOldestWaiting(const std::string& peer) {
    Connection* oldest = nullptr;
    for (auto& [ptr, c] : connections) {
      if (c->peer != peer || c->state == Connection::State::kWorker) continue;
      if (oldest == nullptr || c->since < oldest->since) oldest = ptr;
    }
    if (oldest == nullptr) return false;
    Close(oldest);
    return true;
  }

  void Close(Connection* c) {
    if (--client_connections[c->peer] <= 0) client_connections.erase(c->peer);
    connections.erase(c);
  }

  void ReadFrom(Connection& c) {
    char buf[4096];
    while (true) {
      const ssize_t n = ::recv(c.fd.get(), buf, sizeof buf, MSG_DONTWAIT);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
      if (n <= 0) {  // closed by the client, or reset
        Close(&c);
        return;
      }
      if (c.state == Connection::State::kDrain) {
        c.drained += static_cast<size_t>(n);
        if (c.drained > 64 * limits.max_head_bytes) {
          Close(&c);
          return;
        }
        continue;
      }
      c.in.append(buf, static_cast<size_t>(n));
      if (CheckHead(c)) return;
    }
  }

  // Looks at what a kHead connection has read: gives a complete head to a
  // worker, refuses one too long. True when the loop is done with the
  // connection for now.
  bool CheckHead(Connection& c) {
    const size_t end = c.in.find("\r\n\r\n");
    if (end != std::string::npos && end + 4 <= limits.max_head_bytes) {
      c.head_size = end + 4;
      c.announces_body =
          AnnouncesBody(std::string_view(c.in.data(), c.head_size));
      Dispatch(c);
      return true;
    }
    if (c.in.size() >= limits.max_head_bytes) {
      const std::string limit =
          std::to_string(limits.max_head_bytes / 1024) + " KiB";
      if (c.in.find("\r\n") >= limits.max_head_bytes) {
        SendCanned(c.fd.get(), 414, "URI Too Long",
                   "the request line is longer than " + limit);
      } else {
        SendCanned(c.fd.get(), 431, "Request Header Fields Too Large",
                   "the request headers are longer than " + limit);
      }
      StartDrain(c);
      return true;
    }
    return false;
  }

  void Dispatch(Connection& c) {
    c.state = Connection::State::kWorker;
    {
      std::lock_guard<std::mutex> lock(mu);
      jobs.push_back(&c);
    }
    work.notify_one();
  }

  // No more answers on this connection: tell the client, then read what it
  // still sends until it closes.
  void StartDrain(Connection& c) {
    ::shutdown(c.fd.get(), SHUT_WR);
    c.state = Connection::State::kDrain;
    c.since = Steady::now();
    c.in.clear();
  }

  void TakeAnswered() {
    uint64_t count = 0;
    (void)!::read(wake.get(), &count, sizeof count);
    std::vector<Connection*> back;
    {
      std::lock_guard<std::mutex> lock(mu);
      back.swap(answered);
    }
    for (Connection* c : back) {
      if (c->close) {
        ++c->answered;
        StartDrain(*c);
        continue;
      }
      ++c->answered;
      c->in.erase(0, c->head_size);
      c->head_size = 0;
      c->event_stream = false;
      c->state = Connection::State::kHead;
      c->since = Steady::now();
      // The client may have sent its next request already.
      if (!c->in.empty()) CheckHead(*c);
    }
  }

  void Expire() {
    const auto now = Steady::now();
    std::vector<Connection*> late;
    for (auto& [ptr, c] : connections) {
      if (c->state != Connection::State::kWorker && now >= Deadline(*c)) {
        late.push_back(ptr);
      }
    }
    for (Connection* c : late) {
      if (c->state == Connection::State::kHead && !c->in.empty()) {
        // A head begun and not finished in time (a slow or stuck client).
        SendCanned(c->fd.get(), 408, "Request Timeout",
                   "the request did not arrive in time");
      }
      Close(c);
    }
  }

  // ---- the workers ---------------------------------------------------------

  void Work() {
    while (true) {
      Connection* c = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu);
        work.wait(lock, [&] { return stopping || !jobs.empty(); });
        if (stopping) return;
        c = jobs.front();
        jobs.pop_front();
      }
      answer(*c);
      {
        std::lock_guard<std::mutex> lock(mu);
        answered.push_back(c);
      }
      const uint64_t one = 1;
      (void)!::write(wake.get(), &one, sizeof one);
    }
  }
};

int PollTimeoutUntil(std::chrono::steady_clock::time_point t) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
      t - std::chrono::steady_clock::now());
  if (left.count() < 0) return 0;
  return static_cast<int>(std::min<int64_t>(left.count() + 1, 60000));
}

ConnectionLoop::ConnectionLoop(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}

ConnectionLoop::~ConnectionLoop() { Stop(); }

StatusOr<std::unique_ptr<ConnectionLoop>> ConnectionLoop::Start(
    UniqueFd listener, const ConnectionLimits& limits, Answerer answer) {
  auto impl =
      std::make_unique<Impl>(std::move(listener), limits, std::move(answer));
  impl->wake = UniqueFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
  if (!impl->wake.valid()) {
    return Status::Error(std::string("cannot start the preview: ") +
                         ErrnoText());
  }
  Impl* self = impl.get();
  for (int i = 0; i < std::max(1, limits.workers); ++i) {
    impl->workers.emplace_back([self] { self->Work(); });
  }
  impl->loop = std::thread([self] { self->Loop(); });
  return std::unique_ptr<ConnectionLoop>(new ConnectionLoop(std::move(impl)));
}

void ConnectionLoop::Stop() {
  if (impl_ == nullptr || impl_->stopped) return;
  impl_->stopped = true;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->stopping = true;
  }
  impl_->work.notify_all();
  const uint64_t one = 1;
  (void)!::write(impl_->wake.get(), &one, sizeof one);
  if (impl_->loop.joinable()) impl_->loop.join();
  for (auto& worker : impl_->workers) worker.join();
  impl_->workers.clear();
  impl_->connections.clear();
  impl_->listener.Reset();
}

}  // namespace disclose
