// coro-tidy test stand-in for <cppcoro/awaitable_traits.hpp> (and
// <cppcoro/is_awaitable.hpp>): awaitable_traits<T> is empty unless T is
// awaitable (SFINAE-friendly), else gives awaiter_t and await_result_t.
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

template <typename T>
concept is_awaitable_v = requires(T &&t) {
  detail::get_awaiter(static_cast<T &&>(t)).await_ready();
  detail::get_awaiter(static_cast<T &&>(t)).await_resume();
};

template <typename T> struct is_awaitable : std::bool_constant<is_awaitable_v<T>> {};

template <typename T, typename = void> struct awaitable_traits {};

template <typename T>
struct awaitable_traits<T, std::enable_if_t<is_awaitable_v<T>>> {
  using awaiter_t = decltype(detail::get_awaiter(std::declval<T>()));
  using await_result_t = decltype(std::declval<awaiter_t>().await_resume());
};
} // namespace cppcoro
