// coro-tidy test stand-in for <folly/coro/Coroutine.h>: folly::coro::
// coroutine_handle / suspend_always / suspend_never, plus a small helper that
// finds the result type of co_await (used by blockingWait).
#pragma once
#include <coroutine>
#include <type_traits>
#include <utility>

namespace folly::coro {
using std::coroutine_handle;
using std::suspend_always;
using std::suspend_never;

namespace detail {
template <typename A> decltype(auto) getAwaiter(A &&a) {
  if constexpr (requires { static_cast<A &&>(a).operator co_await(); })
    return static_cast<A &&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A &&>(a)); })
    return operator co_await(static_cast<A &&>(a));
  else
    return static_cast<A &&>(a);
}
} // namespace detail

template <typename A>
using await_result_t =
    decltype(detail::getAwaiter(std::declval<A>()).await_resume());
} // namespace folly::coro
