// coro-tidy test stand-in for <folly/Unit.h>: folly::Unit, lift_unit_t.
#pragma once
#include <type_traits>

namespace folly {
struct Unit {
  constexpr bool operator==(const Unit &) const { return true; }
};
template <typename T>
using lift_unit_t = std::conditional_t<std::is_void_v<T>, Unit, T>;
} // namespace folly
