// coro-tidy test stand-in for <cppcoro/async_scope.hpp>: structured scope.
//  - spawn(awaitable) (void) starts the awaitable at once inside a private
//    detached coroutine (`oneway_task`: suspend_never at both ends, its
//    unhandled_exception calls std::terminate: an exception escaping spawned
//    work terminates the process).
//  - [[nodiscard]] join() gives an awaitable; the scope must be joined
//    (`co_await scope.join()`) before it is destroyed: the destructor asserts
//    it (debug builds).
#pragma once
#include <atomic>
#include <cassert>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <type_traits>
#include <utility>

namespace cppcoro {
class async_scope {
public:
  async_scope() noexcept = default;

  // The scope must have been joined before it is destroyed.
  ~async_scope() { assert(m_continuation); }

  template <typename AWAITABLE> void spawn(AWAITABLE &&awaitable) {
    run(this, std::decay_t<AWAITABLE>(std::forward<AWAITABLE>(awaitable)));
  }

  [[nodiscard]] auto join() noexcept {
    class awaiter {
      async_scope *m_scope;

    public:
      awaiter(async_scope *scope) noexcept : m_scope(scope) {}
      bool await_ready() noexcept { return m_scope->m_active == 0; }
      bool await_suspend(std::coroutine_handle<> continuation) noexcept {
        m_scope->m_continuation = continuation;
        return m_scope->m_active != 0;
      }
      void await_resume() noexcept {}
    };
    return awaiter{this};
  }

private:
  // Detached: suspend_never at both ends; an exception terminates.
  struct oneway_task {
    struct promise_type {
      std::suspend_never initial_suspend() { return {}; }
      std::suspend_never final_suspend() noexcept { return {}; }
      void unhandled_exception() { std::terminate(); }
      oneway_task get_return_object() { return {}; }
      void return_void() {}
    };
  };

  template <typename A> static oneway_task run(async_scope *scope, A awaitable) {
    ++scope->m_active;
    co_await std::move(awaitable);
    if (--scope->m_active == 0 && scope->m_continuation)
      scope->m_continuation.resume();
  }

  std::atomic<std::size_t> m_active{0};
  std::coroutine_handle<> m_continuation;
};
} // namespace cppcoro
