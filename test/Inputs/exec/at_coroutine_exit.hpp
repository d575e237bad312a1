// coro-tidy test stand-in for <exec/at_coroutine_exit.hpp>:
// `co_await exec::at_coroutine_exit(fn, args...)` runs fn(args...) when the
// coroutine ends, also when it is stopped (a stop inside the cleanup
// terminates). The customization-point object is the variable
// experimental::execution::at_coroutine_exit; it returns
// __at_coro_exit::__task<Ts...>: a [[nodiscard]] LAZY coroutine type (its own
// promise, initial_suspend suspend_always) that is itself an awaiter
// (await_ready false, bool await_suspend returns false) giving
// std::tuple<Ts&...>.
#pragma once
#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __at_coro_exit {
template <class... Ts> class [[nodiscard]] __task {
  struct __promise;

public:
  using promise_type = __promise;

  explicit __task(std::coroutine_handle<__promise> coro) noexcept : __coro_(coro) {}
  __task(__task &&that) noexcept : __coro_(std::exchange(that.__coro_, {})) {}
  ~__task() {
    if (__coro_)
      __coro_.destroy();
  }

  [[nodiscard]] static constexpr bool await_ready() noexcept { return false; }
  template <class Promise> bool await_suspend(std::coroutine_handle<Promise>) {
    return false; // i.e., do not suspend, call await_resume immediately
  }
  std::tuple<Ts &...> await_resume() noexcept {
    return std::exchange(__coro_, {}).promise().__args_;
  }

private:
  struct __promise : stdexec::with_awaitable_senders<__promise> {
    template <class Action>
    explicit __promise(Action &&, Ts &...ts) noexcept : __args_{ts...} {}
    [[nodiscard]] std::suspend_always initial_suspend() noexcept { return {}; }
    [[nodiscard]] std::suspend_always final_suspend() noexcept { return {}; }
    [[noreturn]] void unhandled_exception() noexcept { std::terminate(); }
    void return_void() noexcept {}
    [[nodiscard]] __task get_return_object() noexcept {
      return __task(std::coroutine_handle<__promise>::from_promise(*this));
    }
    std::tuple<Ts &...> __args_{};
  };

  std::coroutine_handle<__promise> __coro_;
};

struct __at_coro_exit_t {
private:
  template <class Action, class... Ts>
  static auto __impl(Action action, Ts... ts) -> __task<Ts...> {
    co_await static_cast<Action &&>(action)(static_cast<Ts &&>(ts)...);
  }

public:
  template <class Action, class... Ts>
    requires std::is_invocable_v<std::decay_t<Action>, std::decay_t<Ts>...>
  auto operator()(Action &&action, Ts &&...ts) const -> __task<std::decay_t<Ts>...> {
    return __impl(static_cast<Action &&>(action), static_cast<Ts &&>(ts)...);
  }
};
} // namespace __at_coro_exit

inline constexpr __at_coro_exit::__at_coro_exit_t at_coroutine_exit{};
} // namespace experimental::execution

namespace exec = experimental::execution;
