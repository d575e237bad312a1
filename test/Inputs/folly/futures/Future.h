// coro-tidy test stand-in for <folly/futures/Future.h>.
// folly::SemiFuture<T> is NOT [[nodiscard]]; it is awaitable in a Task.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include <folly/Unit.h>

namespace folly {
template <typename T> class SemiFuture {
public:
  using value_type = T;

  SemiFuture() = default;
  SemiFuture(SemiFuture &&) noexcept = default;
  SemiFuture &operator=(SemiFuture &&) noexcept = default;
  SemiFuture(const SemiFuture &) = delete;
  SemiFuture &operator=(const SemiFuture &) = delete;

  bool isReady() const { return value_.has_value(); }
  T get() && {
    if (!value_)
      std::terminate();
    return std::move(*value_);
  }

  struct Awaiter {
    SemiFuture &future;
    bool await_ready() const noexcept { return future.isReady(); }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    T await_resume() { return std::move(future).get(); }
  };
  Awaiter operator co_await() && noexcept { return Awaiter{*this}; }

private:
  std::optional<T> value_;
};

template <typename T> SemiFuture<T> makeSemiFuture(T value) {
  (void)value;
  return SemiFuture<T>();
}
inline SemiFuture<Unit> makeSemiFuture() { return SemiFuture<Unit>(); }
} // namespace folly
