// coro-tidy test stand-in for libcoro <coro/task.hpp>.
// coro::task<return_type = void>: [[nodiscard]], lazy (initial_suspend ->
// std::suspend_always), final_suspend -> final_awaitable (await_ready false),
// promise_type = coro::detail::promise<return_type>.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace coro {
template <typename return_type = void> class task;

namespace detail {
struct promise_base {
  struct final_awaitable {
    bool await_ready() const noexcept { return false; }
    template <typename promise_type>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept {
      auto c = h.promise().m_continuation;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaitable final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { m_exception = std::current_exception(); }
  std::coroutine_handle<> m_continuation;
  std::exception_ptr m_exception;
};

template <typename return_type> struct promise final : promise_base {
  task<return_type> get_return_object() noexcept;
  template <typename U = return_type> void return_value(U &&value) {
    m_value.emplace(static_cast<U &&>(value));
  }
  return_type result() { return std::move(*m_value); }
  std::optional<return_type> m_value;
};
template <> struct promise<void> final : promise_base {
  task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void result() {}
};
} // namespace detail

template <typename return_type> class [[nodiscard]] task {
public:
  using promise_type = detail::promise<return_type>;
  using coroutine_handle = std::coroutine_handle<promise_type>;

  task() noexcept = default;
  explicit task(coroutine_handle handle) : m_coroutine(handle) {}
  task(task &&other) noexcept : m_coroutine(std::exchange(other.m_coroutine, {})) {}
  task &operator=(task &&other) noexcept {
    std::swap(m_coroutine, other.m_coroutine);
    return *this;
  }
  task(const task &) = delete;
  ~task() {
    if (m_coroutine)
      m_coroutine.destroy();
  }

  bool is_ready() const noexcept { return !m_coroutine || m_coroutine.done(); }
  bool resume() {
    if (!m_coroutine.done())
      m_coroutine.resume();
    return !m_coroutine.done();
  }
  coroutine_handle handle() { return m_coroutine; }

  struct awaitable_base {
    coroutine_handle m_coroutine;
    bool await_ready() const noexcept { return !m_coroutine || m_coroutine.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
      m_coroutine.promise().m_continuation = awaiting;
      return m_coroutine;
    }
    return_type await_resume() { return m_coroutine.promise().result(); }
  };
  awaitable_base operator co_await() const & noexcept { return awaitable_base{m_coroutine}; }
  awaitable_base operator co_await() const && noexcept { return awaitable_base{m_coroutine}; }

private:
  coroutine_handle m_coroutine;
};

namespace detail {
template <typename return_type>
task<return_type> promise<return_type>::get_return_object() noexcept {
  return task<return_type>(std::coroutine_handle<promise>::from_promise(*this));
}
inline task<void> promise<void>::get_return_object() noexcept {
  return task<void>(std::coroutine_handle<promise>::from_promise(*this));
}
} // namespace detail
} // namespace coro
