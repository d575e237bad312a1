// coro-tidy test stand-in for <cppcoro/operation_cancelled.hpp>.
#pragma once
#include <exception>

namespace cppcoro {
class operation_cancelled : public std::exception {
public:
  operation_cancelled() noexcept = default;
  const char *what() const noexcept override { return "operation cancelled"; }
};
} // namespace cppcoro
