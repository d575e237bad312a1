// coro-tidy test stand-in for <boost/cobalt/generator.hpp>.
// boost::cobalt::generator<Yield, Push = void>: a struct, [[nodiscard]],
// derived from detail::generator_base<Yield, Push> (which supplies
// `operator co_await()` when Push is void and `operator()(Push)` otherwise).
// EAGER by default: the promise (detail::generator_promise<Yield, Push>, same
// bases as task's promise) has initial_suspend suspend_never and runs to the
// first co_yield; `co_await this_coro::initial;` in the body makes it lazy.
// A template yield_value(Yield_&&). The destructor cancels. `explicit
// operator bool` is true until it co_returns: iterate with
// `while (g) co_await g;`. cancel(ct), ready(), get().
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
template <typename Yield, typename Push = void> struct generator;

namespace detail {
template <typename Yield, typename Push> struct generator_promise;

template <typename Yield, typename Push> struct generator_awaitable {
  std::coroutine_handle<generator_promise<Yield, Push>> coro;
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept;
  Yield await_resume();
};

template <typename Yield, typename Push> struct generator_base {
  auto operator()(Push &&push) {
    (void)push;
    return static_cast<generator<Yield, Push> *>(this)->awaitable_();
  }
  auto operator()(const Push &push) {
    (void)push;
    return static_cast<generator<Yield, Push> *>(this)->awaitable_();
  }
};
template <typename Yield> struct generator_base<Yield, void> {
  auto operator co_await() {
    return static_cast<generator<Yield, void> *>(this)->awaitable_();
  }
};

template <typename Yield, typename Push>
struct generator_promise
    : promise_memory_resource_base,
      promise_cancellation_base<asio::cancellation_slot, asio::enable_total_cancellation>,
      promise_throw_if_cancelled_base,
      enable_awaitables<generator_promise<Yield, Push>>,
      enable_await_allocator<generator_promise<Yield, Push>>,
      enable_await_executor<generator_promise<Yield, Push>>,
      enable_await_deferred {
  using promise_cancellation_base<asio::cancellation_slot,
                                  asio::enable_total_cancellation>::await_transform;
  using promise_throw_if_cancelled_base::await_transform;
  using enable_awaitables<generator_promise<Yield, Push>>::await_transform;
  using enable_await_allocator<generator_promise<Yield, Push>>::await_transform;
  using enable_await_executor<generator_promise<Yield, Push>>::await_transform;
  using enable_await_deferred::await_transform;

  [[nodiscard]] generator<Yield, Push> get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception = std::current_exception(); }

  template <typename U = Yield> void return_value(U &&value) {
    result.emplace(static_cast<U &&>(value));
  }

  // `co_await this_coro::initial;` makes the generator lazy.
  auto await_transform(this_coro::initial_t) {
    lazy = true;
    return std::suspend_always{};
  }

  template <typename Yield_>
    requires std::is_convertible_v<Yield_, Yield>
  auto yield_value(Yield_ &&ret) {
    result.emplace(std::forward<Yield_>(ret));
    return std::suspend_always{};
  }

  std::optional<Yield> result;
  std::exception_ptr exception;
  std::coroutine_handle<> awaited_from;
  bool lazy = false;
};

template <typename Yield, typename Push>
std::coroutine_handle<>
generator_awaitable<Yield, Push>::await_suspend(std::coroutine_handle<> h) noexcept {
  coro.promise().awaited_from = h;
  return coro;
}
template <typename Yield, typename Push> Yield generator_awaitable<Yield, Push>::await_resume() {
  if (coro.promise().exception)
    std::rethrow_exception(coro.promise().exception);
  return std::move(*coro.promise().result);
}
} // namespace detail

template <typename Yield, typename Push>
struct [[nodiscard]] generator : detail::generator_base<Yield, Push> {
  generator(generator &&lhs) noexcept : coro_(std::exchange(lhs.coro_, {})) {}
  generator &operator=(generator &&lhs) noexcept {
    std::swap(coro_, lhs.coro_);
    return *this;
  }

  explicit operator bool() const { return coro_ && !coro_.done(); }
  void cancel(asio::cancellation_type ct = asio::cancellation_type::all) { (void)ct; }
  bool ready() const { return coro_ && coro_.promise().result.has_value(); }
  Yield get() { return std::move(*coro_.promise().result); }

  // Cancels the generator.
  ~generator() { cancel(); }

  using promise_type = detail::generator_promise<Yield, Push>;

  generator(const generator &) = delete;
  generator &operator=(const generator &) = delete;

private:
  template <typename, typename> friend struct detail::generator_base;
  template <typename, typename> friend struct detail::generator_promise;
  explicit generator(std::coroutine_handle<promise_type> h) : coro_(h) {}
  detail::generator_awaitable<Yield, Push> awaitable_() { return {coro_}; }
  std::coroutine_handle<promise_type> coro_;
};

template <typename Yield, typename Push>
generator<Yield, Push> detail::generator_promise<Yield, Push>::get_return_object() {
  return generator<Yield, Push>(std::coroutine_handle<generator_promise>::from_promise(*this));
}
} // namespace boost::cobalt
