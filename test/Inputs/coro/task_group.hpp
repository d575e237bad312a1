// coro-tidy test stand-in for libcoro <coro/task_group.hpp>: structured
// group of task<void> started on an executor; `co_await group` waits for all.
#pragma once
#include <coroutine>
#include <cstddef>
#include <memory>
#include <utility>

#include <coro/task.hpp>

namespace coro {
template <typename executor_type> class task_group {
public:
  template <typename range_type>
  explicit task_group(std::unique_ptr<executor_type> &executor, range_type tasks)
      : m_executor(executor.get()), m_size(std::size(tasks)) {}
  task_group(const task_group &) = delete;
  task_group(task_group &&) = delete;
  ~task_group() = default;

  [[nodiscard]] std::size_t size() const { return m_size; }
  [[nodiscard]] bool empty() const { return size() == 0; }

  struct awaiter {
    const task_group &m_group;
    bool await_ready() const noexcept { return m_group.empty(); }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  awaiter operator co_await() const noexcept { return awaiter{*this}; }

private:
  executor_type *m_executor;
  std::size_t m_size;
};
} // namespace coro
