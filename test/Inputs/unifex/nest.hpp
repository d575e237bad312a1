// coro-tidy test stand-in for <unifex/nest.hpp>: unifex::nest(sender, scope)
// is a customization-point object (unifex::_nest_cpo::nest) giving a sender
// that holds a reference on the scope; v1 and v2 async_scope customize it.
#pragma once
#include <utility>

namespace unifex {
namespace _nest_cpo {
inline const struct _nest_fn final {
  template <typename Sender, typename Scope>
  auto operator()(Sender &&sender, Scope &scope) const
      -> decltype(scope.nest(static_cast<Sender &&>(sender))) {
    return scope.nest(static_cast<Sender &&>(sender));
  }
} nest{};
} // namespace _nest_cpo
using _nest_cpo::nest;
} // namespace unifex
