// coro-tidy test stand-in for <unifex/task.hpp>.
//  - unifex::task<T> is an alias of `unifex::_task::_task<T, false>::type`,
//    unifex::nothrow_task<T> of `_task<T, true>::type`: a nested struct
//    declared `struct [[nodiscard]] type;`, so a task is [[nodiscard]].
//  - The promise is `_task::_promise<T, nothrow>::type` (final), derived from
//    _task_promise_base -> _promise_base: initial_suspend suspend_always
//    (lazy), final_suspend a local awaiter (await_ready false), an
//    unhandled_done() (on a stop request the coroutine is NOT resumed: it
//    unwinds through unhandled_done, so code after a try/catch never runs),
//    no yield_value. nothrow_task's unhandled_exception calls std::terminate.
//  - await_transform hands every sender or customized operand to the CPO
//    unifex::await_transform (see await_transform.hpp). The task type has NO
//    operator co_await: it customizes await_transform through a hidden friend
//    tag_invoke(tag_t<await_transform>, Promise&, type&&), so only an rvalue
//    task can be awaited, and only inside a coroutine whose promise applies
//    unifex::await_transform. A task is also a sender (value_types,
//    error_types = exception_ptr, sends_done = true) that needs a scheduler
//    in its receiver's environment: spawning it into a scope needs
//    spawn_on(scheduler, task) or on(scheduler, task).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <unifex/await_transform.hpp>
#include <unifex/sender_concepts.hpp>
#include <unifex/tag_invoke.hpp>

namespace unifex {
namespace _task {
template <typename T, bool nothrow> struct _promise final {
  struct type;
};
template <typename T, bool nothrow> struct _task {
  // The "public facing" task<> type.
  struct [[nodiscard]] type;
};

struct _final_suspend_awaiter_base {
  bool await_ready() noexcept { return false; }
  void await_resume() noexcept {}
};

struct _promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  // Called instead of resuming the coroutine when a stop is requested.
  std::coroutine_handle<> unhandled_done() noexcept { return continuation_; }

  std::coroutine_handle<> continuation_;
};

struct _task_promise_base : _promise_base {};

template <typename T, bool nothrow> struct _result_and_unhandled_exception {
  void unhandled_exception() noexcept {
    if constexpr (nothrow)
      std::terminate();
    else
      exception_ = std::current_exception();
  }
  std::exception_ptr exception_;
};

template <typename T, bool nothrow>
struct _return_value_or_void : _result_and_unhandled_exception<T, nothrow> {
  template <typename Value = T>
    requires std::is_convertible_v<Value, T>
  void return_value(Value &&value) noexcept(
      std::is_nothrow_constructible_v<T, Value>) {
    value_.emplace(static_cast<Value &&>(value));
  }
  T result() {
    if (this->exception_)
      std::rethrow_exception(this->exception_);
    return std::move(*value_);
  }
  std::optional<T> value_;
};
template <bool nothrow>
struct _return_value_or_void<void, nothrow>
    : _result_and_unhandled_exception<void, nothrow> {
  void return_void() noexcept {}
  void result() {
    if (this->exception_)
      std::rethrow_exception(this->exception_);
  }
};

template <typename T, bool nothrow>
struct _promise<T, nothrow>::type final : _task_promise_base,
                                          _return_value_or_void<T, nothrow> {
  using result_type = T;

  typename _task<T, nothrow>::type get_return_object() noexcept;

  auto final_suspend() noexcept {
    struct awaiter final : _final_suspend_awaiter_base {
      std::coroutine_handle<> await_suspend(std::coroutine_handle<type> h) noexcept {
        auto c = h.promise().continuation_;
        return c ? c : std::noop_coroutine();
      }
    };
    return awaiter{};
  }

  template <typename Value> decltype(auto) await_transform(Value &&value) {
    if constexpr (unifex::sender<Value> ||
                  tag_invocable<tag_t<unifex::await_transform>, type &, Value>)
      return unifex::await_transform(*this, static_cast<Value &&>(value));
    else
      return static_cast<Value &&>(value);
  }
};

template <typename Promise, typename T> struct _awaiter {
  std::coroutine_handle<Promise> coro_;
  explicit _awaiter(std::coroutine_handle<Promise> coro) noexcept : coro_(coro) {}
  _awaiter(_awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
  ~_awaiter() {
    if (coro_)
      coro_.destroy();
  }
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
    coro_.promise().continuation_ = c;
    return coro_;
  }
  T await_resume() { return coro_.promise().result(); }
};

template <typename T, bool nothrow>
struct _task<T, nothrow>::type : _result_sender_base<T, /*NeedsScheduler=*/true> {
  using promise_type = typename _promise<T, nothrow>::type;
  friend promise_type;

  type(type &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  type &operator=(type &&t) noexcept {
    std::swap(coro_, t.coro_);
    return *this;
  }
  ~type() {
    if (coro_)
      coro_.destroy();
  }

private:
  explicit type(std::coroutine_handle<promise_type> h) noexcept : coro_(h) {}

  template <typename Promise>
  friend _awaiter<promise_type, T>
  tag_invoke(tag_t<unifex::await_transform>, Promise &, type &&t) noexcept {
    return _awaiter<promise_type, T>{std::exchange(t.coro_, {})};
  }

  std::coroutine_handle<promise_type> coro_;
};

template <typename T, bool nothrow>
typename _task<T, nothrow>::type
_promise<T, nothrow>::type::get_return_object() noexcept {
  return typename _task<T, nothrow>::type{
      std::coroutine_handle<type>::from_promise(*this)};
}
} // namespace _task

template <typename T> using task = typename _task::_task<T, false>::type;
template <typename T> using nothrow_task = typename _task::_task<T, true>::type;
} // namespace unifex
