// coro-tidy test stand-in for <folly/coro/WithCancellation.h>.
// co_withCancellation(token, awaitable) is a customization-point object
// (FOLLY_DEFINE_CPO: the variable folly::coro::folly_cpo__::co_withCancellation,
// brought into folly::coro by a using-directive), NOT a function. It
// dispatches by argument-dependent lookup: Task, TaskWithExecutor and
// AsyncGenerator's next() awaitable have `co_withCancellation` hidden friends
// that hand the token to the promise; the default passes the awaitable
// through unchanged (`Awaitable&&`).
// A promise keeps the FIRST token it is given (the innermost wrapper), so
// co_withCancellation(folly::CancellationToken{}, op) shields op, but wrapping
// an operand that is already wrapped with a real token does not.
#pragma once
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/coro/Coroutine.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly::coro {
namespace detail {
namespace adl {
template <typename Awaitable>
Awaitable &&co_withCancellation(const folly::CancellationToken &,
                                Awaitable &&awaitable) noexcept {
  return static_cast<Awaitable &&>(awaitable);
}

struct WithCancellationFunction {
  template <typename Awaitable>
  auto operator()(const folly::CancellationToken &cancelToken,
                  Awaitable &&awaitable) const
      noexcept(noexcept(co_withCancellation(
          cancelToken, static_cast<Awaitable &&>(awaitable))))
          -> decltype(co_withCancellation(
              cancelToken, static_cast<Awaitable &&>(awaitable))) {
    return co_withCancellation(cancelToken,
                               static_cast<Awaitable &&>(awaitable));
  }
  template <typename Awaitable>
  auto operator()(folly::CancellationToken &&cancelToken,
                  Awaitable &&awaitable) const
      noexcept(noexcept(co_withCancellation(
          std::move(cancelToken), static_cast<Awaitable &&>(awaitable))))
          -> decltype(co_withCancellation(
              std::move(cancelToken), static_cast<Awaitable &&>(awaitable))) {
    return co_withCancellation(std::move(cancelToken),
                               static_cast<Awaitable &&>(awaitable));
  }
};
} // namespace adl
} // namespace detail

FOLLY_DEFINE_CPO(detail::adl::WithCancellationFunction, co_withCancellation)
} // namespace folly::coro
