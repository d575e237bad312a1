// coro-tidy test stand-in for <async_simple/coro/DetachedCoroutine.h>:
// async_simple::coro::detail::DetachedCoroutine is the fire-and-forget
// coroutine type behind Lazy::start and RescheduleLazy::detach: suspend_never
// at both ends, the return object owns nothing; its unhandled_exception
// prints "find exception ..." to stderr and RETHROWS (the exception escapes
// into whatever resumed the coroutine, typically the executor's thread).
// async_simple::coro::ReadyAwaiter<T> is an always-ready awaiter.
#pragma once
#include <coroutine>
#include <cstdio>
#include <exception>
#include <utility>

namespace async_simple::coro {
namespace detail {
struct DetachedCoroutine {
  struct promise_type {
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() { std::rethrow_exception(std::current_exception()); }
    DetachedCoroutine get_return_object() noexcept { return DetachedCoroutine(); }

    std::coroutine_handle<> _continuation = nullptr;
    void *_lazy_local = nullptr;
  };
};
} // namespace detail

template <typename T> struct ReadyAwaiter {
  ReadyAwaiter(T value) : _value(std::move(value)) {}
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  T await_resume() noexcept { return std::move(_value); }
  T _value;
};
template <> struct ReadyAwaiter<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() noexcept {}
};
} // namespace async_simple::coro
