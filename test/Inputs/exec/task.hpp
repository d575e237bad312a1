// coro-tidy test stand-in for <exec/task.hpp>.
// exec::task<T> is an alias: `namespace exec = experimental::execution;`,
//   template <class T> using task = basic_task<T, default_task_context<T>>;
//   basic_task = __task::basic_task; default_task_context<T> =
//   __task::default_task_context<T> = __task::__default_task_context_impl<
//   __task::__scheduler_affinity::__sticky> (the context does NOT depend on T).
// The class __task::basic_task<T, Context> is [[nodiscard]] and lazy; its
// promise (basic_task::__promise, public alias promise_type) derives from
// __promise_base<T> and stdexec::with_awaitable_senders<__promise>:
// initial_suspend suspend_always, final_suspend __final_awaiter (await_ready
// false), unhandled_exception, several await_transform overloads, and NO
// yield_value (unlike stdexec::task). A stopped task is not resumed
// (unhandled_stopped of the parent). basic_task has both
// `operator co_await() &&` and `as_awaitable(ParentPromise&) &&`.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>
#include <variant>

#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __task {
enum class __scheduler_affinity { __none, __sticky };

template <__scheduler_affinity _SchedulerAffinity = __scheduler_affinity::__sticky>
class __default_task_context_impl {
public:
  template <class ThisPromise> using promise_context_t = __default_task_context_impl;
};

template <class T>
using default_task_context = __default_task_context_impl<__scheduler_affinity::__sticky>;
template <class T>
using inline_task_context = __default_task_context_impl<__scheduler_affinity::__none>;

template <class T> struct __promise_base {
  template <class U = T> void return_value(U &&v) {
    __data_.template emplace<0>(static_cast<U &&>(v));
  }
  std::variant<T, std::exception_ptr, std::monostate> __data_{std::in_place_index<2>};
};
template <> struct __promise_base<void> {
  void return_void() noexcept {}
  std::variant<std::monostate, std::exception_ptr, std::monostate> __data_{
      std::in_place_index<2>};
};

template <class T, class Context = default_task_context<T>>
class [[nodiscard]] basic_task {
  struct __promise;
  template <class ParentPromise> struct __task_awaiter;

public:
  using promise_type = __promise;

  constexpr basic_task(basic_task &&that) noexcept
      : __coro_(std::exchange(that.__coro_, {})) {}

  // Make this task awaitable within a particular context:
  template <class ParentPromise>
  constexpr auto as_awaitable(ParentPromise &) && noexcept
      -> __task_awaiter<ParentPromise> {
    return __task_awaiter<ParentPromise>{std::exchange(__coro_, {})};
  }

  // Make this task generally awaitable:
  constexpr auto operator co_await() && noexcept -> __task_awaiter<void> {
    return __task_awaiter<void>{std::exchange(__coro_, {})};
  }

  constexpr ~basic_task() {
    if (__coro_)
      __coro_.destroy();
  }

private:
  struct __final_awaiter {
    static constexpr bool await_ready() noexcept { return false; }
    static constexpr std::coroutine_handle<>
    await_suspend(std::coroutine_handle<__promise> h) noexcept {
      auto c = h.promise().__continuation_;
      return c ? c : std::noop_coroutine();
    }
    static constexpr void await_resume() noexcept {}
  };

  struct __promise : __promise_base<T>, stdexec::with_awaitable_senders<__promise> {
    constexpr auto get_return_object() noexcept -> basic_task {
      return basic_task(std::coroutine_handle<__promise>::from_promise(*this));
    }
    constexpr auto initial_suspend() noexcept -> std::suspend_always { return {}; }
    constexpr auto final_suspend() noexcept -> __final_awaiter { return {}; }
    constexpr void unhandled_exception() noexcept {
      this->__data_.template emplace<1>(std::current_exception());
    }
    template <class Awaitable>
    constexpr decltype(auto) await_transform(Awaitable &&awaitable) noexcept {
      return stdexec::with_awaitable_senders<__promise>::await_transform(
          static_cast<Awaitable &&>(awaitable));
    }
    Context __context_{};
  };

  template <class ParentPromise> struct __task_awaiter {
    constexpr explicit __task_awaiter(std::coroutine_handle<__promise> coro) noexcept
        : __coro_(coro) {}
    __task_awaiter(__task_awaiter &&o) noexcept : __coro_(std::exchange(o.__coro_, {})) {}
    constexpr ~__task_awaiter() {
      if (__coro_)
        __coro_.destroy();
    }
    static constexpr bool await_ready() noexcept { return false; }
    template <class ParentPromise2>
    constexpr std::coroutine_handle<>
    await_suspend(std::coroutine_handle<ParentPromise2> parent) noexcept {
      __coro_.promise().set_continuation(parent);
      return __coro_;
    }
    constexpr T await_resume() {
      if (__coro_.promise().__data_.index() == 1)
        std::rethrow_exception(std::get<1>(__coro_.promise().__data_));
      if constexpr (!std::is_void_v<T>)
        return std::move(std::get<0>(__coro_.promise().__data_));
    }
    std::coroutine_handle<__promise> __coro_{};
  };

public:
  using sender_concept = stdexec::sender_t;
  using _result_t = T;
  static constexpr bool __sends_error = true;

  constexpr explicit basic_task(std::coroutine_handle<promise_type> coro) noexcept
      : __coro_(coro) {}

  std::coroutine_handle<promise_type> __coro_{};
};
} // namespace __task

template <class T> using default_task_context = __task::default_task_context<T>;

template <class T, class Context = default_task_context<T>>
using basic_task = __task::basic_task<T, Context>;

template <class T> using task = basic_task<T, default_task_context<T>>;
} // namespace experimental::execution

namespace exec = experimental::execution;
