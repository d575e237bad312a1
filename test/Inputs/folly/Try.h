// coro-tidy test stand-in for <folly/Try.h>: folly::Try<T> holds a value or
// an exception (Try<void> only an exception or nothing).
#pragma once
#include <exception>
#include <optional>
#include <utility>

namespace folly {
template <typename T> class Try {
public:
  Try() = default;
  explicit Try(T value) : value_(std::move(value)) {}
  explicit Try(std::exception_ptr e) : exception_(std::move(e)) {}
  bool hasValue() const noexcept { return value_.has_value(); }
  bool hasException() const noexcept { return exception_ != nullptr; }
  T &value() & {
    if (exception_)
      std::rethrow_exception(exception_);
    return *value_;
  }
  T &&value() && { return std::move(value()); }
  template <typename... A> void emplace(A &&...a) {
    value_.emplace(static_cast<A &&>(a)...);
  }

private:
  std::optional<T> value_;
  std::exception_ptr exception_;
};

template <> class Try<void> {
public:
  Try() = default;
  explicit Try(std::exception_ptr e) : exception_(std::move(e)) {}
  bool hasValue() const noexcept { return !exception_; }
  bool hasException() const noexcept { return exception_ != nullptr; }
  void value() const {
    if (exception_)
      std::rethrow_exception(exception_);
  }
  void emplace() noexcept {}

private:
  std::exception_ptr exception_;
};
} // namespace folly
