// coro-tidy test stand-in for C++/WinRT <winrt/base.h>.
// winrt::fire_and_forget is an empty struct with NO nested promise_type; its
// promise comes from a std::coroutine_traits<winrt::fire_and_forget, Args...>
// specialization and never suspends at either end.
#pragma once
#include <coroutine>
#include <exception>

namespace winrt {
struct fire_and_forget {};

// A small awaitable so tests can suspend inside a fire_and_forget.
struct resume_background {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) const { h.resume(); }
  void await_resume() const noexcept {}
};
} // namespace winrt

template <typename... Args>
struct std::coroutine_traits<winrt::fire_and_forget, Args...> {
  struct promise_type {
    winrt::fire_and_forget get_return_object() const noexcept { return {}; }
    void return_void() const noexcept {}
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_never final_suspend() const noexcept { return {}; }
    void unhandled_exception() const noexcept { std::terminate(); }
  };
};
