// coro-tidy test stand-in for <async_simple/Try.h>: async_simple::Try<T>
// holds a value or an exception_ptr (hasError(), getException(), value(),
// available()); Lazy::start callbacks receive a Try<T>.
#pragma once
#include <exception>
#include <optional>
#include <utility>

namespace async_simple {
template <typename T> class Try {
public:
  Try() = default;
  Try(T value) : _value(std::move(value)) {}
  Try(std::exception_ptr error) : _error(std::move(error)) {}
  bool available() const noexcept { return _value.has_value() || _error; }
  bool hasError() const noexcept { return _error != nullptr; }
  const std::exception_ptr &getException() const { return _error; }
  T &value() & {
    if (_error)
      std::rethrow_exception(_error);
    return *_value;
  }
  T &&value() && { return std::move(value()); }

private:
  std::optional<T> _value;
  std::exception_ptr _error;
};

template <> class Try<void> {
public:
  Try() = default;
  Try(std::exception_ptr error) : _error(std::move(error)) {}
  constexpr bool available() const noexcept { return true; }
  bool hasError() const noexcept { return _error != nullptr; }
  const std::exception_ptr &getException() const { return _error; }
  void value() const {
    if (_error)
      std::rethrow_exception(_error);
  }

private:
  std::exception_ptr _error;
};
} // namespace async_simple
