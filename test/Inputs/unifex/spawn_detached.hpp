// coro-tidy test stand-in for <unifex/spawn_detached.hpp>.
// unifex::spawn_detached(sender, scope[, alloc]) nests the sender into the
// scope (v1 or v2 async_scope: the scope's join waits for it) and starts it;
// it returns void. An ERROR completion calls std::terminate (the receiver's
// set_error is [[noreturn]]); done is treated as success. It is a
// customization-point object: `inline constexpr
// _spawn_detached::_spawn_detached_fn spawn_detached{}` directly in unifex
// (the variable unifex::spawn_detached). Only a sender of NO value
// (set_value()) can be detached, and a task needs a scheduler
// (on(scheduler, task)). spawn_detached(scope) gives a pipeable adaptor:
// `sender | spawn_detached(scope)`.
#pragma once
#include <cstddef>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _spawn_detached {
template <typename Scope> struct _closure {
  Scope *scope_;
};

struct _spawn_detached_fn {
  template <typename Sender, typename Scope,
            typename Alloc = std::allocator<std::byte>>
    requires(unifex::sender<Sender> && std::is_void_v<sender_single_value_t<Sender>> &&
             !_needs_scheduler<Sender>)
  void operator()(Sender &&sender, Scope &scope, const Alloc &alloc = {}) const {
    (void)sender;
    (void)scope;
    (void)alloc;
  }

  template <typename Scope>
  constexpr _closure<Scope> operator()(Scope &scope) const noexcept {
    return {&scope};
  }
};

template <typename Sender, typename Scope>
  requires(unifex::sender<Sender> && std::is_void_v<sender_single_value_t<Sender>> &&
           !_needs_scheduler<Sender>)
void operator|(Sender &&sender, _closure<Scope> c) {
  _spawn_detached_fn{}(static_cast<Sender &&>(sender), *c.scope_);
}
} // namespace _spawn_detached

inline constexpr _spawn_detached::_spawn_detached_fn spawn_detached{};
} // namespace unifex
