// coro-tidy test stand-in for <seastar/coroutine/maybe_yield.hh>:
// `co_await seastar::coroutine::maybe_yield();` lets the reactor run other
// tasks if the task quota is used up. maybe_yield is a
// [[nodiscard("must co_await an maybe_yield() object")]] class whose
// operator co_await gives internal::maybe_yield_awaiter.
#pragma once
#include <coroutine>

namespace seastar::coroutine {
namespace internal {
struct maybe_yield_awaiter final {
  bool await_ready() const { return true; }
  template <typename T> void await_suspend(std::coroutine_handle<T>) noexcept {}
  void await_resume() {}
};
} // namespace internal

class [[nodiscard("must co_await an maybe_yield() object")]] maybe_yield {
public:
  auto operator co_await() { return internal::maybe_yield_awaiter(); }
};
} // namespace seastar::coroutine
