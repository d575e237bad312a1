// coro-tidy test stand-in for libcoro <coro/task_group.hpp>.
// coro::task_group<executor_type> is a scope of task<void>s started on an
// executor: constructors take (executor_type*), (executor_type*, task<void>&&),
// (executor_type*, range of tasks) and the same with
// std::unique_ptr<executor_type>&; [[nodiscard]] start(task<void>&&) -> bool
// adds one (it runs in a self-deleting coroutine: its exception is ignored);
// `co_await group` waits until it is empty (the join). The DESTRUCTOR BLOCKS
// the calling thread (sleep loop) until every task finished. Not movable.
#pragma once
#include <atomic>
#include <chrono>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <thread>
#include <utility>

#include <coro/task.hpp>

namespace coro {
template <typename executor_type> class task_group {
public:
  explicit task_group(executor_type *executor) : m_executor(executor) {}
  explicit task_group(executor_type *executor, coro::task<void> &&task)
      : task_group(executor) {
    (void)start(std::forward<coro::task<void>>(task));
  }
  template <typename range_type>
  explicit task_group(executor_type *executor, range_type tasks) : task_group(executor) {
    for (auto &task : tasks)
      (void)start(std::move(task));
  }
  explicit task_group(std::unique_ptr<executor_type> &executor)
      : task_group(executor.get()) {}
  explicit task_group(std::unique_ptr<executor_type> &executor, coro::task<void> &&task)
      : task_group(executor.get(), std::forward<coro::task<void>>(task)) {}
  template <typename range_type>
  explicit task_group(std::unique_ptr<executor_type> &executor, range_type tasks)
      : task_group(executor.get(), std::forward<range_type>(tasks)) {}

  task_group(const task_group &) = delete;
  task_group(task_group &&) = delete;
  auto operator=(const task_group &) -> task_group & = delete;
  auto operator=(task_group &&) -> task_group & = delete;

  // Blocks until every started task completed.
  ~task_group() {
    while (!empty())
      std::this_thread::sleep_for(std::chrono::milliseconds{10});
  }

  [[nodiscard]] auto start(coro::task<void> &&task) -> bool {
    (void)task;
    m_size.fetch_add(1, std::memory_order::release);
    return true;
  }

  [[nodiscard]] auto size() const -> std::size_t {
    return m_size.load(std::memory_order::acquire);
  }
  [[nodiscard]] auto empty() const -> bool { return size() == 0; }

  struct awaiter {
    const task_group &m_group;
    bool await_ready() const noexcept { return m_group.empty(); }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  auto operator co_await() const noexcept -> awaiter { return awaiter{*this}; }

private:
  executor_type *m_executor{nullptr};
  std::atomic<std::uint64_t> m_size{};
};
} // namespace coro
