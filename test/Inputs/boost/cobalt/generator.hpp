// coro-tidy test stand-in for <boost/cobalt/generator.hpp>.
// boost::cobalt::generator<Yield, Push = void>: [[nodiscard]], EAGER by
// default (runs to the first co_yield), destructor cancels; `explicit
// operator bool` is true until it co_returns; iterate with
// `while (g) co_await g;` (operator co_await when Push is void, operator()
// (push) otherwise).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
template <typename Yield, typename Push = void> struct generator;

namespace detail {
template <typename Yield, typename Push>
struct generator_promise : promise_cancellation_base {
  generator<Yield, Push> get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  template <typename U>
    requires std::is_convertible_v<U &&, Yield>
  std::suspend_always yield_value(U &&value) {
    result.emplace(static_cast<U &&>(value));
    return {};
  }
  template <typename U = Yield> void return_value(U &&value) {
    result.emplace(static_cast<U &&>(value));
  }
  void unhandled_exception() { exception = std::current_exception(); }
  std::optional<Yield> result;
  std::exception_ptr exception;
};
} // namespace detail

template <typename Yield, typename Push> struct [[nodiscard]] generator {
  using promise_type = detail::generator_promise<Yield, Push>;

  generator(generator &&lhs) noexcept : coro_(std::exchange(lhs.coro_, {})) {}
  generator(const generator &) = delete;
  ~generator() { cancel(); }

  explicit operator bool() const { return coro_ && !coro_.done(); }
  void cancel() {}
  bool ready() const { return coro_ && coro_.promise().result.has_value(); }
  Yield get() { return std::move(*coro_.promise().result); }

  struct awaitable {
    std::coroutine_handle<promise_type> coro;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept { return coro; }
    Yield await_resume() { return std::move(*coro.promise().result); }
  };
  awaitable operator co_await()
    requires std::is_void_v<Push>
  {
    return awaitable{coro_};
  }
  template <typename P = Push>
    requires(!std::is_void_v<P>)
  awaitable operator()(P &&push) {
    (void)push;
    return awaitable{coro_};
  }

private:
  friend promise_type;
  explicit generator(std::coroutine_handle<promise_type> h) : coro_(h) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename Yield, typename Push>
generator<Yield, Push> detail::generator_promise<Yield, Push>::get_return_object() {
  return generator<Yield, Push>(std::coroutine_handle<generator_promise>::from_promise(*this));
}
} // namespace boost::cobalt
