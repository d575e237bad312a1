// coro-tidy test stand-in for <seastar/core/loop.hh>: continuation-style
// loops returning futures: parallel_for_each(range, func) / (begin, end,
// func) -> future<>, repeat(action) -> future<> (action returns
// future<stop_iteration>), do_until(stop_cond, action), keep_doing(action),
// max_concurrent_for_each(range, n, func).
#pragma once
#include <ranges>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
enum class stop_iteration { no, yes };

template <typename Range, typename Func> future<> parallel_for_each(Range &&range, Func &&func) noexcept {
  (void)range;
  (void)func;
  return future<>();
}
template <typename AsyncAction> future<> repeat(AsyncAction &&action) noexcept {
  (void)action;
  return future<>();
}
template <typename StopCondition, typename AsyncAction>
future<> do_until(StopCondition stop_cond, AsyncAction action) noexcept {
  (void)stop_cond;
  (void)action;
  return future<>();
}
template <typename AsyncAction> future<> keep_doing(AsyncAction action) noexcept {
  (void)action;
  return future<>();
}
} // namespace seastar
