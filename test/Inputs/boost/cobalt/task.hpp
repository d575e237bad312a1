// coro-tidy test stand-in for <boost/cobalt/task.hpp>.
// boost::cobalt::task<T>: [[nodiscard]], LAZY (initial_suspend suspends),
// promise_type = detail::task_promise<T>.
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
template <typename Return> struct task;

namespace detail {
template <typename Return>
struct task_promise : promise_cancellation_base, return_value_or_void<Return> {
  task<Return> get_return_object();
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception = std::current_exception(); }
  std::coroutine_handle<> awaited_from;
  std::exception_ptr exception;
};
} // namespace detail

template <typename Return> struct [[nodiscard]] task {
  using promise_type = detail::task_promise<Return>;

  task(task &&lhs) noexcept : coro_(std::exchange(lhs.coro_, {})) {}
  task &operator=(task &&lhs) noexcept {
    std::swap(coro_, lhs.coro_);
    return *this;
  }
  task(const task &) = delete;
  ~task() {
    if (coro_)
      coro_.destroy();
  }

  struct awaitable {
    std::coroutine_handle<promise_type> coro;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept {
      coro.promise().awaited_from = h;
      return coro;
    }
    Return await_resume() { return coro.promise().get_result(); }
  };
  awaitable operator co_await() { return awaitable{coro_}; }

private:
  friend promise_type;
  explicit task(std::coroutine_handle<promise_type> h) : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename Return> task<Return> detail::task_promise<Return>::get_return_object() {
  return task<Return>(std::coroutine_handle<task_promise>::from_promise(*this));
}
} // namespace boost::cobalt
