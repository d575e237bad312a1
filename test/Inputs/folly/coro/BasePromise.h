// coro-tidy test stand-in for <folly/coro/BasePromise.h>.
// folly::coro::detail::BasePromise<> is the base of Task's and
// AsyncGenerator's promises. Its await_transform wraps EVERY awaited operand:
//   co_withAsyncStack(co_viaIfAsync(executor_, co_withCancellation(cancelToken_, x)))
// (three customization-point objects), and answers co_current_executor and
// co_current_cancellation_token. setCancellationToken keeps only the FIRST
// token (the innermost cancellation scope).
#pragma once
#include <coroutine>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/coro/WithAsyncStack.h>
#include <folly/coro/WithCancellation.h>

namespace folly::coro::detail {
template <typename T> struct ReadyAwaitable {
  T value;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() noexcept { return value; }
};

template <typename TailStorage = void> class BasePromise {
protected:
  ~BasePromise() = default;

  std::coroutine_handle<> continuation_;
  Executor::KeepAlive<> executor_;
  CancellationToken cancelToken_;
  bool hasCancelTokenOverride_ = false;

public:
  template <typename Awaitable> auto await_transform(Awaitable &&awaitable) {
    return folly::coro::co_withAsyncStack(folly::coro::co_viaIfAsync(
        executor_, folly::coro::co_withCancellation(
                       cancelToken_, static_cast<Awaitable &&>(awaitable))));
  }

  auto await_transform(co_current_executor_t) noexcept {
    return ReadyAwaitable<Executor *>{executor_.get()};
  }

  auto await_transform(co_current_cancellation_token_t) noexcept {
    return ReadyAwaitable<const CancellationToken &>{cancelToken_};
  }

  // Only keep the first cancellation token.
  void setCancellationToken(CancellationToken cancelToken) noexcept {
    if (!hasCancelTokenOverride_) {
      cancelToken_ = std::move(cancelToken);
      hasCancelTokenOverride_ = true;
    }
  }
  void setExecutor(Executor::KeepAlive<> executor) noexcept {
    executor_ = std::move(executor);
  }
  void setContinuation(std::coroutine_handle<> c) noexcept { continuation_ = c; }
  std::coroutine_handle<> continuation() const noexcept { return continuation_; }
};
} // namespace folly::coro::detail
