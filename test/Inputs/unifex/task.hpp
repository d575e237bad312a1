// coro-tidy test stand-in for <unifex/task.hpp>.
// unifex::task<T> is spelled `unifex::_task::_task<T, false>::type` and
// unifex::nothrow_task<T> `unifex::_task::_task<T, true>::type`; lazy
// (initial_suspend -> std::suspend_always). The type is also a sender. On a
// stop request the task is not resumed: it unwinds through unhandled_done().
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _task {
template <typename T, bool nothrow> struct _promise {
  struct type;
};
template <typename T, bool nothrow> struct _task {
  struct type;
};

template <typename T> struct _return_value_or_void {
  template <typename U = T> void return_value(U &&value) {
    value_.emplace(static_cast<U &&>(value));
  }
  T result() { return std::move(*value_); }
  std::optional<T> value_;
};
template <> struct _return_value_or_void<void> {
  void return_void() noexcept {}
  void result() {}
};

struct _final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <typename Promise>
  std::coroutine_handle<>
  await_suspend(std::coroutine_handle<Promise> h) noexcept {
    auto c = h.promise().continuation_;
    return c ? c : std::noop_coroutine();
  }
  void await_resume() noexcept {}
};

template <typename T, bool nothrow>
struct _promise<T, nothrow>::type : _return_value_or_void<T> {
  typename _task<T, nothrow>::type get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  _final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {
    if constexpr (nothrow)
      std::terminate();
    else
      exception_ = std::current_exception();
  }
  // Called instead of resuming the coroutine when a stop is requested.
  std::coroutine_handle<> unhandled_done() noexcept { return continuation_; }

  template <typename Value> decltype(auto) await_transform(Value &&value) {
    return _await_tfx::_transform(static_cast<Value &&>(value));
  }

  std::coroutine_handle<> continuation_;
  std::exception_ptr exception_;
};

template <typename T, bool nothrow>
struct _task<T, nothrow>::type : _result_sender_base<T> {
  using promise_type = typename _promise<T, nothrow>::type;

  type(type &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
  type(const type &) = delete;
  ~type() {
    if (coro_)
      coro_.destroy();
  }

  struct _awaiter {
    std::coroutine_handle<promise_type> coro_;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      coro_.promise().continuation_ = c;
      return coro_;
    }
    T await_resume() { return coro_.promise().result(); }
  };
  _awaiter operator co_await() && noexcept {
    return _awaiter{std::exchange(coro_, {})};
  }

private:
  friend promise_type;
  explicit type(std::coroutine_handle<promise_type> coro) noexcept
      : coro_(coro) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename T, bool nothrow>
typename _task<T, nothrow>::type
_promise<T, nothrow>::type::get_return_object() noexcept {
  return typename _task<T, nothrow>::type(
      std::coroutine_handle<type>::from_promise(*this));
}
} // namespace _task

template <typename T> using task = typename _task::_task<T, false>::type;
template <typename T> using nothrow_task = typename _task::_task<T, true>::type;
} // namespace unifex
