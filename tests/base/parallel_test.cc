#include "base/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace disclose {
namespace {

TEST(ParallelTest, EveryItemRunsOnceIntoItsOwnSlot) {
  std::vector<int> slots(1000, 0);
  ParallelFor(
      slots.size(), [&](size_t i) { slots[i] += static_cast<int>(i); }, 8);
  for (size_t i = 0; i < slots.size(); ++i) EXPECT_EQ(slots[i], int(i));
}

TEST(ParallelTest, EachWorkerOwnsItsState) {
  constexpr unsigned kThreads = 4;
  std::vector<long> per_worker(kThreads, 0);
  std::atomic<int> calls{0};
  ParallelForWorkers(
      500,
      [&](size_t i, unsigned w) {
        per_worker[w] += static_cast<long>(i);
        ++calls;
      },
      kThreads);
  long sum = 0;
  for (long v : per_worker) sum += v;
  EXPECT_EQ(sum, 499L * 500 / 2);
  EXPECT_EQ(calls.load(), 500);
}

TEST(ParallelTest, WorkerCountIsBoundedByTheItems) {
  EXPECT_EQ(WorkerCount(0, 8), 1u);
  EXPECT_EQ(WorkerCount(3, 8), 3u);
  EXPECT_EQ(WorkerCount(100, 8), 8u);
  EXPECT_GE(WorkerCount(100), 1u);
}

}  // namespace
}  // namespace disclose
