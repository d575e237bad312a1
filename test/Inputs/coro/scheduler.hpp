// coro-tidy test stand-in for libcoro <coro/scheduler.hpp>.
// scheduler::spawn_detached(task<void>&&) -> bool is detached (a
// self-deleting coroutine that ignores exceptions); spawn_joinable(task<void>&&)
// -> task<void> starts the task and returns a task that joins it (dropping
// it blocks the thread until the spawned task completes). schedule() (NOT
// [[nodiscard]] here, unlike thread_pool's), [[nodiscard]] schedule(task<T>),
// [[nodiscard]] yield(), [[nodiscard]] yield_for(d) / schedule_after(d)
// (task<void>).
#pragma once
#include <chrono>
#include <coroutine>
#include <memory>
#include <utility>

#include <coro/task.hpp>
#include <coro/thread_pool.hpp>

namespace coro {
class scheduler {
public:
  class schedule_operation {
  public:
    explicit schedule_operation(scheduler &s) noexcept : m_scheduler(s) {}
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting) noexcept { (void)awaiting; }
    void await_resume() noexcept {}
    scheduler &owner() const noexcept { return m_scheduler; }

  private:
    scheduler &m_scheduler;
  };

  struct options {
    thread_pool::options pool{};
  };

  // (Upstream uses defaulted `options` arguments; overloads here avoid the
  // nested-class default-member-initializer restriction.)
  scheduler() : scheduler(options{}) {}
  explicit scheduler(options opts) : m_opts(opts) {}
  static std::unique_ptr<scheduler> make_unique() { return make_unique(options{}); }
  static std::unique_ptr<scheduler> make_unique(options opts) {
    return std::make_unique<scheduler>(opts);
  }
  scheduler(const scheduler &) = delete;
  virtual ~scheduler() = default;

  schedule_operation schedule() { return schedule_operation{*this}; }
  template <typename return_type>
  [[nodiscard]] task<return_type> schedule(task<return_type> t) {
    co_await schedule();
    co_return co_await t;
  }
  bool spawn_detached(task<void> &&t) {
    (void)t;
    return true;
  }
  task<void> spawn_joinable(task<void> &&t) { co_await t; }
  template <class rep_type, class period_type>
  [[nodiscard]] task<void> yield_for(std::chrono::duration<rep_type, period_type> amount) {
    (void)amount;
    co_return;
  }
  template <class rep_type, class period_type>
  [[nodiscard]] task<void> schedule_after(std::chrono::duration<rep_type, period_type> amount) {
    (void)amount;
    co_return;
  }
  [[nodiscard]] schedule_operation yield() { return schedule_operation{*this}; }
  bool resume(std::coroutine_handle<> handle) noexcept { return static_cast<bool>(handle); }
  void shutdown() noexcept {}

private:
  options m_opts;
};
} // namespace coro
