// coro-tidy test stand-in for <folly/coro/Sleep.h>: folly::coro::sleep(d)
// gives a Task<void> to await (the non-blocking sleep; completes with
// OperationCancelled when cancelled). sleepReturnEarlyOnCancel(d) returns
// normally on cancellation.
#pragma once
#include <chrono>

#include <folly/coro/Task.h>

namespace folly {
using HighResDuration = std::chrono::nanoseconds;
class Timekeeper;
} // namespace folly

namespace folly::coro {
inline Task<void> sleep(HighResDuration d, Timekeeper *tk = nullptr) {
  (void)d;
  (void)tk;
  co_return;
}
inline Task<void> sleepReturnEarlyOnCancel(HighResDuration d,
                                           Timekeeper *tk = nullptr) {
  (void)d;
  (void)tk;
  co_return;
}
} // namespace folly::coro
