// coro-tidy test stand-in for libcoro <coro/when_all.hpp>: awaitable
// combinator. [[nodiscard]] when_all(awaitables...) takes the awaitables BY
// VALUE (a task passed in is owned) and [[nodiscard]] when_all(range) takes a
// range of awaitables; both give a detail::when_all_ready_awaitable to
// co_await, whose results expose return_value() (which rethrows that task's
// exception).
#pragma once
#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <coro/sync_wait.hpp>
#include <coro/task.hpp>

namespace coro {
namespace detail {
template <typename return_type> class when_all_task_result {
public:
  std::remove_reference_t<return_type> &return_value() & { return *m_value; }
  std::remove_reference_t<return_type> *m_value = nullptr;
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

template <typename... awaitables_type>
[[nodiscard]] auto when_all(awaitables_type... awaitables)
    -> detail::when_all_ready_awaitable<std::tuple<detail::when_all_task_result<
        detail::awaitable_result_t<awaitables_type>>...>> {
  (void)std::tuple<awaitables_type...>(std::move(awaitables)...);
  return {};
}

template <typename range_type,
          typename awaitable_type = typename std::remove_cvref_t<range_type>::value_type>
  requires requires(range_type r) { r.begin(); r.end(); }
[[nodiscard]] auto when_all(range_type awaitables)
    -> detail::when_all_ready_awaitable<std::vector<
        detail::when_all_task_result<detail::awaitable_result_t<awaitable_type>>>> {
  (void)awaitables;
  return {};
}
} // namespace coro
