// coro-tidy test stand-in for <boost/cobalt/promise.hpp>.
// boost::cobalt::promise<Return>: a struct, [[nodiscard]], EAGER
// (initial_suspend suspend_never); promise_type = detail::cobalt_promise<R>
// with the same bases as task's promise. The destructor CANCELS the
// coroutine while attached (`if (attached_) cancel();`). Detach with
// `p.detach()` or the member `void operator+() &&` (`+p()`), reattach with
// attach(); cancel(ct = all), ready(), get(), explicit operator bool,
// attached(). Awaitable (operator co_await).
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/detail/promise_bases.hpp>
#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
template <typename Return> struct promise;

namespace detail {
template <typename Return>
struct cobalt_promise
    : promise_memory_resource_base,
      promise_cancellation_base<asio::cancellation_slot, asio::enable_total_cancellation>,
      promise_throw_if_cancelled_base,
      enable_awaitables<cobalt_promise<Return>>,
      enable_await_allocator<cobalt_promise<Return>>,
      enable_await_executor<cobalt_promise<Return>>,
      enable_await_deferred,
      return_value_or_void<Return> {
  using promise_cancellation_base<asio::cancellation_slot,
                                  asio::enable_total_cancellation>::await_transform;
  using promise_throw_if_cancelled_base::await_transform;
  using enable_awaitables<cobalt_promise<Return>>::await_transform;
  using enable_await_allocator<cobalt_promise<Return>>::await_transform;
  using enable_await_executor<cobalt_promise<Return>>::await_transform;
  using enable_await_deferred::await_transform;

  [[nodiscard]] promise<Return> get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() { this->exception = std::current_exception(); }
  std::coroutine_handle<> awaited_from;
};
} // namespace detail

template <typename Return> struct [[nodiscard]] promise {
  promise(promise &&lhs) noexcept
      : coro_(std::exchange(lhs.coro_, {})), attached_(std::exchange(lhs.attached_, false)) {}
  promise &operator=(promise &&lhs) noexcept {
    if (attached_)
      cancel();
    coro_ = std::exchange(lhs.coro_, {});
    attached_ = std::exchange(lhs.attached_, false);
    return *this;
  }
  promise(const promise &) = delete;

  // Cancels the coroutine unless detached.
  ~promise() {
    if (attached_)
      cancel();
  }

  using promise_type = detail::cobalt_promise<Return>;

  struct awaitable {
    std::coroutine_handle<promise_type> coro;
    bool await_ready() const noexcept { return !coro || coro.done(); }
    void await_suspend(std::coroutine_handle<> h) noexcept { coro.promise().awaited_from = h; }
    Return await_resume() { return coro.promise().get_result(); }
  };
  awaitable operator co_await() { return awaitable{coro_}; }

  // Ignore the return value, i.e. detach it.
  void operator+() &&;

  void cancel(asio::cancellation_type ct = asio::cancellation_type::all) { (void)ct; }
  bool ready() const { return !coro_ || coro_.done(); }
  explicit operator bool() const { return static_cast<bool>(coro_); }
  Return get() { return coro_.promise().get_result(); }
  bool attached() const { return attached_; }
  void detach() { attached_ = false; }
  void attach() { attached_ = true; }

private:
  template <typename> friend struct detail::cobalt_promise;
  explicit promise(std::coroutine_handle<promise_type> h) : coro_(h), attached_(true) {}
  std::coroutine_handle<promise_type> coro_;
  bool attached_;
};

template <typename T> void promise<T>::operator+() && { detach(); }

template <typename Return>
promise<Return> detail::cobalt_promise<Return>::get_return_object() {
  return promise<Return>(std::coroutine_handle<cobalt_promise>::from_promise(*this));
}
} // namespace boost::cobalt
