// coro-tidy test stand-in for <folly/futures/Future.h>.
//  - folly::SemiFuture<T> and folly::Future<T> are NOT [[nodiscard]].
//  - `std::move(sf).get()` and `sf.wait()` block the calling thread;
//    isReady(), hasValue() and hasException() test without blocking (members
//    of the futures' base FutureBase upstream).
//  - Inside a folly::coro::Task, `co_await std::move(sf)` goes through the
//    promise's await_transform: SemiFuture's hidden friend
//    co_viaIfAsync(KeepAlive<>, SemiFuture&&) gives a Future<T>, and the free
//    `folly::operator co_await(Future<T>&&)` gives a detail::FutureAwaiter<T>.
//    A SemiFuture has no operator co_await of its own.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/Unit.h>

namespace folly {
template <typename T> class Future;

template <typename T> class SemiFuture {
public:
  using value_type = T;

  SemiFuture() = default;
  SemiFuture(SemiFuture &&) noexcept = default;
  SemiFuture &operator=(SemiFuture &&) noexcept = default;
  SemiFuture(const SemiFuture &) = delete;
  SemiFuture &operator=(const SemiFuture &) = delete;

  bool isReady() const { return value_.has_value(); }
  bool hasValue() const { return value_.has_value(); }
  bool hasException() const { return false; }
  // Blocks until the result is available.
  T get() && {
    if (!value_)
      std::terminate();
    return std::move(*value_);
  }
  SemiFuture &wait() & { return *this; }
  SemiFuture &&wait() && { return std::move(*this); }
  Future<T> via(Executor::KeepAlive<> executor) &&;

  friend Future<T> co_viaIfAsync(Executor::KeepAlive<> executor,
                                 SemiFuture<T> &&future) noexcept {
    return std::move(future).via(std::move(executor));
  }

private:
  friend class Future<T>;
  std::optional<T> value_;
};

template <typename T> class Future {
public:
  using value_type = T;

  Future() = default;
  Future(Future &&) noexcept = default;
  Future &operator=(Future &&) noexcept = default;
  Future(const Future &) = delete;

  bool isReady() const { return value_.has_value(); }
  bool hasValue() const { return value_.has_value(); }
  bool hasException() const { return false; }
  // Blocks until the result is available.
  T get() && {
    if (!value_)
      std::terminate();
    return std::move(*value_);
  }
  Future &wait() & { return *this; }
  SemiFuture<T> semi() && { return SemiFuture<T>(); }

  friend Future<T> co_viaIfAsync(Executor::KeepAlive<>,
                                 Future<T> &&future) noexcept {
    return std::move(future);
  }

private:
  friend class SemiFuture<T>;
  std::optional<T> value_;
};

template <typename T>
Future<T> SemiFuture<T>::via(Executor::KeepAlive<> executor) && {
  (void)executor;
  Future<T> f;
  f.value_ = std::move(value_);
  return f;
}

namespace detail {
template <typename T> class FutureAwaiter {
public:
  explicit FutureAwaiter(Future<T> &&future) noexcept
      : future_(std::move(future)) {}
  bool await_ready() const noexcept { return future_.isReady(); }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return std::move(future_).get(); }

private:
  Future<T> future_;
};
} // namespace detail

template <typename T>
inline detail::FutureAwaiter<T> operator co_await(Future<T> &&future) noexcept {
  return detail::FutureAwaiter<T>(std::move(future));
}

template <typename T> SemiFuture<T> makeSemiFuture(T value) {
  (void)value;
  return SemiFuture<T>();
}
inline SemiFuture<Unit> makeSemiFuture() { return SemiFuture<Unit>(); }
} // namespace folly
