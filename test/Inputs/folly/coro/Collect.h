// coro-tidy test stand-in for <folly/coro/Collect.h>: awaitable combinators.
// collectAll(awaitables...), collectAllTry(...), collectAny(a, b...) are
// function templates taking their SemiAwaitables BY VALUE (the tasks move
// into the combinator, which awaits them concurrently and lazily: it returns
// a Task), so passing a task to one is owning it.
// collectAll gives Task<std::tuple<lift_unit_t<R>...>>; collectAllRange(range)
// gives Task<std::vector<R>> (Task<void> for void results); collectAny gives
// Task<std::pair<std::size_t, Try<R>>>.
#pragma once
#include <cstddef>
#include <tuple>
#include <utility>
#include <vector>

#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/Task.h>

namespace folly::coro {
namespace detail {
template <typename A> struct semi_result;
template <typename T> struct semi_result<Task<T>> {
  using type = T;
};
template <typename A> using collect_all_component_t =
    lift_unit_t<typename semi_result<A>::type>;
} // namespace detail

template <typename... SemiAwaitables>
auto collectAll(SemiAwaitables... awaitables)
    -> Task<std::tuple<detail::collect_all_component_t<SemiAwaitables>...>> {
  (void)std::tuple<SemiAwaitables...>(std::move(awaitables)...);
  co_return std::tuple<detail::collect_all_component_t<SemiAwaitables>...>();
}

template <typename... SemiAwaitables>
auto collectAllTry(SemiAwaitables... awaitables)
    -> Task<std::tuple<Try<typename detail::semi_result<SemiAwaitables>::type>...>> {
  (void)std::tuple<SemiAwaitables...>(std::move(awaitables)...);
  co_return {};
}

template <typename SemiAwaitable>
auto collectAllRange(std::vector<SemiAwaitable> awaitables)
    -> Task<std::vector<detail::collect_all_component_t<SemiAwaitable>>> {
  (void)awaitables;
  co_return {};
}

template <typename SemiAwaitable, typename... SemiAwaitables>
auto collectAny(SemiAwaitable awaitable, SemiAwaitables... awaitables)
    -> Task<std::pair<std::size_t,
                      Try<typename detail::semi_result<SemiAwaitable>::type>>> {
  (void)awaitable;
  (void)std::tuple<SemiAwaitables...>(std::move(awaitables)...);
  co_return {};
}
} // namespace folly::coro
