// coro-tidy test stand-in for <folly/coro/AsyncScope.h>: structured scopes.
// AsyncScope::add(co_withExecutor(ex, task)), joinAsync(), cleanup();
// CancellableAsyncScope adds cancellation.
#pragma once
#include <cstddef>
#include <optional>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/coro/Task.h>

namespace folly::coro {
class AsyncScope {
public:
  AsyncScope() noexcept = default;
  explicit AsyncScope(bool throwOnJoin) noexcept : throwOnJoin_(throwOnJoin) {}
  AsyncScope(const AsyncScope &) = delete;

  void add(TaskWithExecutor<void> &&task) { (void)task; }
  Task<void> joinAsync() noexcept { co_return; }
  Task<void> cleanup() noexcept { co_return; }
  void requestCancellation() const noexcept {}
  bool throwOnJoin() const noexcept { return throwOnJoin_; }
  std::size_t remaining() const noexcept { return 0; }

private:
  bool throwOnJoin_ = false;
};

class CancellableAsyncScope {
public:
  CancellableAsyncScope() noexcept = default;
  CancellableAsyncScope(const CancellableAsyncScope &) = delete;

  void add(TaskWithExecutor<void> &&task,
           std::optional<CancellationToken> token = std::nullopt) {
    (void)task;
    (void)token;
  }
  Task<void> joinAsync() noexcept { co_return; }
  Task<void> cancelAndJoinAsync() noexcept { co_return; }
  Task<void> cleanup() noexcept { co_return; }
  void requestCancellation() noexcept { source_.requestCancellation(); }
  bool isScopeCancellationRequested() const noexcept {
    return source_.isCancellationRequested();
  }
  CancellationToken getCancellationToken() const noexcept {
    return source_.getToken();
  }
  std::size_t remaining() const noexcept { return 0; }

private:
  CancellationSource source_;
};
} // namespace folly::coro
