// coro-tidy test stand-in for <unifex/spawn_detached.hpp>:
// unifex::spawn_detached(sender, scope) nests the work into a v2 scope that
// joins it (structured). A customization-point object
// (unifex::_spawn_detached::spawn_detached).
#pragma once
#include <unifex/sender_concepts.hpp>
#include <unifex/v2/async_scope.hpp>

namespace unifex {
namespace _spawn_detached {
inline constexpr struct _fn {
  template <typename Sender, typename Scope>
    requires unifex::sender<Sender>
  void operator()(Sender &&sender, Scope &scope) const {
    (void)sender;
    (void)scope;
  }
} spawn_detached{};
} // namespace _spawn_detached

using _spawn_detached::spawn_detached;
} // namespace unifex
