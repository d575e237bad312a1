// coro-tidy test stand-in for <cppcoro/when_all_ready.hpp>.
// [[nodiscard]] when_all_ready(AWAITABLES&&... awaitables) and
// [[nodiscard]] when_all_ready(std::vector<AWAITABLE>) wrap each awaitable in
// a lazy detail::when_all_task<R> (moved in, so passing a task is owning it)
// and return a detail::when_all_ready_awaitable<std::tuple<when_all_task<R>...>>
// (or <std::vector<when_all_task<R>>>) that must be co_awaited; its result
// gives each task's result() (which rethrows that task's exception).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {
namespace detail {
template <typename RESULT> class when_all_task;

template <typename RESULT> class when_all_task_promise final {
public:
  using coroutine_handle_t = std::coroutine_handle<when_all_task_promise>;

  when_all_task<RESULT> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { m_exception = std::current_exception(); }
  void return_void() noexcept {}
  template <typename U> std::suspend_always yield_value(U &&value) noexcept {
    m_result.emplace(static_cast<U &&>(value));
    return {};
  }
  std::remove_cvref_t<RESULT> &result() & {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return *m_result;
  }

private:
  std::exception_ptr m_exception;
  std::optional<std::remove_cvref_t<RESULT>> m_result;
};

template <> class when_all_task_promise<void> final {
public:
  when_all_task<void> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { m_exception = std::current_exception(); }
  void return_void() noexcept {}
  void result() {
    if (m_exception)
      std::rethrow_exception(m_exception);
  }

private:
  std::exception_ptr m_exception;
};

template <typename RESULT> class when_all_task final {
public:
  using promise_type = when_all_task_promise<RESULT>;
  using coroutine_handle_t = std::coroutine_handle<promise_type>;

  explicit when_all_task(coroutine_handle_t coroutine) noexcept
      : m_coroutine(coroutine) {}
  when_all_task(when_all_task &&other) noexcept
      : m_coroutine(std::exchange(other.m_coroutine, coroutine_handle_t{})) {}
  ~when_all_task() {
    if (m_coroutine)
      m_coroutine.destroy();
  }
  when_all_task(const when_all_task &) = delete;
  when_all_task &operator=(const when_all_task &) = delete;

  decltype(auto) result() & { return m_coroutine.promise().result(); }
  decltype(auto) result() && { return m_coroutine.promise().result(); }
  decltype(auto) non_void_result() & { return result(); }

private:
  coroutine_handle_t m_coroutine;
};

template <typename RESULT>
when_all_task<RESULT> when_all_task_promise<RESULT>::get_return_object() noexcept {
  return when_all_task<RESULT>{
      std::coroutine_handle<when_all_task_promise>::from_promise(*this)};
}
inline when_all_task<void> when_all_task_promise<void>::get_return_object() noexcept {
  return when_all_task<void>{
      std::coroutine_handle<when_all_task_promise>::from_promise(*this)};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<AWAITABLE &&>::await_result_t>
  requires(!std::is_void_v<RESULT>)
when_all_task<RESULT> make_when_all_task(AWAITABLE awaitable) {
  co_yield co_await static_cast<AWAITABLE &&>(awaitable);
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<AWAITABLE &&>::await_result_t>
  requires std::is_void_v<RESULT>
when_all_task<void> make_when_all_task(AWAITABLE awaitable) {
  co_await static_cast<AWAITABLE &&>(awaitable);
}

template <typename TASK_CONTAINER> class when_all_ready_awaitable {
public:
  explicit when_all_ready_awaitable(TASK_CONTAINER &&tasks) noexcept
      : m_tasks(std::move(tasks)) {}
  when_all_ready_awaitable(when_all_ready_awaitable &&other) noexcept = default;

  auto operator co_await() && noexcept {
    struct awaiter {
      when_all_ready_awaitable &m_awaitable;
      bool await_ready() const noexcept { return false; }
      bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
      TASK_CONTAINER &&await_resume() noexcept {
        return std::move(m_awaitable.m_tasks);
      }
    };
    return awaiter{*this};
  }

private:
  TASK_CONTAINER m_tasks;
};
} // namespace detail

template <typename... AWAITABLES>
  requires(is_awaitable_v<std::remove_reference_t<AWAITABLES> &&> && ...)
[[nodiscard]] auto when_all_ready(AWAITABLES &&...awaitables) {
  return detail::when_all_ready_awaitable<std::tuple<detail::when_all_task<
      typename awaitable_traits<std::remove_reference_t<AWAITABLES> &&>::await_result_t>...>>(
      std::make_tuple(detail::make_when_all_task(std::forward<AWAITABLES>(awaitables))...));
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<AWAITABLE &&>::await_result_t>
[[nodiscard]] auto when_all_ready(std::vector<AWAITABLE> awaitables) {
  std::vector<detail::when_all_task<RESULT>> tasks;
  for (auto &awaitable : awaitables)
    tasks.emplace_back(detail::make_when_all_task(std::move(awaitable)));
  return detail::when_all_ready_awaitable<std::vector<detail::when_all_task<RESULT>>>(
      std::move(tasks));
}
} // namespace cppcoro
