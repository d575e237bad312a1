// coro-tidy test stand-in for <unifex/at_coroutine_exit.hpp>.
// `co_await unifex::at_coroutine_exit(fn, args...)` runs fn(args...) (an
// awaitable, e.g. a task) when the coroutine ends, even on a stop request,
// with an unstoppable token. at_coroutine_exit is a customization-point object
// (unifex::_at_coroutine_exit::at_coroutine_exit).
#pragma once
#include <coroutine>
#include <tuple>
#include <type_traits>
#include <utility>

namespace unifex {
template <typename... Ts> struct [[nodiscard]] _cleanup_task {
  std::tuple<Ts...> args_;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
  std::tuple<Ts &...> await_resume() noexcept {
    return std::apply([](Ts &...a) { return std::tuple<Ts &...>(a...); },
                      args_);
  }
};

namespace _at_coroutine_exit {
inline constexpr struct _fn {
  template <typename Action, typename... Ts>
    requires std::is_invocable_v<std::decay_t<Action>, std::decay_t<Ts> &...>
  _cleanup_task<std::decay_t<Ts>...> operator()(Action &&action,
                                                Ts &&...ts) const {
    (void)action;
    return _cleanup_task<std::decay_t<Ts>...>{
        std::tuple<std::decay_t<Ts>...>(static_cast<Ts &&>(ts)...)};
  }
} at_coroutine_exit{};
} // namespace _at_coroutine_exit

using _at_coroutine_exit::at_coroutine_exit;
} // namespace unifex
