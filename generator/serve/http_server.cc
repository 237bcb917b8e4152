#include "serve/http_server.h"

#include <errno.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <string_view>

#include "serve/connection_loop.h"
#include "serve/fd_handles.h"

namespace disclose {

namespace {

using Steady = std::chrono::steady_clock;

// True when the peer of a connected socket has closed it (or reset it).
bool PeerGone(int fd) {
  pollfd p{fd, POLLIN | POLLRDHUP, 0};
  if (::poll(&p, 1, 0) <= 0) return false;
  if (p.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)) return true;
  char byte;
  return ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

// The connection the calling worker thread is answering, set around
// process_request: the handler, which cpp-httplib calls with only the
// request, marks an event stream on it and watches its socket.
thread_local Connection* answering = nullptr;

// cpp-httplib's request parser and answer writer, on a stream of ours.
class HttplibServer : public httplib::Server {
 public:
  // Parses the head that `stream` reads and writes the answer.
  // close_connection: answer with "Connection: close". Sets
  // connection_closed when the request asked for that. False when the
  // answer could not be written whole.
  bool Answer(httplib::Stream& stream, bool close_connection,
              bool& connection_closed) {
    return process_request(stream, close_connection, connection_closed,
                           nullptr);
  }

  // cpp-httplib keeps a chunked answer (an event stream) going only while
  // it believes its own accept loop runs, which it tells by this socket
  // being set; that loop is ours, so it is set for as long as ours runs.
  void SetRunning(bool running) { svr_sock_ = running ? 0 : INVALID_SOCKET; }
};

// What cpp-httplib reads and writes while a worker answers: reads come from
// the head the loop buffered, and end with it (a body is never read); writes
// go to the socket and give up at the write deadline, or as soon as `halt`
// is raised (the server stops).
class ConnectionStream : public httplib::Stream {
 public:
  ConnectionStream(Connection& c, Steady::duration write_timeout,
                   const std::atomic<bool>& halt)
      : c_(c),
        halt_(halt),
        head_(c.in.data(), c.head_size),
        write_timeout_(write_timeout),
        deadline_(Steady::now() + write_timeout) {}

  bool is_readable() const override { return read_ < head_.size(); }
  bool is_writable() const override { return Steady::now() < deadline_; }

  ssize_t read(char* ptr, size_t size) override {
    const size_t n = std::min(size, head_.size() - read_);
    std::memcpy(ptr, head_.data() + read_, n);
    read_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    // An event stream lives long: each event has a deadline of its own.
    if (c_.event_stream) deadline_ = Steady::now() + write_timeout_;
    if (!wrote_) {
      // The first write is the status line and the headers.
      wrote_ = true;
      says_close_ = std::string_view(ptr, size).find(
                        "\r\nConnection: close\r\n") != std::string_view::npos;
    }
    size_t done = 0;
    while (done < size) {
      const ssize_t n = ::send(c_.fd.get(), ptr + done, size - done,
                               MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        done += static_cast<size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        const int wait = PollTimeoutUntil(deadline_);
        if (wait == 0 || halt_) return -1;  // the client does not read
        pollfd p{c_.fd.get(), POLLOUT, 0};
        if (::poll(&p, 1, std::min(wait, 100)) < 0 && errno != EINTR) {
          return -1;
        }
        continue;
      }
      return -1;
    }
    return static_cast<ssize_t>(size);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.peer;
    port = c_.peer_port;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 0;
  }
  socket_t socket() const override { return c_.fd.get(); }

  // The answer said "Connection: close" (the handler asked for it).
  bool says_close() const { return says_close_; }

 private:
  Connection& c_;
  const std::atomic<bool>& halt_;
  const std::string_view head_;
  size_t read_ = 0;
  const Steady::duration write_timeout_;
  Steady::time_point deadline_;
  bool wrote_ = false;
  bool says_close_ = false;
};

}  // namespace

struct PreviewServer::Impl {
  Impl(Preview& p, const PreviewServerOptions& o) : preview(p), opts(o) {}

  Preview& preview;
  const PreviewServerOptions opts;
  HttplibServer server;
  int port = 0;
  std::unique_ptr<ConnectionLoop> loop;
  bool stopped = false;           // Stop() ran (only its caller reads it)
  std::atomic<bool> halt{false};  // Stop() runs: writes give up

  // Event streams, in all and per client address.
  std::mutex streams_mu;
  int streams = 0;                            // guarded by streams_mu
  std::map<std::string, int> client_streams;  // guarded by streams_mu

  // On a worker of the loop: the request whose head is at the front of
  // c.in, parsed and answered by cpp-httplib.
  void Answer(Connection& c) {
    ConnectionStream stream(c, opts.write_timeout, halt);
    // A body is never read: after answering, the connection is closed.
    const bool last =
        c.announces_body || c.answered + 1 >= opts.max_requests_per_connection;
    bool closed = false;
    answering = &c;
    const bool written = server.Answer(stream, last, closed);
    answering = nullptr;
    // An event stream ends when its page went away or the server stops.
    c.close =
        !written || last || closed || stream.says_close() || c.event_stream;
  }

  // ---- answers -------------------------------------------------------------

  // Takes an event stream slot for `client`, or says why there is none.
  std::string TakeStreamSlot(const std::string& client) {
    std::lock_guard<std::mutex> lock(streams_mu);
    if (streams >= opts.max_event_streams) {
      return "too many open pages (" + std::to_string(opts.max_event_streams) +
             " in all)";
    }
    const auto mine = client_streams.find(client);
    if (mine != client_streams.end() &&
        mine->second >= opts.max_event_streams_per_client) {
      return "too many open pages from " + client + " (" +
             std::to_string(opts.max_event_streams_per_client) + ")";
    }
    ++client_streams[client];
    ++streams;
    return "";
  }

  void GiveStreamSlot(const std::string& client) {
    std::lock_guard<std::mutex> lock(streams_mu);
    --streams;
    if (--client_streams[client] <= 0) client_streams.erase(client);
  }

  // Build events for one open page: the generation now, then each new one.
  void Events(const httplib::Request& req, httplib::Response& res) {
    const std::string client = req.remote_addr;
    const std::string refused = TakeStreamSlot(client);
    if (!refused.empty()) {
      res.status = 503;
      res.set_content(refused + "\n", "text/plain; charset=utf-8");
      return;
    }
    Connection* c = answering;
    c->event_stream = true;
    const int fd = c->fd.get();
    res.set_header("Cache-Control", "no-store");
    struct Stream {
      bool greeted = false;
      uint64_t seen = 0;
    };
    auto stream = std::make_shared<Stream>();
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, stream, fd](size_t, httplib::DataSink& sink) {
          if (preview.stopped()) {
            sink.done();
            return true;
          }
          std::string message;
          if (!stream->greeted) {
            stream->greeted = true;
            stream->seen = preview.state()->generation;
            message = "retry: 1000\nevent: build\ndata: " +
                      std::to_string(stream->seen) + "\n\n";
          } else {
            // Waits for a build or the heartbeat, looking every drop_check
            // whether the page is still there: a closed page frees its slot
            // at once, not at the next write.
            const auto heartbeat = Steady::now() + opts.heartbeat;
            uint64_t now = stream->seen;
            while (true) {
              now = preview.WaitForBuild(
                  stream->seen,
                  std::min(heartbeat, Steady::now() + opts.drop_check));
              if (preview.stopped()) {
                sink.done();
                return true;
              }
              if (now != stream->seen || Steady::now() >= heartbeat) break;
              if (PeerGone(fd)) return false;  // the stream ends
            }
            message =
                now == stream->seen
                    ? std::string(": still here\n\n")
                    : "event: build\ndata: " + std::to_string(now) + "\n\n";
            stream->seen = now;
          }
          // False when the page is gone: the stream ends.
          return sink.write(message.data(), message.size());
        },
        [this, client](bool) { GiveStreamSlot(client); });
  }

  httplib::Server::HandlerResponse Handle(const httplib::Request& req,
                                          httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Cache-Control", "no-store");
    if (!IsLocalHost(req.get_header_value("Host"), port)) {
      res.status = 403;
      res.set_header("Connection", "close");
      res.set_content("this preview answers only to 127.0.0.1:" +
                          std::to_string(port) + "\n",
                      "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.path == kEventsPath && req.method == "GET") {
      Events(req, res);
      return httplib::Server::HandlerResponse::Handled;
    }
    PreviewResponse r = Respond(*preview.state(), req.method, req.path);
    res.status = r.status;
    for (const auto& [name, value] : r.headers) res.set_header(name, value);
    if (r.status >= 400 && r.status != 404 && r.status != 503) {
      res.set_header("Connection", "close");
    }
    res.set_content(r.body, r.content_type);
    return httplib::Server::HandlerResponse::Handled;
  }
};

PreviewServer::PreviewServer(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}

PreviewServer::~PreviewServer() { Stop(); }

StatusOr<std::unique_ptr<PreviewServer>> PreviewServer::Start(
    Preview& preview, const PreviewServerOptions& opts) {
  ::signal(SIGPIPE, SIG_IGN);
  auto impl = std::make_unique<Impl>(preview, opts);
  Impl* self = impl.get();
  const std::string host = "127.0.0.1";
  const Status cannot_listen = Status::Error(
      "cannot listen on " + host + ":" + std::to_string(opts.port) +
      " (is another server using it? --port 0 picks a free port)");
  UniqueFd listener(
      ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
  if (!listener.valid()) return cannot_listen;
  // Only SO_REUSEADDR: with SO_REUSEPORT a second preview on the same port
  // would silently share it.
  int yes = 1;
  ::setsockopt(listener.get(), SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(opts.port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(listener.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) !=
          0 ||
      ::listen(listener.get(), SOMAXCONN) != 0 ||
      ::getsockname(listener.get(), reinterpret_cast<sockaddr*>(&addr), &len) !=
          0) {
    return cannot_listen;
  }
  impl->port = ntohs(addr.sin_port);

  httplib::Server& server = impl->server;
  server.set_payload_max_length(opts.max_head_bytes);
  // Only what cpp-httplib writes in its Keep-Alive header: the loop cuts
  // idle connections, and counts requests, by opts.
  server.set_keep_alive_timeout(std::max<time_t>(
      1, std::chrono::duration_cast<std::chrono::seconds>(opts.idle_timeout)
             .count()));
  server.set_keep_alive_max_count(
      static_cast<size_t>(opts.max_requests_per_connection));
  // Every request is answered here, before cpp-httplib's routing (which
  // would match paths with std::regex); no handler is registered.
  server.set_pre_routing_handler(
      [self](const httplib::Request& req, httplib::Response& res) {
        return self->Handle(req, res);
      });
  impl->server.SetRunning(true);

  ConnectionLimits limits;
  limits.max_connections = opts.max_connections;
  limits.max_connections_per_client = opts.max_connections_per_client;
  limits.head_timeout = opts.head_timeout;
  limits.idle_timeout = opts.idle_timeout;
  limits.max_head_bytes = opts.max_head_bytes;
  // Each open page holds a worker for its event stream.
  limits.workers = std::max(2, opts.threads + opts.max_event_streams);
  auto loop = ConnectionLoop::Start(std::move(listener), limits,
                                    [self](Connection& c) { self->Answer(c); });
  if (!loop.ok()) return loop.status();
  impl->loop = std::move(*loop);
  return std::unique_ptr<PreviewServer>(new PreviewServer(std::move(impl)));
}

int PreviewServer::port() const { return impl_->port; }

std::string PreviewServer::url() const {
  return "http://127.0.0.1:" + std::to_string(impl_->port) +
         impl_->preview.state()->base_path;
}

void PreviewServer::Stop() {
  if (impl_ == nullptr || impl_->stopped) return;
  impl_->stopped = true;
  // Event streams end at their next look (drop_check), answers to clients
  // that do not read at their next poll.
  impl_->halt = true;
  impl_->preview.Stop();
  impl_->server.SetRunning(false);
  if (impl_->loop != nullptr) impl_->loop->Stop();
}

}  // namespace disclose
