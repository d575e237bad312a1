// coro-tidy test stand-in for C++/WinRT <winrt/base.h> (generated upstream
// from cppwinrt's strings/base_*.h).
//  - winrt::fire_and_forget is an empty struct with NO nested promise_type;
//    its promise comes from a std::coroutine_traits<winrt::fire_and_forget,
//    Args...> specialization and never suspends at either end; an escaping
//    exception calls winrt::terminate().
//  - winrt::resume_background() and winrt::resume_after(TimeSpan) are
//    [[nodiscard]] FUNCTIONS returning awaiters; `co_await TimeSpan` works too.
//  - winrt::hresult (a struct wrapping int32_t), winrt::hresult_error (code()
//    returns the hresult) and winrt::hresult_canceled : hresult_error, whose
//    code is winrt::impl::error_canceled = 0x800704C7
//    (HRESULT_FROM_WIN32(ERROR_CANCELLED)). A canceled IAsync* completes with
//    hresult_canceled; code tests it with
//    `catch (winrt::hresult_canceled const&)` or
//    `e.code() == HRESULT_FROM_WIN32(ERROR_CANCELLED)`.
//  - winrt::Windows::Foundation::TimeSpan is a std::chrono::duration of
//    100 ns ticks.
#pragma once
#include <chrono>
#include <coroutine>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <ratio>

namespace winrt {
struct hresult {
  std::int32_t value{};
  constexpr hresult() noexcept = default;
  constexpr hresult(std::int32_t const value) noexcept : value(value) {}
  constexpr operator std::int32_t() const noexcept { return value; }
};

namespace impl {
inline constexpr hresult error_fail{static_cast<hresult>(0x80004005)};
inline constexpr hresult error_canceled{static_cast<hresult>(0x800704C7)};
using filetime_period = std::ratio_multiply<std::ratio<100>, std::nano>;
} // namespace impl

[[noreturn]] inline void terminate() noexcept { std::abort(); }

struct hresult_error {
  struct no_originate_t {};
  static constexpr no_originate_t no_originate{};

  hresult_error() noexcept = default;
  explicit hresult_error(hresult const code) noexcept : m_code(code) {}
  hresult_error(hresult const code, no_originate_t) noexcept : m_code(code) {}
  hresult code() const noexcept { return m_code; }

private:
  hresult m_code{impl::error_fail};
};

struct hresult_canceled : hresult_error {
  hresult_canceled() noexcept : hresult_error(impl::error_canceled) {}
  hresult_canceled(hresult_error::no_originate_t) noexcept
      : hresult_error(impl::error_canceled, hresult_error::no_originate) {}
};

struct fire_and_forget {};

namespace Windows::Foundation {
using TimeSpan = std::chrono::duration<std::int64_t, impl::filetime_period>;
} // namespace Windows::Foundation

namespace impl {
struct timespan_awaiter {
  Windows::Foundation::TimeSpan m_duration;
  bool await_ready() const noexcept { return m_duration.count() <= 0; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() const noexcept {}
};
} // namespace impl

[[nodiscard]] inline auto resume_background() noexcept {
  struct awaitable {
    bool await_ready() const noexcept { return false; }
    void await_resume() const noexcept {}
    void await_suspend(std::coroutine_handle<> handle) const { handle.resume(); }
  };
  return awaitable{};
}

[[nodiscard]] inline impl::timespan_awaiter
resume_after(Windows::Foundation::TimeSpan duration) noexcept {
  return impl::timespan_awaiter{duration};
}

inline impl::timespan_awaiter operator co_await(Windows::Foundation::TimeSpan duration) {
  return resume_after(duration);
}
} // namespace winrt

template <typename... Args> struct std::coroutine_traits<winrt::fire_and_forget, Args...> {
  struct promise_type {
    winrt::fire_and_forget get_return_object() const noexcept { return {}; }
    void return_void() const noexcept {}
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_never final_suspend() const noexcept { return {}; }
    void unhandled_exception() const noexcept { winrt::terminate(); }
  };
};
