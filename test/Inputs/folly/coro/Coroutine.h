// coro-tidy test stand-in for <folly/coro/Coroutine.h> (and the awaitable
// traits of <folly/coro/Traits.h>): folly::coro::coroutine_handle,
// suspend_always, suspend_never (std:: names), is_awaitable_v and
// await_result_t.
#pragma once
#include <coroutine>
#include <type_traits>
#include <utility>

namespace folly::coro {
using std::coroutine_handle;
using std::noop_coroutine;
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
inline constexpr bool is_awaitable_v = requires(A &&a) {
  detail::getAwaiter(static_cast<A &&>(a)).await_ready();
};

template <typename A>
using await_result_t =
    decltype(detail::getAwaiter(std::declval<A>()).await_resume());
} // namespace folly::coro
