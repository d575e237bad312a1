// coro-tidy test stand-in for libcoro <coro/thread_pool.hpp>.
// thread_pool::spawn_detached(task<void>&&) noexcept -> bool gives the task
// away: it runs inside a self-deleting coroutine whose unhandled_exception
// IGNORES the exception (errors are silently lost). spawn_joinable(task<void>&&)
// -> task<void> starts it at once and returns a task to await later (the join).
// [[nodiscard]] schedule() is an awaitable that moves the coroutine onto the
// pool; [[nodiscard]] schedule(task<T>) -> task<T>; [[nodiscard]] yield().
// The destructor (and shutdown()) waits for the scheduled work.
#pragma once
#include <coroutine>
#include <cstdint>
#include <memory>
#include <utility>

#include <coro/task.hpp>

namespace coro {
class thread_pool {
public:
  class schedule_operation {
  public:
    explicit schedule_operation(thread_pool &tp) noexcept : m_thread_pool(tp) {}
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting) noexcept { (void)awaiting; }
    void await_resume() noexcept {}
    thread_pool &owner() const noexcept { return m_thread_pool; }

  private:
    thread_pool &m_thread_pool;
  };

  struct options {
    std::uint32_t thread_count = 1;
  };

  // (Upstream uses defaulted `options` arguments; overloads here avoid the
  // nested-class default-member-initializer restriction.)
  thread_pool() : thread_pool(options{}) {}
  explicit thread_pool(options opts) : m_opts(opts) {}
  static std::unique_ptr<thread_pool> make_unique() { return make_unique(options{}); }
  static std::unique_ptr<thread_pool> make_unique(options opts) {
    return std::make_unique<thread_pool>(opts);
  }
  thread_pool(const thread_pool &) = delete;
  virtual ~thread_pool() = default;

  [[nodiscard]] schedule_operation schedule() { return schedule_operation{*this}; }
  template <typename return_type>
  [[nodiscard]] task<return_type> schedule(task<return_type> t) {
    co_await schedule();
    co_return co_await t;
  }
  bool spawn_detached(task<void> &&t) noexcept {
    (void)t;
    return true;
  }
  task<void> spawn_joinable(task<void> &&t) noexcept { co_await t; }
  bool resume(std::coroutine_handle<> handle) noexcept { return static_cast<bool>(handle); }
  [[nodiscard]] schedule_operation yield() { return schedule(); }
  void shutdown() noexcept {}
  std::size_t size() const noexcept { return 0; }
  bool empty() const noexcept { return true; }

private:
  options m_opts;
};
} // namespace coro
