// coro-tidy test stand-in for <exec/task.hpp>.
// exec::task<T> is spelled
//   experimental::execution::__task::basic_task<T, default_task_context<T>>
// with `namespace exec = experimental::execution;`. [[nodiscard]], lazy
// (initial_suspend -> std::suspend_always), final_suspend -> __final_awaitable
// (await_ready false). A stopped task is not resumed.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __task {
template <class T> class __default_task_context_impl {};

template <class T> struct __promise_base {
  template <class U = T> void return_value(U &&v) { __data_.emplace(static_cast<U &&>(v)); }
  T __result() { return std::move(*__data_); }
  std::optional<T> __data_;
};
template <> struct __promise_base<void> {
  void return_void() noexcept {}
  void __result() {}
};

template <class T, class Context> class basic_task;
} // namespace __task

template <class T> using default_task_context = __task::__default_task_context_impl<T>;

namespace __task {
template <class T, class Context> class [[nodiscard]] basic_task {
  struct __promise;

public:
  using promise_type = __promise;
  using sender_concept = stdexec::sender_t;
  using _result_t = T;

  basic_task(basic_task &&other) noexcept : __coro_(std::exchange(other.__coro_, {})) {}
  basic_task(const basic_task &) = delete;
  ~basic_task() {
    if (__coro_)
      __coro_.destroy();
  }

private:
  struct __final_awaitable {
    static constexpr bool await_ready() noexcept { return false; }
    static std::coroutine_handle<> await_suspend(std::coroutine_handle<__promise> h) noexcept {
      auto c = h.promise().__continuation_;
      return c ? c : std::noop_coroutine();
    }
    static void await_resume() noexcept {}
  };

  struct __promise : __promise_base<T>, stdexec::with_awaitable_senders<__promise> {
    basic_task get_return_object() noexcept {
      return basic_task(std::coroutine_handle<__promise>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    __final_awaitable final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { __exception_ = std::current_exception(); }
    std::exception_ptr __exception_;
    Context __context_;
  };

  struct __task_awaitable {
    std::coroutine_handle<__promise> __coro_;
    static constexpr bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> parent) noexcept {
      __coro_.promise().__continuation_ = parent;
      return __coro_;
    }
    T await_resume() { return __coro_.promise().__result(); }
  };

public:
  __task_awaitable operator co_await() && noexcept {
    return __task_awaitable{std::exchange(__coro_, {})};
  }

private:
  explicit basic_task(std::coroutine_handle<__promise> coro) noexcept : __coro_(coro) {}
  std::coroutine_handle<__promise> __coro_;
};
} // namespace __task

template <class T> using task = __task::basic_task<T, default_task_context<T>>;
} // namespace experimental::execution

namespace exec = experimental::execution;
