// coro-tidy test stand-in for <folly/coro/Error.h>.
// `co_yield folly::coro::co_error(ex)` completes a Task (or yields an error
// from an AsyncGenerator) with an exception without throwing: the promises
// declare yield_value(co_error). co_stopped_may_throw converts to a co_error
// holding folly::OperationCancelled.
#pragma once
#include <exception>
#include <utility>

#include <folly/OperationCancelled.h>

namespace folly::coro {
class co_error final {
public:
  template <typename E>
    requires(!std::is_same_v<std::decay_t<E>, co_error>)
  explicit co_error(E &&e) noexcept
      : ex_(std::make_exception_ptr(static_cast<E &&>(e))) {}
  explicit co_error(std::exception_ptr e) noexcept : ex_(std::move(e)) {}

  const std::exception_ptr &exception() const { return ex_; }
  std::exception_ptr &exception() { return ex_; }

private:
  std::exception_ptr ex_;
};

class co_stopped_may_throw_t final {
public:
  operator co_error() const { return co_error(OperationCancelled{}); }
};
inline constexpr co_stopped_may_throw_t co_stopped_may_throw{};
} // namespace folly::coro
