// coro-tidy test stand-in for <cppcoro/shared_task.hpp>.
// cppcoro::shared_task<T = void>: [[nodiscard]], lazy, copyable, awaitable by
// several consumers.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace cppcoro {
template <typename T = void> class shared_task;

namespace detail {
template <typename T> class shared_task_promise {
public:
  struct final_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  shared_task<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }
  template <typename U = T> void return_value(U &&v) {
    value_.emplace(static_cast<U &&>(v));
  }
  T &result() { return *value_; }

  std::optional<T> value_;
  std::exception_ptr exception_;
};

template <> class shared_task_promise<void> {
public:
  struct final_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };
  shared_task<void> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }
  void return_void() noexcept {}
  void result() {}

  std::exception_ptr exception_;
};
} // namespace detail

template <typename T> class [[nodiscard]] shared_task {
public:
  using promise_type = detail::shared_task_promise<T>;
  using value_type = T;

  shared_task() noexcept = default;
  explicit shared_task(std::coroutine_handle<promise_type> coro) noexcept
      : coro_(coro) {}
  shared_task(const shared_task &) noexcept = default;
  shared_task &operator=(const shared_task &) noexcept = default;

  bool is_ready() const noexcept { return !coro_ || coro_.done(); }

  struct awaitable {
    std::coroutine_handle<promise_type> coro_;
    bool await_ready() const noexcept { return !coro_ || coro_.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return coro_;
    }
    decltype(auto) await_resume() { return coro_.promise().result(); }
  };
  awaitable operator co_await() const noexcept { return awaitable{coro_}; }

private:
  std::coroutine_handle<promise_type> coro_;
};

namespace detail {
template <typename T>
shared_task<T> shared_task_promise<T>::get_return_object() noexcept {
  return shared_task<T>(
      std::coroutine_handle<shared_task_promise>::from_promise(*this));
}
inline shared_task<void> shared_task_promise<void>::get_return_object() noexcept {
  return shared_task<void>(
      std::coroutine_handle<shared_task_promise>::from_promise(*this));
}
} // namespace detail
} // namespace cppcoro
