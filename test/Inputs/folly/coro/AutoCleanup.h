// coro-tidy test stand-in for <folly/coro/AutoCleanup.h>: AutoCleanup<T>
// owns an object whose async cleanup (e.g. CleanableAsyncGenerator::cleanup)
// runs when the owning Task coroutine ends.
#pragma once
#include <utility>

#include <folly/coro/Task.h>

namespace folly::coro {
namespace detail {
struct DefaultCleanup {
  template <typename T> Task<void> operator()(T &&object) const {
    co_await std::move(object).cleanup();
  }
};
} // namespace detail

template <typename T, typename CleanupFn = detail::DefaultCleanup>
class AutoCleanup {
public:
  explicit AutoCleanup(T &&object, CleanupFn fn = {})
      : object_(std::move(object)), fn_(std::move(fn)) {}
  AutoCleanup(AutoCleanup &&) = default;
  T *operator->() noexcept { return &object_; }
  T &operator*() noexcept { return object_; }
  T *get() noexcept { return &object_; }

private:
  T object_;
  CleanupFn fn_;
};
} // namespace folly::coro
