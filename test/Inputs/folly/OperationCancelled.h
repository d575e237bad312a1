// coro-tidy test stand-in for <folly/OperationCancelled.h>.
#pragma once
#include <exception>

namespace folly {
class OperationCancelled : public std::exception {
public:
  const char *what() const noexcept override {
    return "coroutine operation cancelled";
  }
};
} // namespace folly
