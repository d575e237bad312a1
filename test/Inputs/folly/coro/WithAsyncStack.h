// coro-tidy test stand-in for <folly/coro/WithAsyncStack.h>.
// co_withAsyncStack(awaitable) is a customization-point object
// (FOLLY_DEFINE_CPO: folly::coro::folly_cpo__::co_withAsyncStack); every
// await in a Task goes through it. This stand-in passes the awaitable through.
#pragma once
#include <folly/lang/CustomizationPoint.h>

namespace folly::coro {
namespace detail {
struct WithAsyncStackFunction {
  template <typename Awaitable>
  Awaitable &&operator()(Awaitable &&awaitable) const noexcept {
    return static_cast<Awaitable &&>(awaitable);
  }
};
} // namespace detail

FOLLY_DEFINE_CPO(detail::WithAsyncStackFunction, co_withAsyncStack)
} // namespace folly::coro
