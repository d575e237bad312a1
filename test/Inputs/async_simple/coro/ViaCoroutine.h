// coro-tidy test stand-in for <async_simple/coro/ViaCoroutine.h>:
// async_simple::coro::detail::coAwait(executor, awaitable) is what a Lazy's
// await_transform applies to every operand: an awaitable with a
// coAwait(Executor*) member (Lazy, RescheduleLazy's awaiters, collectAll's
// awaiters) is asked for its awaiter; any other awaitable is wrapped in a
// [[nodiscard]] ViaAsyncAwaiter that resumes the coroutine on the executor.
#pragma once
#include <coroutine>
#include <type_traits>
#include <utility>

#include <async_simple/Executor.h>

namespace async_simple::coro::detail {
template <typename Awaitable> struct [[nodiscard]] ViaAsyncAwaiter {
  Awaitable _awaitable;
  bool await_ready() { return _awaitable.await_ready(); }
  template <typename Promise> auto await_suspend(std::coroutine_handle<Promise> h) {
    return _awaitable.await_suspend(h);
  }
  decltype(auto) await_resume() { return _awaitable.await_resume(); }
};

template <typename Awaitable>
inline decltype(auto) coAwait(Executor *ex, Awaitable &&awaitable) {
  if constexpr (requires { std::forward<Awaitable>(awaitable).coAwait(ex); })
    return std::forward<Awaitable>(awaitable).coAwait(ex);
  else
    return std::forward<Awaitable>(awaitable);
}
} // namespace async_simple::coro::detail
