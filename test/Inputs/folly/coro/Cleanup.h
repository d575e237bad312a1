// coro-tidy test stand-in for <folly/coro/Cleanup.h>.
// co_cleanup(std::move(object)) is a customization-point object
// (FOLLY_DEFINE_CPO: folly::coro::folly_cpo__::co_cleanup) giving an awaitable
// async cleanup of an rvalue; types opt in through
// tag_invoke(cpo_t<co_cleanup>, T&&). Calling it on an lvalue is deleted.
// AutoCleanup's default cleanup function.
#pragma once
#include <type_traits>
#include <utility>

#include <folly/functional/Invoke.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly::coro {
struct co_cleanup_fn {
  template <typename T>
    requires(!std::is_lvalue_reference_v<T>)
  auto operator()(T &&object) const
      -> folly::tag_invoke_result_t<co_cleanup_fn, T &&> {
    return folly::tag_invoke(co_cleanup_fn{}, std::forward<T>(object));
  }

  template <typename T> void operator()(T &object) const = delete;
};

FOLLY_DEFINE_CPO(co_cleanup_fn, co_cleanup)
} // namespace folly::coro
