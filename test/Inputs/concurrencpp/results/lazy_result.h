// coro-tidy test stand-in for <concurrencpp/results/lazy_result.h>.
// concurrencpp::lazy_result<type>: a class, NOT [[nodiscard]], move-only,
// owning a LAZY coroutine (details::lazy_result_state<type>: initial_suspend
// suspend_always, final_suspend lazy_final_awaiter): nothing runs until it is
// co_awaited (operator co_await / resolve()) or run() (which starts it and
// gives an eager result<type>). The destructor destroys a never-started
// coroutine (the body never runs).
#pragma once
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <concurrencpp/errors.h>
#include <concurrencpp/results/result.h>
#include <concurrencpp/results/result_fwd_declarations.h>

namespace concurrencpp::details {
template <class derived_type, class type> struct return_value_struct {
  template <class return_type> void return_value(return_type &&value) {
    static_cast<derived_type *>(this)->set_result(std::forward<return_type>(value));
  }
};
template <class derived_type> struct return_value_struct<derived_type, void> {
  void return_void() noexcept { static_cast<derived_type *>(this)->set_result(); }
};

struct lazy_final_awaiter : public suspend_always {
  template <class promise_type>
  coroutine_handle<void> await_suspend(coroutine_handle<promise_type> handle) noexcept {
    auto c = handle.promise().m_caller_handle;
    return c ? c : std::noop_coroutine();
  }
};

template <class type> class lazy_result_state {
public:
  lazy_result<type> get_return_object() noexcept;
  void unhandled_exception() noexcept { m_exception = std::current_exception(); }
  suspend_always initial_suspend() const noexcept { return {}; }
  lazy_final_awaiter final_suspend() const noexcept { return {}; }
  template <class... argument_types> void set_result(argument_types &&...arguments) {
    if constexpr (!std::is_void_v<type>)
      m_value.emplace(std::forward<argument_types>(arguments)...);
  }
  type get() {
    if (m_exception)
      std::rethrow_exception(m_exception);
    if constexpr (!std::is_void_v<type>)
      return std::move(*m_value);
  }
  coroutine_handle<void> m_caller_handle;

private:
  std::conditional_t<std::is_void_v<type>, std::optional<int>, std::optional<type>> m_value;
  std::exception_ptr m_exception;
};
} // namespace concurrencpp::details

namespace concurrencpp {
template <class type> class lazy_result {
  details::coroutine_handle<details::lazy_result_state<type>> m_state;

  result<type> run_impl() {
    lazy_result self(std::move(*this));
    co_return co_await self;
  }

public:
  lazy_result() noexcept = default;
  lazy_result(lazy_result &&rhs) noexcept : m_state(std::exchange(rhs.m_state, {})) {}
  lazy_result(details::coroutine_handle<details::lazy_result_state<type>> state) noexcept
      : m_state(state) {}
  ~lazy_result() noexcept {
    if (m_state)
      m_state.destroy();
  }
  lazy_result &operator=(lazy_result &&rhs) noexcept {
    if (m_state)
      m_state.destroy();
    m_state = std::exchange(rhs.m_state, {});
    return *this;
  }

  explicit operator bool() const noexcept { return static_cast<bool>(m_state); }

  auto operator co_await() {
    struct lazy_awaitable {
      details::coroutine_handle<details::lazy_result_state<type>> m_state;
      ~lazy_awaitable() {
        if (m_state)
          m_state.destroy();
      }
      bool await_ready() const noexcept { return m_state.done(); }
      details::coroutine_handle<void> await_suspend(details::coroutine_handle<void> caller) noexcept {
        m_state.promise().m_caller_handle = caller;
        return m_state;
      }
      type await_resume() { return m_state.promise().get(); }
    };
    return lazy_awaitable{std::exchange(m_state, {})};
  }
  auto resolve() { return operator co_await(); }

  // Starts the coroutine: the result is eager.
  result<type> run() { return run_impl(); }
};

template <class type>
lazy_result<type> details::lazy_result_state<type>::get_return_object() noexcept {
  return lazy_result<type>(coroutine_handle<lazy_result_state>::from_promise(*this));
}
} // namespace concurrencpp
