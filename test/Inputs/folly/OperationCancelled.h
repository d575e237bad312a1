// coro-tidy test stand-in for <folly/OperationCancelled.h>.
// folly::OperationCancelled is a `final` struct deriving from std::exception;
// it is how a cancelled folly::coro operation completes (thrown by
// `co_yield co_stopped_may_throw`, `co_await co_safe_point`, ...).
#pragma once
#include <exception>

namespace folly {
struct OperationCancelled final : public std::exception {
  const char *what() const noexcept override {
    return "coroutine operation cancelled";
  }
};
} // namespace folly
