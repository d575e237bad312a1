// coro-tidy test stand-in for <cppcoro/awaitable_traits.hpp>.
#pragma once
#include <type_traits>
#include <utility>

namespace cppcoro {
namespace detail {
template <typename A> decltype(auto) get_awaiter(A &&a) {
  if constexpr (requires { static_cast<A &&>(a).operator co_await(); })
    return static_cast<A &&>(a).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<A &&>(a)); })
    return operator co_await(static_cast<A &&>(a));
  else
    return static_cast<A &&>(a);
}
} // namespace detail

template <typename T> struct awaitable_traits {
  using awaiter_t = decltype(detail::get_awaiter(std::declval<T>()));
  using await_result_t = decltype(std::declval<awaiter_t>().await_resume());
};
} // namespace cppcoro
