// ConnectionLoop: the front of the preview server, the part that slow and
// abandoned clients meet. One thread accepts connections on a listening
// socket and reads each request head (request line and headers, up to the
// blank line) into memory, with poll, under a deadline and a size limit.
// Only a connection whose head is complete is handed to one of a fixed set
// of worker threads, which answers it (serve/http_server.cc, with
// cpp-httplib) and gives it back for the next head. So idle, trickling and
// finished connections cost a slot in the loop, never a worker, and the
// number of slots is capped in all and per client address.
//
// No HTTP library here: the loop only finds the blank line, looks whether a
// body is announced, and writes three fixed answers of its own (408, 414,
// 431) for heads that never reach a worker.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "base/status.h"
#include "serve/fd_handles.h"

namespace disclose {

struct ConnectionLimits {
  // Open connections, in all and from one client address. A new connection
  // over either cap takes the place of the oldest one of that client (or,
  // over the total, of the client with most) that is waiting for a head;
  // when none is waiting, the new one is closed.
  int max_connections = 256;
  int max_connections_per_client = 128;
  // A head must be complete this long after the connection opened or its
  // previous answer was written (else 408 and close) ...
  std::chrono::milliseconds head_timeout{2000};
  // ... and its first byte must come within this (else the connection is
  // closed: it was idle). Also how long a connection answered for the last
  // time is read (and what comes dropped) before it is closed.
  std::chrono::milliseconds idle_timeout{1000};
  // Request line, headers and the blank line; longer: 414 or 431 and close.
  size_t max_head_bytes = size_t{8} * 1024;
  int workers = 2;  // threads that answer
};

// One client connection. The loop owns it; while a request is answered,
// one worker has it and the loop leaves it alone.
struct Connection {
  UniqueFd fd;
  std::string peer;  // the client's address
  int peer_port = 0;
  // Bytes read and not answered yet: while a worker has the connection, a
  // complete head of head_size bytes at the front (what follows it is the
  // client's next request).
  std::string in;
  size_t head_size = 0;
  bool announces_body = false;  // the head announces a body (never read)
  int answered = 0;             // answers before this one
  // Set by the worker: answer no more on this connection (it is closed
  // after the client has had the answer).
  bool close = false;
  // The worker's, for one answer (reset by the loop).
  bool event_stream = false;

  // The loop's own.
  enum class State {
    kHead,    // the loop reads a request head
    kWorker,  // a worker answers the head at the front of `in`
    kDrain,   // answered for the last time: the loop reads and drops what
              // the client still sends until it closes (so that the answer
              // is not lost to a reset), for idle_timeout at most
  };
  State state = State::kHead;
  std::chrono::steady_clock::time_point since;  // opened, answered, drained
  size_t drained = 0;                           // bytes dropped
};

// The timeout for poll() that ends at t: milliseconds, rounded up, 0 when
// t is past, at most a minute.
int PollTimeoutUntil(std::chrono::steady_clock::time_point t);

class ConnectionLoop {
 public:
  // Answers the head at the front of c.in, on a worker thread, and sets
  // c.close to end the connection; must return within a bounded time.
  using Answerer = std::function<void(Connection& c)>;

  // Serves `listener` (bound, listening, non-blocking) on a thread of its
  // own and limits.workers threads for `answer`.
  static StatusOr<std::unique_ptr<ConnectionLoop>> Start(
      UniqueFd listener, const ConnectionLimits& limits, Answerer answer);
  ~ConnectionLoop();  // Stop()

  // Stops accepting and reading, drops heads not answered yet, waits for
  // the answers being written, and closes every connection and the
  // listener. Idempotent.
  void Stop();

 private:
  struct Impl;
  explicit ConnectionLoop(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose
