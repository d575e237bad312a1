// coro-tidy test stand-in for <exec/at_coroutine_exit.hpp>:
// `co_await exec::at_coroutine_exit(fn, args...)` runs fn(args...) when the
// coroutine ends, also when it is stopped. Customization-point object
// experimental::execution::at_coroutine_exit.
#pragma once
#include <coroutine>
#include <tuple>
#include <type_traits>
#include <utility>

#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __at_coro_exit {
template <class... Ts> struct [[nodiscard]] __task {
  std::tuple<Ts...> __args_;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
  std::tuple<Ts &...> await_resume() noexcept {
    return std::apply([](Ts &...a) { return std::tuple<Ts &...>(a...); }, __args_);
  }
};

struct __at_coro_exit_t {
  template <class Action, class... Ts>
    requires std::is_invocable_v<std::decay_t<Action>, std::decay_t<Ts>...>
  __task<std::decay_t<Ts>...> operator()(Action &&action, Ts &&...ts) const {
    (void)action;
    return {std::tuple<std::decay_t<Ts>...>(static_cast<Ts &&>(ts)...)};
  }
};
} // namespace __at_coro_exit

inline constexpr __at_coro_exit::__at_coro_exit_t at_coroutine_exit{};
} // namespace experimental::execution

namespace exec = experimental::execution;
