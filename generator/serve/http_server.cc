#include "serve/http_server.h"

#include <httplib.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace disclose {

struct PreviewServer::Impl {
  Impl(Preview& p, const PreviewServerOptions& o) : preview(p), opts(o) {}

  Preview& preview;
  const PreviewServerOptions opts;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::atomic<int> streams{0};
  bool stopped = false;

  // Build events for one open page: the generation now, then each new one.
  void Events(httplib::Response& res) {
    if (streams.fetch_add(1) >= opts.max_event_streams) {
      streams.fetch_sub(1);
      res.status = 503;
      res.set_content("too many open pages\n", "text/plain; charset=utf-8");
      return;
    }
    res.set_header("Cache-Control", "no-store");
    struct Stream {
      bool greeted = false;
      uint64_t seen = 0;
    };
    auto stream = std::make_shared<Stream>();
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, stream](size_t, httplib::DataSink& sink) {
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
            const uint64_t now = preview.WaitForBuild(
                stream->seen,
                std::chrono::steady_clock::now() + opts.heartbeat);
            if (preview.stopped()) {
              sink.done();
              return true;
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
        [this](bool) { streams.fetch_sub(1); });
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
      Events(res);
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
  httplib::Server& server = impl->server;
  // Each open page holds a thread for its event stream.
  const size_t threads =
      static_cast<size_t>(std::max(2, opts.threads + opts.max_event_streams));
  server.new_task_queue = [threads] {
    return new httplib::ThreadPool(threads);
  };
  server.set_payload_max_length(size_t{8} * 1024);
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  // cpp-httplib waits out an idle keep-alive connection before stop()
  // returns: keep that short, so that Ctrl-C ends at once.
  server.set_keep_alive_timeout(1);
  // Only SO_REUSEADDR: cpp-httplib's default adds SO_REUSEPORT, with which
  // a second preview on the same port would silently share it.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  server.set_keep_alive_max_count(100);
  // Every request is answered here, before cpp-httplib's routing (which
  // would match paths with std::regex); no handler is registered.
  server.set_pre_routing_handler(
      [self](const httplib::Request& req, httplib::Response& res) {
        return self->Handle(req, res);
      });
  const std::string host = "127.0.0.1";
  if (opts.port == 0) {
    impl->port = server.bind_to_any_port(host);
  } else if (server.bind_to_port(host, opts.port)) {
    impl->port = opts.port;
  }
  if (impl->port <= 0) {
    return Status::Error("cannot listen on " + host + ":" +
                         std::to_string(opts.port) +
                         " (is another server using it? --port 0 picks a "
                         "free port)");
  }
  impl->thread = std::thread([self] { self->server.listen_after_bind(); });
  // stop() does nothing until the accept loop runs: wait for it, so that a
  // server stopped at once still ends.
  for (int i = 0; i < 5000 && !server.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
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
  impl_->preview.Stop();
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

}  // namespace disclose
