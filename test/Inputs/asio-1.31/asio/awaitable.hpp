// coro-tidy test stand-in for asio >= 1.31 <asio/awaitable.hpp>.
// asio::awaitable<T, Executor = any_io_executor>: [[nodiscard]], lazy; as in
// asio, the promise (asio::detail::awaitable_frame<T, Executor>) comes from a
// std::coroutine_traits specialization, and only awaitables, async operations
// and this_coro tags can be awaited (await_transform).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include <asio/any_io_executor.hpp>
#include <asio/this_coro.hpp>

namespace asio {
template <typename T, typename Executor = any_io_executor> class awaitable;
template <typename Signature, typename Initiation, typename... InitArgs>
class deferred_async_operation;

namespace detail {
template <typename T> struct awaitable_result_base {
  template <typename U = T> void return_value(U &&v) { value_.emplace(static_cast<U &&>(v)); }
  T get() { return std::move(*value_); }
  std::optional<T> value_;
};
template <> struct awaitable_result_base<void> {
  void return_void() noexcept {}
  void get() {}
};

template <typename Sig> struct signature_result;
template <> struct signature_result<void(std::exception_ptr)> {
  using type = void;
};
template <typename T> struct signature_result<void(std::exception_ptr, T)> {
  using type = T;
};

template <typename T> struct ready_awaiter {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() const noexcept { return T(); }
};
template <> struct ready_awaiter<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() const noexcept {}
};

template <typename T, typename Executor>
class awaitable_frame : public awaitable_result_base<T> {
public:
  struct final_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

  awaitable<T, Executor> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception_ = std::current_exception(); }

  template <typename U> awaitable<U, Executor> await_transform(awaitable<U, Executor> a) const {
    return a;
  }
  template <typename Sig, typename Init, typename... Args>
  awaitable<typename signature_result<Sig>::type, Executor>
  await_transform(deferred_async_operation<Sig, Init, Args...> op);

  ready_awaiter<Executor> await_transform(this_coro::executor_t) noexcept { return {}; }
  ready_awaiter<void> await_transform(this_coro::reset_cancellation_state_0_t) noexcept { return {}; }
  template <typename F>
  ready_awaiter<void> await_transform(this_coro::reset_cancellation_state_1_t<F>) noexcept { return {}; }
  template <typename F, typename G>
  ready_awaiter<void> await_transform(this_coro::reset_cancellation_state_2_t<F, G>) noexcept {
    return {};
  }
  ready_awaiter<bool> await_transform(this_coro::throw_if_cancelled_0_t) noexcept { return {}; }
  ready_awaiter<void> await_transform(this_coro::throw_if_cancelled_1_t) noexcept { return {}; }

  std::exception_ptr exception_;
};
} // namespace detail

template <typename T, typename Executor> class [[nodiscard]] awaitable {
public:
  using value_type = T;
  using executor_type = Executor;

  constexpr awaitable() noexcept = default;
  awaitable(awaitable &&other) noexcept : frame_(std::exchange(other.frame_, {})) {}
  awaitable(const awaitable &) = delete;
  ~awaitable() {
    if (frame_)
      frame_.destroy();
  }
  bool valid() const noexcept { return static_cast<bool>(frame_); }

  bool await_ready() const noexcept { return false; }
  template <class U>
  void await_suspend(std::coroutine_handle<detail::awaitable_frame<U, Executor>>) {}
  T await_resume() { return frame_.promise().get(); }

private:
  template <typename, typename> friend class detail::awaitable_frame;
  explicit awaitable(std::coroutine_handle<detail::awaitable_frame<T, Executor>> f) : frame_(f) {}
  std::coroutine_handle<detail::awaitable_frame<T, Executor>> frame_;
};

template <typename T, typename Executor>
awaitable<T, Executor> detail::awaitable_frame<T, Executor>::get_return_object() noexcept {
  return awaitable<T, Executor>(
      std::coroutine_handle<awaitable_frame>::from_promise(*this));
}
} // namespace asio

template <typename T, typename Executor, typename... Args>
struct std::coroutine_traits<asio::awaitable<T, Executor>, Args...> {
  using promise_type = asio::detail::awaitable_frame<T, Executor>;
};
