// coro-tidy test stand-in for <cppcoro/async_scope.hpp>: structured scope.
// spawn(awaitable) starts it eagerly inside the scope; `co_await scope.join()`
// waits for every spawned awaitable.
#pragma once
#include <coroutine>
#include <utility>

namespace cppcoro {
class async_scope {
public:
  async_scope() noexcept = default;
  async_scope(const async_scope &) = delete;

  template <typename AWAITABLE> void spawn(AWAITABLE &&awaitable) {
    (void)awaitable;
  }

  class join_operation {
  public:
    explicit join_operation(async_scope &scope) noexcept : scope_(scope) {}
    bool await_ready() noexcept { return scope_.count_ == 0; }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
    void await_resume() noexcept {}

  private:
    async_scope &scope_;
  };

  [[nodiscard]] join_operation join() noexcept { return join_operation(*this); }

private:
  unsigned count_ = 0;
};
} // namespace cppcoro
