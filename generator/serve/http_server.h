// PreviewServer: a Preview on http://127.0.0.1:<port>/. It listens on the
// loopback address only, answers GET and HEAD (see Respond in
// serve/preview.h), refuses requests whose Host is not this server, and
// streams build events to open pages at kEventsPath so that they reload.
//
// It stays up for everyone while some clients are slow or gone: a
// ConnectionLoop (serve/connection_loop.h) reads each request head under a
// deadline and a size limit and gives only complete ones to a worker, where
// cpp-httplib (which only http_server.cc includes) parses the head and
// writes the answer, under a write deadline. Between requests a kept-alive
// connection goes back to the loop, so that idle and trickling connections
// never hold a worker. Open connections and event streams are capped in all
// and per client address, and an event stream's slot is freed as soon as
// its page goes away.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "base/status.h"
#include "serve/preview.h"

namespace disclose {

struct PreviewServerOptions {
  int port = 8080;  // 0: any free port
  // Requests answered at once, besides the event streams (each of which
  // holds a thread of its own while it is open).
  int threads = 16;
  // Open pages that reload (event streams), in all and from one client
  // address; more get 503 with a line of text saying so.
  int max_event_streams = 32;
  int max_event_streams_per_client = 16;
  // Open connections, in all and from one client address. A new connection
  // over either cap takes the place of the oldest one of that client (or,
  // over the total, of the client with most) that is waiting for a request
  // head; when none is waiting, the new one is closed.
  int max_connections = 256;
  int max_connections_per_client = 128;
  // A request head must be complete this long after the connection opened
  // or its previous answer was written (else 408 and close) ...
  std::chrono::milliseconds head_timeout{2000};
  // ... and its first byte must come within this (else the connection is
  // closed: it was idle).
  std::chrono::milliseconds idle_timeout{1000};
  // Request line, headers and the blank line; longer: 414 or 431 and close.
  size_t max_head_bytes = size_t{8} * 1024;
  // An answer must be written within this; an event stream, each event.
  // A client that does not read is cut off then.
  std::chrono::milliseconds write_timeout{5000};
  // Requests on one kept-alive connection; the last is answered with
  // "Connection: close".
  int max_requests_per_connection = 100;
  // An event stream sends a comment this often, so that proxies and the
  // page know it is alive ...
  std::chrono::milliseconds heartbeat{5000};
  // ... and looks this often whether its page has gone (the socket was
  // closed), to free its slot.
  std::chrono::milliseconds drop_check{200};
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

  // Ends event streams, gives up answers being written to clients that do
  // not read, closes every connection and the socket and joins every
  // thread (within about 0.2 s). Idempotent.
  void Stop();

 private:
  struct Impl;
  explicit PreviewServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose
