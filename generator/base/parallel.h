// ParallelFor: runs fn(0..n-1) on a few threads. Results must go into
// slots indexed by i, so that output does not depend on scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace disclose {

// The number of threads ParallelFor uses for n items: `threads`, or one per
// core when it is 0; at most n, at least 1.
inline unsigned WorkerCount(size_t n, unsigned threads = 0) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  if (threads > n) threads = static_cast<unsigned>(std::max<size_t>(n, 1));
  return threads;
}

// fn(i, worker) with worker < WorkerCount(n), so that each worker can own
// state of its own. fn must not touch shared state unguarded.
inline void ParallelForWorkers(size_t n,
                               const std::function<void(size_t, unsigned)>& fn,
                               unsigned threads = 0) {
  threads = WorkerCount(n, threads);
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i, 0);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i; (i = next.fetch_add(1)) < n;) fn(i, t);
    });
  }
  for (auto& th : pool) th.join();
}

inline void ParallelFor(size_t n, const std::function<void(size_t)>& fn,
                        unsigned threads = 0) {
  ParallelForWorkers(
      n, [&](size_t i, unsigned) { fn(i); }, threads);
}

}  // namespace disclose
