// coro-tidy test stand-in for asio >= 1.31 <asio/awaitable.hpp> (shapes read
// in Boost.Asio 1.86 = asio 1.31, boost/asio/awaitable.hpp and
// impl/awaitable.hpp).
// asio::awaitable<T, Executor = any_io_executor>: a class, [[nodiscard]]
// (ASIO_NODISCARD), lazy, move-only; it is its own awaiter (await_ready
// false, await_suspend only for awaitable_frame promises). The promise
// asio::detail::awaitable_frame<T, Executor> (derived from
// awaitable_frame_base<Executor>) comes from a std::coroutine_traits
// partial specialization (no nested promise_type). initial_suspend
// suspend_always; final_suspend a local awaiter (await_ready false).
// await_transform accepts only: awaitable<U, Executor>, async operations
// (deferred_async_operation, ...), this_coro::executor,
// this_coro::cancellation_state, reset_cancellation_state(...) and
// throw_if_cancelled(...); awaiting an awaitable or an async operation after
// cancellation throws system_error(operation_aborted) unless
// throw_if_cancelled(false).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <asio/any_io_executor.hpp>
#include <asio/this_coro.hpp>

namespace asio {
template <typename T, typename Executor = any_io_executor> class awaitable;
template <typename Signature, typename Initiation, typename... InitArgs>
class deferred_async_operation;

template <typename T> struct is_async_operation : std::false_type {};
template <typename Signature, typename Initiation, typename... InitArgs>
struct is_async_operation<deferred_async_operation<Signature, Initiation, InitArgs...>>
    : std::true_type {};

struct cancellation_state {
  bool cancelled() const noexcept { return false; }
};

namespace detail {
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

template <typename Op, typename Executor> struct awaitable_async_op {
  Op op_;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  typename Op::result_type await_resume();
};

template <typename Executor> class awaitable_frame_base {
public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  auto final_suspend() noexcept {
    struct result {
      awaitable_frame_base *this_;
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<void>) noexcept {}
      void await_resume() const noexcept {}
    };
    return result{this};
  }
  void unhandled_exception() { pending_exception_ = std::current_exception(); }

  template <typename T> auto await_transform(awaitable<T, Executor> a) const {
    // throws system_error(operation_aborted) when cancelled and throw_if_cancelled_
    return a;
  }
  template <typename Op>
    requires is_async_operation<std::decay_t<Op>>::value
  auto await_transform(Op &&op) {
    return awaitable_async_op<std::decay_t<Op>, Executor>{static_cast<Op &&>(op)};
  }
  auto await_transform(this_coro::executor_t) noexcept { return ready_awaiter<Executor>{}; }
  auto await_transform(this_coro::cancellation_state_t) noexcept {
    return ready_awaiter<cancellation_state>{};
  }
  auto await_transform(this_coro::reset_cancellation_state_0_t) noexcept {
    return ready_awaiter<void>{};
  }
  template <typename Filter>
  auto await_transform(this_coro::reset_cancellation_state_1_t<Filter>) noexcept {
    return ready_awaiter<void>{};
  }
  template <typename InFilter, typename OutFilter>
  auto await_transform(this_coro::reset_cancellation_state_2_t<InFilter, OutFilter>) noexcept {
    return ready_awaiter<void>{};
  }
  auto await_transform(this_coro::throw_if_cancelled_0_t) noexcept {
    return ready_awaiter<bool>{};
  }
  auto await_transform(this_coro::throw_if_cancelled_1_t) noexcept {
    return ready_awaiter<void>{};
  }

protected:
  std::exception_ptr pending_exception_;
};

template <typename T, typename Executor>
class awaitable_frame : public awaitable_frame_base<Executor> {
public:
  awaitable<T, Executor> get_return_object() noexcept;
  template <typename U> void return_value(U &&u) { result_.emplace(static_cast<U &&>(u)); }
  T get() {
    if (this->pending_exception_)
      std::rethrow_exception(this->pending_exception_);
    return std::move(*result_);
  }

private:
  std::optional<T> result_;
};

template <typename Executor>
class awaitable_frame<void, Executor> : public awaitable_frame_base<Executor> {
public:
  awaitable<void, Executor> get_return_object() noexcept;
  void return_void() {}
  void get() {
    if (this->pending_exception_)
      std::rethrow_exception(this->pending_exception_);
  }
};
} // namespace detail

template <typename T, typename Executor> class [[nodiscard]] awaitable {
public:
  using value_type = T;
  using executor_type = Executor;

  constexpr awaitable() noexcept : frame_(nullptr) {}
  awaitable(awaitable &&other) noexcept : frame_(std::exchange(other.frame_, nullptr)) {}
  ~awaitable() {
    if (frame_)
      frame_.destroy();
  }
  awaitable &operator=(awaitable &&other) noexcept {
    if (this != &other)
      frame_ = std::exchange(other.frame_, nullptr);
    return *this;
  }
  bool valid() const noexcept { return !!frame_; }

  bool await_ready() const noexcept { return false; }
  template <class U>
  void await_suspend(std::coroutine_handle<detail::awaitable_frame<U, Executor>>) {}
  T await_resume() { return frame_.promise().get(); }

private:
  template <typename, typename> friend class detail::awaitable_frame;
  explicit awaitable(std::coroutine_handle<detail::awaitable_frame<T, Executor>> f) : frame_(f) {}
  awaitable(const awaitable &) = delete;
  awaitable &operator=(const awaitable &) = delete;
  std::coroutine_handle<detail::awaitable_frame<T, Executor>> frame_;
};

template <typename T, typename Executor>
awaitable<T, Executor> detail::awaitable_frame<T, Executor>::get_return_object() noexcept {
  return awaitable<T, Executor>(std::coroutine_handle<awaitable_frame>::from_promise(*this));
}
template <typename Executor>
awaitable<void, Executor> detail::awaitable_frame<void, Executor>::get_return_object() noexcept {
  return awaitable<void, Executor>(std::coroutine_handle<awaitable_frame>::from_promise(*this));
}
} // namespace asio

template <typename T, typename Executor, typename... Args>
struct std::coroutine_traits<asio::awaitable<T, Executor>, Args...> {
  typedef asio::detail::awaitable_frame<T, Executor> promise_type;
};
