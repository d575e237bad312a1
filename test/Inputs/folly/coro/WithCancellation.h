// coro-tidy test stand-in for <folly/coro/WithCancellation.h>.
// co_withCancellation(token, awaitable) returns the awaitable (a Task gets the
// token bound). A promise keeps the first token it is given, so
// co_withCancellation(folly::CancellationToken{}, op) shields op.
#pragma once
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/coro/Task.h>

namespace folly::coro {
template <typename Awaitable>
Awaitable &&co_withCancellation(const CancellationToken &token,
                                Awaitable &&awaitable) noexcept {
  (void)token;
  return static_cast<Awaitable &&>(awaitable);
}

template <typename T>
Task<T> co_withCancellation(const CancellationToken &token,
                            Task<T> &&task) noexcept {
  (void)token;
  return std::move(task);
}
} // namespace folly::coro
