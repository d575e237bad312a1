// coro-tidy test stand-in for <folly/coro/Invoke.h>.
// co_invoke(f, args...) is a customization-point object
// (FOLLY_DEFINE_CPO: folly::coro::folly_cpo__::co_invoke): it calls f inside a
// new coroutine of the same return type, so a capturing lambda can return a
// Task safely. Dispatch is by tag_invoke(tag_t<co_invoke_fn>, tag_t<R, F, A...>,
// f, a...), which Task and AsyncGenerator customize.
#pragma once
#include <functional>
#include <type_traits>

#include <folly/functional/Invoke.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly::coro {
struct co_invoke_fn {
  template <typename F, typename... A>
  constexpr auto operator()(F &&f, A &&...a) const
      -> decltype(folly::tag_invoke(
          tag_t<co_invoke_fn>{},
          tag_t<std::invoke_result_t<F, A...>, F, A...>{},
          static_cast<F &&>(f), static_cast<A &&>(a)...)) {
    return folly::tag_invoke(
        tag_t<co_invoke_fn>{}, tag_t<std::invoke_result_t<F, A...>, F, A...>{},
        static_cast<F &&>(f), static_cast<A &&>(a)...);
  }
};
FOLLY_DEFINE_CPO(co_invoke_fn, co_invoke)
} // namespace folly::coro
