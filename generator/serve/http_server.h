// PreviewServer: a Preview on http://127.0.0.1:<port>/ (cpp-httplib, which
// only this folder includes). It listens on the loopback address only,
// answers GET and HEAD (see Respond in serve/preview.h), refuses requests
// whose Host is not this server, and streams build events to open pages at
// kEventsPath so that they reload. Everything is bounded: request line and
// headers (8 KiB each, by cpp-httplib), bodies (8 KiB), connection threads,
// event streams and idle time.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "base/status.h"
#include "serve/preview.h"

namespace disclose {

struct PreviewServerOptions {
  int port = 8080;             // 0: any free port
  int threads = 16;            // requests served at once, besides streams
  int max_event_streams = 32;  // open pages that reload; more get 503
  // An event stream sends a comment this often, to notice closed pages.
  std::chrono::milliseconds heartbeat{5000};
};

class PreviewServer {
 public:
  // Binds 127.0.0.1:port and starts serving on threads of its own. Ignores
  // SIGPIPE for the process (a page closed mid-answer must not end it).
  // REQUIRES: preview outlives the server.
  static StatusOr<std::unique_ptr<PreviewServer>> Start(
      Preview& preview, const PreviewServerOptions& opts);
  ~PreviewServer();  // Stop()

  int port() const;
  // http://127.0.0.1:<port><base path of the site>
  std::string url() const;

  // Ends event streams, closes the socket and joins every thread. Idempotent.
  void Stop();

 private:
  struct Impl;
  explicit PreviewServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose
