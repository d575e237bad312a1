// coro-tidy test stand-in for <folly/lang/CustomizationPoint.h>.
// FOLLY_DEFINE_CPO(Type, Name) defines a customization-point object: a
// constexpr variable `Name` of type `Type` in a nested namespace folly_cpo__
// of the enclosing namespace, which the enclosing namespace then brings in
// with a using-directive. A call `co_withCancellation(tok, aw)` is therefore a
// call of `operator()` on the variable
// `folly::coro::folly_cpo__::co_withCancellation`.
// folly::cpo_t<CPO> is the type of a CPO variable.
#pragma once
#include <type_traits>

#define FOLLY_DEFINE_CPO(Type, Name)                                           \
  namespace folly_cpo__ {                                                      \
  inline constexpr Type Name{};                                                \
  }                                                                            \
  using namespace folly_cpo__;

namespace folly {
template <const auto &Tag> using cpo_t = std::decay_t<decltype(Tag)>;
} // namespace folly
