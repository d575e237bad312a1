// coro-tidy test stand-in for <cppcoro/task.hpp> (std:: coroutines).
// cppcoro::task<T = void>: [[nodiscard]], lazy (initial_suspend ->
// std::suspend_always), final_suspend -> final_awaitable (await_ready false).
// Awaitable as an lvalue or an rvalue (operator co_await() const& / const&&);
// when_ready() waits without the result. Upstream uses the Coroutines TS
// (std::experimental); this stand-in uses C++20 <coroutine>.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace cppcoro {
template <typename T = void> class task;

namespace detail {
class task_promise_base {
public:
  struct final_awaitable {
    bool await_ready() const noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> h) noexcept {
      auto c = h.promise().continuation_;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaitable final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }

  std::coroutine_handle<> continuation_;
  std::exception_ptr exception_;
};

template <typename T> class task_promise final : public task_promise_base {
public:
  task<T> get_return_object() noexcept;
  template <typename U = T> void return_value(U &&value) {
    value_.emplace(static_cast<U &&>(value));
  }
  T &result() & { return *value_; }
  T &&result() && { return std::move(*value_); }

private:
  std::optional<T> value_;
};

template <> class task_promise<void> final : public task_promise_base {
public:
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void result() {}
};
} // namespace detail

template <typename T> class [[nodiscard]] task {
public:
  using promise_type = detail::task_promise<T>;
  using value_type = T;

  task() noexcept = default;
  explicit task(std::coroutine_handle<promise_type> coro) noexcept
      : coro_(coro) {}
  task(task &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
  task &operator=(task &&other) noexcept {
    std::swap(coro_, other.coro_);
    return *this;
  }
  task(const task &) = delete;
  ~task() {
    if (coro_)
      coro_.destroy();
  }

  bool is_ready() const noexcept { return !coro_ || coro_.done(); }

  struct awaitable {
    std::coroutine_handle<promise_type> coro_;
    bool await_ready() const noexcept { return !coro_ || coro_.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      coro_.promise().continuation_ = c;
      return coro_;
    }
    decltype(auto) await_resume() {
      if (coro_.promise().exception_)
        std::rethrow_exception(coro_.promise().exception_);
      return std::move(coro_.promise()).result();
    }
  };
  awaitable operator co_await() const & noexcept { return awaitable{coro_}; }
  awaitable operator co_await() const && noexcept { return awaitable{coro_}; }

  // Waits for completion without taking the result (or the exception).
  auto when_ready() const noexcept {
    struct awaitable {
      std::coroutine_handle<promise_type> coro_;
      bool await_ready() const noexcept { return !coro_ || coro_.done(); }
      std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
        coro_.promise().continuation_ = c;
        return coro_;
      }
      void await_resume() noexcept {}
    };
    return awaitable{coro_};
  }

private:
  std::coroutine_handle<promise_type> coro_;
};

namespace detail {
template <typename T> task<T> task_promise<T>::get_return_object() noexcept {
  return task<T>(std::coroutine_handle<task_promise>::from_promise(*this));
}
inline task<void> task_promise<void>::get_return_object() noexcept {
  return task<void>(std::coroutine_handle<task_promise>::from_promise(*this));
}
} // namespace detail
} // namespace cppcoro
