// coro-tidy test stand-in for <boost/cobalt/promise.hpp>.
// boost::cobalt::promise<T>: [[nodiscard]], EAGER (initial_suspend never
// suspends, final_suspend suspends); its destructor cancels it unless it was
// detached with `p.detach()` or unary `+std::move(p)` / `+p()`.
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
template <typename Return> struct promise;

namespace detail {
template <typename Return>
struct cobalt_promise : promise_cancellation_base, return_value_or_void<Return> {
  promise<Return> get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception = std::current_exception(); }
  std::coroutine_handle<> awaited_from;
  std::exception_ptr exception;
};
} // namespace detail

template <typename Return> struct [[nodiscard]] promise {
  using promise_type = detail::cobalt_promise<Return>;

  promise(promise &&lhs) noexcept
      : coro_(std::exchange(lhs.coro_, {})), attached_(std::exchange(lhs.attached_, false)) {}
  promise(const promise &) = delete;
  ~promise() {
    if (attached_)
      cancel();
  }

  struct awaitable {
    std::coroutine_handle<promise_type> coro;
    bool await_ready() const noexcept { return !coro || coro.done(); }
    void await_suspend(std::coroutine_handle<> h) noexcept { coro.promise().awaited_from = h; }
    Return await_resume() { return coro.promise().get_result(); }
  };
  awaitable operator co_await() { return awaitable{coro_}; }

  // Ignore the result, i.e. detach it.
  void operator+() && { detach(); }

  void cancel() {}
  bool ready() const { return !coro_ || coro_.done(); }
  explicit operator bool() const { return static_cast<bool>(coro_); }
  bool attached() const { return attached_; }
  void detach() { attached_ = false; }
  void attach() { attached_ = true; }
  Return get() { return coro_.promise().get_result(); }

private:
  friend promise_type;
  explicit promise(std::coroutine_handle<promise_type> h) : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
  bool attached_ = true;
};

template <typename Return>
promise<Return> detail::cobalt_promise<Return>::get_return_object() {
  return promise<Return>(std::coroutine_handle<cobalt_promise>::from_promise(*this));
}
} // namespace boost::cobalt
