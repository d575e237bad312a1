// coro-tidy test stand-in for <seastar/coroutine/exception.hh>:
// `co_return seastar::coroutine::exception(eptr);` completes a future-returning
// coroutine with an exception without throwing; `co_await
// seastar::coroutine::return_exception_ptr(eptr)` does the same from any
// point (the coroutine does not continue).
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

namespace seastar {
namespace internal {
struct exception_awaiter {
  std::exception_ptr eptr;
  explicit exception_awaiter(std::exception_ptr &&eptr) noexcept : eptr(std::move(eptr)) {}
  bool await_ready() const noexcept { return false; }
  template <typename U> void await_suspend(std::coroutine_handle<U> hndl) noexcept {
    hndl.promise().set_exception(std::move(eptr));
    hndl.destroy();
  }
  void await_resume() noexcept {}
};
} // namespace internal

namespace coroutine {
struct exception {
  std::exception_ptr eptr;
  explicit exception(std::exception_ptr eptr) noexcept : eptr(std::move(eptr)) {}
};

[[nodiscard]] inline auto return_exception_ptr(std::exception_ptr ex) noexcept {
  return internal::exception_awaiter(std::move(ex));
}
} // namespace coroutine
} // namespace seastar
