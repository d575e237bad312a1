// coro-tidy test stand-in for <folly/ScopeGuard.h>: scope guards.
//  - folly::makeGuard(F&& f): [[nodiscard]], returns
//    detail::ScopeGuardImplDecay<F, true> (ScopeGuardImpl<decay_t<F>, true>),
//    which calls f when destroyed unless dismissed; dismiss(), rehire().
//  - SCOPE_EXIT { ... }; expands to
//    `auto FB_ANONYMOUS_VARIABLE_ODR_SAFE(SCOPE_EXIT_STATE) =
//    ::folly::detail::ScopeGuardOnExit() + [&]() noexcept`, where
//    detail::ScopeGuardOnExit is an empty enum class and operator+ makes a
//    ScopeGuardImpl<decay_t<F>, true>; FB_ANONYMOUS_VARIABLE_ODR_SAFE(str)
//    concatenates str and __LINE__.
#pragma once
#include <type_traits>
#include <utility>

#define FB_CONCATENATE_IMPL(s1, s2) s1##s2
#define FB_CONCATENATE(s1, s2) FB_CONCATENATE_IMPL(s1, s2)
#define FB_ANONYMOUS_VARIABLE_ODR_SAFE(str) FB_CONCATENATE(str, __LINE__)

namespace folly {
namespace detail {
template <typename FunctionType, bool InvokeNoexcept> class ScopeGuardImpl {
public:
  explicit ScopeGuardImpl(FunctionType fn) : function_(std::move(fn)) {}
  ScopeGuardImpl(ScopeGuardImpl &&other) noexcept
      : function_(std::move(other.function_)), dismissed_(other.dismissed_) {
    other.dismissed_ = true;
  }
  ~ScopeGuardImpl() {
    if (!dismissed_)
      function_();
  }
  void dismiss() noexcept { dismissed_ = true; }
  void rehire() noexcept { dismissed_ = false; }

private:
  FunctionType function_;
  bool dismissed_ = false;
};

template <typename F, bool INE>
using ScopeGuardImplDecay = ScopeGuardImpl<std::decay_t<F>, INE>;

enum class ScopeGuardOnExit {};

template <typename FunctionType>
ScopeGuardImpl<std::decay_t<FunctionType>, true>
operator+(detail::ScopeGuardOnExit, FunctionType &&fn) {
  return ScopeGuardImpl<std::decay_t<FunctionType>, true>(
      std::forward<FunctionType>(fn));
}
} // namespace detail

template <typename F>
[[nodiscard]] detail::ScopeGuardImplDecay<F, true> makeGuard(F &&f) {
  return detail::ScopeGuardImplDecay<F, true>(static_cast<F &&>(f));
}
} // namespace folly

#define SCOPE_EXIT                                                             \
  auto FB_ANONYMOUS_VARIABLE_ODR_SAFE(SCOPE_EXIT_STATE) =                      \
      ::folly::detail::ScopeGuardOnExit() + [&]() noexcept
