// coro-tidy test stand-in for <folly/coro/AsyncScope.h>: structured scopes.
//  - folly::coro::AsyncScope: template add(Awaitable&&, void* returnAddress =
//    nullptr) (the awaitable must be a TaskWithExecutor or another awaitable
//    with an executor, result void/Unit) and addWithSourceLoc(...) start the
//    work at once; joinAsync() gives a Task<void> that must be awaited;
//    cleanup() gives a SemiFuture<Unit> (joinAsync().semi()). An exception
//    escaping added work is logged (LOG(DFATAL) unless constructed with
//    throwOnJoin = true, then rethrown by joinAsync); OperationCancelled is
//    ignored. The destructor CHECK-fails (aborts) when work was added and the
//    scope was not joined: "AsyncScope::cleanup() not yet complete".
//  - folly::coro::CancellableAsyncScope: add(awaitable, optional token = {},
//    returnAddress = nullptr) binds the scope's token with
//    co_withCancellation; addWithSourceLoc(awaitable, token, returnAddress =
//    nullptr, loc = current()) and addWithSourceLoc(awaitable, loc =
//    current()); co_schedule(Task<T>&&, token) (a Task<void> that
//    adds the task on the current executor); requestCancellation(),
//    isScopeCancellationRequested(), joinAsync() and cancelAndJoinAsync()
//    (Task<void>). No cleanup(). Its AsyncScope member aborts likewise.
#pragma once
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <source_location>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Unit.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
#include <folly/futures/Future.h>

namespace folly::coro {
class AsyncScope {
public:
  AsyncScope() noexcept = default;
  explicit AsyncScope(bool throwOnJoin) noexcept : throwOnJoin_(throwOnJoin) {}
  AsyncScope(const AsyncScope &) = delete;

  // Must be joined (joinAsync() or cleanup() awaited) once work was added.
  ~AsyncScope() {
    if (anyTasksStarted_ && !joined_)
      std::abort(); // upstream: CHECK "AsyncScope::cleanup() not yet complete"
  }

  std::size_t remaining() const noexcept { return 0; }

  template <typename Awaitable>
  void add(Awaitable &&awaitable, void *returnAddress = nullptr) {
    (void)awaitable;
    (void)returnAddress;
    anyTasksStarted_ = true;
  }

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable &&awaitable, void *returnAddress = nullptr,
      std::source_location sourceLocation = std::source_location::current()) {
    (void)sourceLocation;
    add(static_cast<Awaitable &&>(awaitable), returnAddress);
  }

  Task<void> joinAsync() noexcept {
    joined_ = true;
    co_return;
  }

  SemiFuture<Unit> cleanup() noexcept { return joinAsync().semi(); }

private:
  bool anyTasksStarted_ = false;
  bool joined_ = false;
  bool throwOnJoin_ = false;
};

class CancellableAsyncScope {
public:
  CancellableAsyncScope() noexcept
      : cancellationToken_(cancellationSource_.getToken()) {}
  explicit CancellableAsyncScope(bool throwOnJoin) noexcept
      : cancellationToken_(cancellationSource_.getToken()), scope_(throwOnJoin) {}

  std::size_t remaining() const noexcept { return scope_.remaining(); }

  template <typename Awaitable>
  void add(Awaitable &&awaitable,
           std::optional<CancellationToken> token = std::nullopt,
           void *returnAddress = nullptr) {
    scope_.add(co_withCancellation(token ? *token : cancellationToken_,
                                   static_cast<Awaitable &&>(awaitable)),
               returnAddress);
  }

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable &&awaitable, std::optional<CancellationToken> token,
      void *returnAddress = nullptr,
      std::source_location sourceLocation = std::source_location::current()) {
    (void)sourceLocation;
    add(static_cast<Awaitable &&>(awaitable), std::move(token), returnAddress);
  }

  template <typename Awaitable>
  void addWithSourceLoc(
      Awaitable &&awaitable,
      std::source_location sourceLocation = std::source_location::current()) {
    addWithSourceLoc(static_cast<Awaitable &&>(awaitable), std::nullopt,
                     nullptr, sourceLocation);
  }

  template <class T>
  Task<void> co_schedule(Task<T> &&task,
                         std::optional<CancellationToken> token = std::nullopt) {
    add(co_withExecutor(co_await co_current_executor, std::move(task)),
        std::move(token));
  }

  void requestCancellation() const noexcept {
    const_cast<CancellationSource &>(cancellationSource_).requestCancellation();
  }
  bool isScopeCancellationRequested() const noexcept {
    return cancellationToken_.isCancellationRequested();
  }

  Task<void> cancelAndJoinAsync() noexcept {
    requestCancellation();
    co_await joinAsync();
  }
  Task<void> joinAsync() noexcept { co_await scope_.joinAsync(); }

private:
  CancellationSource cancellationSource_;
  CancellationToken cancellationToken_;
  AsyncScope scope_;
};
} // namespace folly::coro
