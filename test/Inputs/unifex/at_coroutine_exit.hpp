// coro-tidy test stand-in for <unifex/at_coroutine_exit.hpp>.
// `co_await unifex::at_coroutine_exit(fn, args...)` runs fn(args...) (an
// awaitable, e.g. a task) when the coroutine ends, also when it is stopped,
// with an unstoppable token (a stop request inside it terminates).
// at_coroutine_exit is a customization-point object: the variable
// unifex::_at_coroutine_exit::at_coroutine_exit, brought into unifex by a
// using-declaration. It returns the [[nodiscard]] coroutine type
// unifex::_cleanup_task<bool WithAsyncStackSupport, Ts...> (its promise has an
// unhandled_done()), awaited through a tag_invoke(tag_t<await_transform>, ...)
// hidden friend; the await gives std::tuple<Ts&...>.
#pragma once
#include <coroutine>
#include <tuple>
#include <type_traits>
#include <utility>

#include <unifex/await_transform.hpp>
#include <unifex/tag_invoke.hpp>

namespace unifex {
template <bool WithAsyncStackSupport, typename... Ts> struct _cleanup_task;

template <bool WithAsyncStackSupport, typename... Ts> struct _cleanup_promise {
  template <typename Action>
  explicit _cleanup_promise(Action &&, Ts &...ts) : args_(ts...) {}

  _cleanup_task<WithAsyncStackSupport, Ts...> get_return_object() noexcept {
    return _cleanup_task<WithAsyncStackSupport, Ts...>(
        std::coroutine_handle<_cleanup_promise>::from_promise(*this));
  }
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_void() noexcept {}
  [[noreturn]] void unhandled_exception() noexcept { std::terminate(); }
  std::coroutine_handle<> unhandled_done() noexcept { return {}; }

  template <typename Value> decltype(auto) await_transform(Value &&value) {
    return unifex::await_transform(*this, static_cast<Value &&>(value));
  }

  std::tuple<Ts &...> args_;
};

template <bool WithAsyncStackSupport, typename... Ts>
struct [[nodiscard]] _cleanup_task {
  using promise_type = _cleanup_promise<WithAsyncStackSupport, Ts...>;

  explicit _cleanup_task(std::coroutine_handle<promise_type> coro) noexcept
      : continuation_(coro) {}
  _cleanup_task(_cleanup_task &&that) noexcept
      : continuation_(std::exchange(that.continuation_, {})) {}
  ~_cleanup_task() = default; // upstream: UNIFEX_ASSERT(!continuation_)

  struct awaiter {
    bool await_ready() const noexcept { return false; }
    template <typename Promise>
    bool await_suspend(std::coroutine_handle<Promise>) noexcept {
      return false;
    }
    std::tuple<Ts &...> await_resume() noexcept {
      return std::move(std::exchange(continuation_, {}).promise().args_);
    }
    std::coroutine_handle<promise_type> continuation_;
  };

  template <typename Promise>
  friend awaiter tag_invoke(tag_t<await_transform>, Promise &,
                            _cleanup_task task) noexcept {
    return awaiter{std::exchange(task.continuation_, {})};
  }

private:
  std::coroutine_handle<promise_type> continuation_;
};

namespace _at_coroutine_exit {
inline constexpr struct _fn {
private:
  template <bool WithAsyncStackSupport, typename Action, typename... Ts>
  static _cleanup_task<WithAsyncStackSupport, Ts...>
  at_coroutine_exit(Action action, Ts... ts) {
    co_await std::move(action)(std::move(ts)...);
  }

public:
  template <typename Action, typename... Ts, bool WithAsyncStackSupport = true>
    requires std::is_invocable_v<std::decay_t<Action>, std::decay_t<Ts>...>
  _cleanup_task<WithAsyncStackSupport, std::decay_t<Ts>...>
  operator()(Action &&action, Ts &&...ts) const {
    return _fn::at_coroutine_exit<WithAsyncStackSupport>(
        static_cast<Action &&>(action), static_cast<Ts &&>(ts)...);
  }
} at_coroutine_exit{};
} // namespace _at_coroutine_exit

using _at_coroutine_exit::at_coroutine_exit;
} // namespace unifex
