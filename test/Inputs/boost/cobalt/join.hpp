// coro-tidy test stand-in for <boost/cobalt/join.hpp>, <gather.hpp>,
// <race.hpp>: awaitable combinators taking their awaitables by forwarding
// reference (Promise&&...) or a range: join (results as a tuple; the first
// exception cancels the others and is rethrown), gather (a tuple of
// system::result), race / left_race (first completion wins, the others are
// cancelled). Each returns an awaitable to co_await.
#pragma once
#include <coroutine>
#include <cstddef>
#include <tuple>
#include <utility>
#include <variant>

#include <boost/cobalt/concepts.hpp>

namespace boost::cobalt {
namespace detail {
template <typename Tag, typename... Promise> struct combinator_impl {
  std::tuple<Promise &&...> promises;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
struct join_tag {};
struct gather_tag {};
struct race_tag {};
} // namespace detail

template <awaitable... Promise> auto join(Promise &&...p) {
  return detail::combinator_impl<detail::join_tag, Promise...>{{static_cast<Promise &&>(p)...}};
}
template <awaitable... Promise> auto gather(Promise &&...p) {
  return detail::combinator_impl<detail::gather_tag, Promise...>{{static_cast<Promise &&>(p)...}};
}
template <awaitable... Promise> auto race(Promise &&...p) {
  return detail::combinator_impl<detail::race_tag, Promise...>{{static_cast<Promise &&>(p)...}};
}
template <awaitable... Promise> auto left_race(Promise &&...p) {
  return detail::combinator_impl<detail::race_tag, Promise...>{{static_cast<Promise &&>(p)...}};
}
} // namespace boost::cobalt
