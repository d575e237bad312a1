// coro-tidy test stand-in for libcoro <coro/when_all.hpp>: the tasks are
// passed in and awaited together (structured).
#pragma once
#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <coro/task.hpp>

namespace coro {
namespace detail {
template <typename return_type> class when_all_task_result {
public:
  return_type &return_value() & { return *m_value; }
  return_type *m_value = nullptr;
};
template <> class when_all_task_result<void> {
public:
  void return_value() const noexcept {}
};

template <typename result_type> struct when_all_ready_awaitable {
  result_type m_results;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  result_type await_resume() { return std::move(m_results); }
};
} // namespace detail

template <typename... return_types>
[[nodiscard]] detail::when_all_ready_awaitable<
    std::tuple<detail::when_all_task_result<return_types>...>>
when_all(task<return_types>... tasks) {
  (void)std::tuple<task<return_types>...>(std::move(tasks)...);
  return {};
}

template <typename return_type>
[[nodiscard]] detail::when_all_ready_awaitable<
    std::vector<detail::when_all_task_result<return_type>>>
when_all(std::vector<task<return_type>> tasks) {
  (void)tasks;
  return {};
}
} // namespace coro
