// coro-tidy test stand-in for libcoro <coro/sync_wait.hpp>: blocking wait.
#pragma once
#include <exception>
#include <utility>

namespace coro {
namespace detail {
template <typename A> decltype(auto) get_awaiter(A &&a) {
  if constexpr (requires { static_cast<A &&>(a).operator co_await(); })
    return static_cast<A &&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A &&>(a)); })
    return operator co_await(static_cast<A &&>(a));
  else
    return static_cast<A &&>(a);
}
template <typename A>
using awaitable_result_t = decltype(get_awaiter(std::declval<A>()).await_resume());
} // namespace detail

template <typename awaitable_type>
auto sync_wait(awaitable_type &&a) -> detail::awaitable_result_t<awaitable_type> {
  (void)a;
  std::terminate();
}
} // namespace coro
