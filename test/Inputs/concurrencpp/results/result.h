// coro-tidy test stand-in for <concurrencpp/results/result.h>.
// concurrencpp::result<type>: a class, NOT [[nodiscard]], move-only, the
// consumer side of an EAGER coroutine (or of executor::submit): the producer
// runs whether or not the result is kept; dropping it loses the value and the
// exception. Members: explicit operator bool, status(), wait(), wait_for(d),
// wait_until(t) and get() (BLOCKING; get() rethrows and empties the result),
// operator co_await() (the non-blocking wait; gives type, rethrows) and
// resolve() (an awaitable giving the ready result<type> itself).
#pragma once
#include <chrono>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <concurrencpp/errors.h>
#include <concurrencpp/results/result_fwd_declarations.h>

namespace concurrencpp::details {
template <class type> class result_state {
public:
  template <class... argument_types> void set_result(argument_types &&...arguments) {
    if constexpr (!std::is_void_v<type>)
      m_value.emplace(std::forward<argument_types>(arguments)...);
  }
  void set_exception(std::exception_ptr e) noexcept { m_exception = std::move(e); }
  void complete_producer(coroutine_handle<void>) noexcept {}
  result_status status() const noexcept {
    return m_exception ? result_status::exception : result_status::value;
  }
  void wait() {}
  type get() {
    if (m_exception)
      std::rethrow_exception(m_exception);
    if constexpr (!std::is_void_v<type>)
      return std::move(*m_value);
  }

private:
  std::conditional_t<std::is_void_v<type>, std::optional<int>, std::optional<type>> m_value;
  std::exception_ptr m_exception;
};
} // namespace concurrencpp::details

namespace concurrencpp {
template <class type> class result {
  static_assert(std::is_same_v<type, void> || std::is_nothrow_move_constructible_v<type>,
                "concurrencpp::result<type> - <<type>> should be no-throw-move constructible or void.");

  details::result_state<type> *m_state = nullptr;

  void throw_if_empty(const char *message) const {
    if (!m_state)
      throw errors::empty_result(message);
  }

public:
  result() noexcept = default;
  result(result &&rhs) noexcept : m_state(std::exchange(rhs.m_state, nullptr)) {}
  result(details::result_state<type> *state) noexcept : m_state(state) {}
  result &operator=(result &&rhs) noexcept {
    m_state = std::exchange(rhs.m_state, nullptr);
    return *this;
  }
  result(const result &rhs) = delete;
  result &operator=(const result &rhs) = delete;

  explicit operator bool() const noexcept { return m_state != nullptr; }
  result_status status() const {
    throw_if_empty("status");
    return m_state->status();
  }
  // Blocking waits.
  void wait() const {
    throw_if_empty("wait");
    m_state->wait();
  }
  template <class duration_type, class ratio_type>
  result_status wait_for(std::chrono::duration<duration_type, ratio_type> duration) const {
    (void)duration;
    return status();
  }
  template <class clock_type, class duration_type>
  result_status wait_until(std::chrono::time_point<clock_type, duration_type> timeout_time) const {
    (void)timeout_time;
    return status();
  }
  type get() {
    throw_if_empty("get");
    m_state->wait();
    auto state = std::exchange(m_state, nullptr);
    return state->get();
  }

  auto operator co_await() {
    struct awaitable {
      details::result_state<type> *m_state;
      bool await_ready() const noexcept { return false; }
      void await_suspend(details::coroutine_handle<void>) noexcept {}
      type await_resume() { return m_state->get(); }
    };
    throw_if_empty("co_await");
    return awaitable{std::exchange(m_state, nullptr)};
  }
  auto resolve() {
    struct awaitable {
      result m_result;
      bool await_ready() const noexcept { return false; }
      void await_suspend(details::coroutine_handle<void>) noexcept {}
      result await_resume() { return std::move(m_result); }
    };
    throw_if_empty("resolve");
    return awaitable{std::move(*this)};
  }
};
} // namespace concurrencpp
