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
  async_scope() noexcept : m_count(1u) {}

  ~async_scope() {
    // scope must be co_awaited before it destructs.
    assert(m_continuation);
  }

  template <typename AWAITABLE> void spawn(AWAITABLE &&awaitable) {
    [](async_scope *scope, std::decay_t<AWAITABLE> awaitable) -> oneway_task {
      scope->on_work_started();
      co_await std::move(awaitable);
      scope->on_work_finished();
    }(this, std::forward<AWAITABLE>(awaitable));
  }

  [[nodiscard]] auto join() noexcept {
    class awaiter {
      async_scope *m_scope;

    public:
      awaiter(async_scope *scope) noexcept : m_scope(scope) {}
      bool await_ready() noexcept {
        return m_scope->m_count.load(std::memory_order_acquire) == 0;
      }
      bool await_suspend(std::coroutine_handle<> continuation) noexcept {
        m_scope->m_continuation = continuation;
        return m_scope->m_count.fetch_sub(1u, std::memory_order_acq_rel) > 1u;
      }
      void await_resume() noexcept {}
    };
    return awaiter{this};
  }

private:
  void on_work_finished() noexcept {
    if (m_count.fetch_sub(1u, std::memory_order_acq_rel) == 1)
      m_continuation.resume();
  }
  void on_work_started() noexcept {
    m_count.fetch_add(1, std::memory_order_relaxed);
  }

  struct oneway_task {
    struct promise_type {
      std::suspend_never initial_suspend() { return {}; }
      std::suspend_never final_suspend() noexcept { return {}; }
      void unhandled_exception() { std::terminate(); }
      oneway_task get_return_object() { return {}; }
      void return_void() {}
    };
  };

  std::atomic<std::size_t> m_count;
  std::coroutine_handle<> m_continuation;
};
} // namespace cppcoro
