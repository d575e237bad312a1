// coro-tidy test stand-in for <folly/coro/BlockingWait.h>.
// folly::coro::blockingWait(awaitable[, executor]) runs an awaitable to
// completion on the calling thread (never inside a coroutine on an executor
// thread: it can deadlock). It is a function OBJECT: `inline constexpr
// blocking_wait_fn blocking_wait{}` and the reference variable
// `static constexpr blocking_wait_fn const& blockingWait = blocking_wait;`
// (both in folly::coro). The result is the awaitable's await_resume result
// with rvalue references decayed.
#pragma once
#include <exception>
#include <type_traits>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly::coro {
// The result of awaiting a semi-awaitable (e.g. a Task) once an executor is
// attached with co_viaIfAsync.
template <typename SemiAwaitable>
using semi_await_result_t = decltype(detail::getAwaiter(
    folly::coro::co_viaIfAsync(std::declval<Executor::KeepAlive<>>(),
                               std::declval<SemiAwaitable>()))
                                         .await_resume());

struct blocking_wait_fn {
  template <typename Awaitable>
  auto operator()(Awaitable &&awaitable) const
      -> std::remove_cvref_t<await_result_t<Awaitable>> {
    (void)awaitable;
    std::terminate();
  }
  template <typename SemiAwaitable>
  auto operator()(SemiAwaitable &&awaitable, Executor *executor) const
      -> std::remove_cvref_t<semi_await_result_t<SemiAwaitable>> {
    (void)awaitable;
    (void)executor;
    std::terminate();
  }
  // A Task is a semi-awaitable: blockingWait drives it on its own executor.
  template <typename SemiAwaitable>
    requires(!is_awaitable_v<SemiAwaitable>)
  auto operator()(SemiAwaitable &&awaitable) const
      -> std::remove_cvref_t<semi_await_result_t<SemiAwaitable>> {
    (void)awaitable;
    std::terminate();
  }
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait;
} // namespace folly::coro
