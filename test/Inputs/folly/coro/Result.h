// coro-tidy test stand-in for <folly/coro/Result.h>.
// `co_yield folly::coro::co_result(std::move(tryValue))` completes a Task
// with a folly::Try (value or exception): TaskPromise declares
// yield_value(co_result<StorageType, ContainerRef>).
#pragma once
#include <folly/Try.h>

namespace folly::coro {
template <typename T, typename ContainerRef = Try<T> &&> class co_result final {
public:
  explicit co_result(ContainerRef result) noexcept
      : result_(static_cast<ContainerRef>(result)) {}
  ContainerRef result() && noexcept { return static_cast<ContainerRef>(result_); }

private:
  ContainerRef result_;
};

template <typename T> co_result(Try<T> &&) -> co_result<T>;
} // namespace folly::coro
