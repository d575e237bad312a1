// coro-tidy test stand-in for <folly/coro/BlockingWait.h>: blockingWait
// runs an awaitable to completion on the calling thread.
#pragma once
#include <exception>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>

namespace folly::coro {
template <typename Awaitable>
await_result_t<Awaitable> blockingWait(Awaitable &&awaitable) {
  (void)awaitable;
  std::terminate();
}
template <typename Awaitable>
await_result_t<Awaitable> blockingWait(Awaitable &&awaitable,
                                       Executor *executor) {
  (void)awaitable;
  (void)executor;
  std::terminate();
}
} // namespace folly::coro
