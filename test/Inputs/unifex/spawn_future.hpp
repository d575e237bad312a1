// coro-tidy test stand-in for <unifex/spawn_future.hpp>.
// unifex::spawn_future(sender, scope[, alloc]) is a customization-point
// object (`inline constexpr _spawn_future::_spawn_future_fn spawn_future{}`
// directly in unifex). It starts the sender at once, nested in the scope, and
// returns a [[nodiscard]] unifex::v2::future<Scope, T...>
// (= _spawn_future::_future<Scope, T...>::type), a sender that must be
// awaited for the result; dropping the future abandons the operation (it is
// asked to stop and its result and error are lost). A task needs a scheduler
// (on(scheduler, task)).
#pragma once
#include <memory>
#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _spawn_future {
template <typename Scope, typename... T> struct _future final {
  struct type;
};
template <typename... T> struct _single {
  using type = void;
};
template <typename T> struct _single<T> {
  using type = T;
};
template <typename Scope, typename... T>
struct [[nodiscard]] _future<Scope, T...>::type final
    : _result_sender_base<typename _single<T...>::type> {
  type() noexcept = default;
  type(type &&) noexcept = default;
  ~type() = default;
  type &operator=(type &&) noexcept = default;
};

template <typename V> struct _future_for {
  template <typename Scope> using type = typename _future<Scope, V>::type;
};
template <> struct _future_for<void> {
  template <typename Scope> using type = typename _future<Scope>::type;
};

struct _spawn_future_fn {
  template <typename Sender, typename Scope,
            typename Alloc = std::allocator<std::byte>>
    requires(unifex::sender<std::remove_cvref_t<Sender>> && !_needs_scheduler<Sender>)
  auto operator()(Sender &&sender, Scope &scope, const Alloc &alloc = {}) const {
    (void)sender;
    (void)scope;
    (void)alloc;
    return typename _future_for<sender_single_value_t<Sender>>::template type<Scope>{};
  }
};
} // namespace _spawn_future

namespace v2 {
template <typename Scope, typename... T>
using future = typename _spawn_future::_future<Scope, T...>::type;
} // namespace v2

inline constexpr _spawn_future::_spawn_future_fn spawn_future{};
} // namespace unifex
