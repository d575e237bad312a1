// coro-tidy test stand-in for <boost/cobalt/task.hpp>.
// boost::cobalt::task<Return>: a struct, [[nodiscard]], LAZY: the promise's
// initial_suspend returns a custom initial_awaitable (await_ready false), not
// std::suspend_always; final_suspend a final_awaitable. promise_type =
// detail::task_promise<Return>, derived (as upstream) from
// promise_memory_resource_base,
// promise_cancellation_base<asio::cancellation_slot, asio::enable_total_cancellation>,
// promise_throw_if_cancelled_base, enable_awaitables, enable_await_allocator,
// enable_await_executor, enable_await_deferred (each contributing
// await_transform overloads), no yield_value. Move-only; operator co_await.
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/detail/promise_bases.hpp>
#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
template <typename Return> struct task;

namespace detail {
template <typename Return>
struct task_promise
    : promise_memory_resource_base,
      promise_cancellation_base<asio::cancellation_slot, asio::enable_total_cancellation>,
      promise_throw_if_cancelled_base,
      enable_awaitables<task_promise<Return>>,
      enable_await_allocator<task_promise<Return>>,
      enable_await_executor<task_promise<Return>>,
      enable_await_deferred,
      return_value_or_void<Return> {
  using promise_cancellation_base<asio::cancellation_slot,
                                  asio::enable_total_cancellation>::await_transform;
  using promise_throw_if_cancelled_base::await_transform;
  using enable_awaitables<task_promise<Return>>::await_transform;
  using enable_await_allocator<task_promise<Return>>::await_transform;
  using enable_await_executor<task_promise<Return>>::await_transform;
  using enable_await_deferred::await_transform;

  [[nodiscard]] task<Return> get_return_object();

  struct initial_awaitable {
    task_promise *promise;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    void await_resume() { promise->started = true; }
  };
  auto initial_suspend() noexcept { return initial_awaitable{this}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() { this->exception = std::current_exception(); }

  std::coroutine_handle<> awaited_from;
  bool started = false;
};
} // namespace detail

template <typename Return> struct [[nodiscard]] task {
  task(task &&lhs) noexcept : coro_(std::exchange(lhs.coro_, {})) {}
  task &operator=(task &&lhs) noexcept {
    std::swap(coro_, lhs.coro_);
    return *this;
  }
  task(const task &) = delete;
  task &operator=(const task &) = delete;
  ~task() {
    if (coro_)
      coro_.destroy();
  }

  using promise_type = detail::task_promise<Return>;

  struct awaitable {
    std::coroutine_handle<promise_type> coro;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept {
      coro.promise().awaited_from = h;
      return coro;
    }
    Return await_resume() { return coro.promise().get_result(); }
  };
  // enable `co_await`
  auto operator co_await() { return awaitable{coro_}; }

private:
  template <typename> friend struct detail::task_promise;
  explicit task(std::coroutine_handle<promise_type> h) : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename Return> task<Return> detail::task_promise<Return>::get_return_object() {
  return task<Return>(std::coroutine_handle<task_promise>::from_promise(*this));
}
} // namespace boost::cobalt
