// coro-tidy test stand-in for <seastar/coroutine/as_future.hh>:
// `auto f = co_await seastar::coroutine::as_future(std::move(fut));` waits
// without throwing and gives the (available) future itself, to inspect with
// failed() / get_exception().
#pragma once
#include <coroutine>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
namespace internal {
template <bool CheckPreempt, typename T> class [[nodiscard]] as_future_awaiter {
  seastar::future<T> _future;

public:
  explicit as_future_awaiter(seastar::future<T> &&f) noexcept : _future(std::move(f)) {}
  bool await_ready() const noexcept { return _future.available(); }
  template <typename U> void await_suspend(std::coroutine_handle<U>) noexcept {}
  seastar::future<T> await_resume() { return std::move(_future); }
};
} // namespace internal

namespace coroutine {
template <typename T = void> inline auto as_future(seastar::future<T> &&f) noexcept {
  return seastar::internal::as_future_awaiter<true, T>(std::move(f));
}
} // namespace coroutine
} // namespace seastar
