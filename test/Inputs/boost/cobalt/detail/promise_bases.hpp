// coro-tidy test helper (not an upstream cobalt header): the result storage
// and the final awaiter shared by the stand-in promises (upstream each
// promise has its own receiver types in boost/cobalt/detail/*.hpp).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace boost::cobalt::detail {
struct final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <typename Promise>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<Promise> h) noexcept {
    auto c = h.promise().awaited_from;
    return c ? c : std::noop_coroutine();
  }
  void await_resume() noexcept {}
};

template <typename T> struct return_value_or_void {
  template <typename U = T> void return_value(U &&v) { value.emplace(static_cast<U &&>(v)); }
  T get_result() {
    if (exception)
      std::rethrow_exception(exception);
    return std::move(*value);
  }
  std::optional<T> value;
  std::exception_ptr exception;
};
template <> struct return_value_or_void<void> {
  void return_void() noexcept {}
  void get_result() {
    if (exception)
      std::rethrow_exception(exception);
  }
  std::exception_ptr exception;
};
} // namespace boost::cobalt::detail
