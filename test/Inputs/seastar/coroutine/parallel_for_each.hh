// coro-tidy test stand-in for <seastar/coroutine/parallel_for_each.hh>:
// `co_await seastar::coroutine::parallel_for_each(range, func)` (or
// (begin, end, func)) runs func(element) (future-returning) for every element
// concurrently and waits for all; the first exception is rethrown. It is a
// [[nodiscard("must co_await an parallel_for_each() object")]] final class
// (with a deduction guide) that is itself an awaiter.
#pragma once
#include <coroutine>
#include <exception>
#include <iterator>
#include <ranges>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar::coroutine {
template <typename Func>
class [[nodiscard("must co_await an parallel_for_each() object")]] parallel_for_each final {
  Func _func;
  std::exception_ptr _ex;

public:
  template <typename Iterator, typename Sentinel, typename Func1>
  explicit parallel_for_each(Iterator begin, Sentinel end, Func1 &&func) noexcept
      : _func(std::forward<Func1>(func)) {
    (void)begin;
    (void)end;
  }
  template <std::ranges::range Range, typename Func1>
  explicit parallel_for_each(Range &&range, Func1 &&func) noexcept
      : parallel_for_each(std::ranges::begin(range), std::ranges::end(range),
                          std::forward<Func1>(func)) {}

  bool await_ready() const noexcept { return true; }
  template <typename T> void await_suspend(std::coroutine_handle<T>) noexcept {}
  void await_resume() const {
    if (_ex)
      std::rethrow_exception(_ex);
  }
};

template <std::ranges::range Range, typename Func>
explicit parallel_for_each(Range &&, Func &&) -> parallel_for_each<Func>;
template <typename Iterator, typename Sentinel, typename Func>
explicit parallel_for_each(Iterator, Sentinel, Func &&) -> parallel_for_each<Func>;
} // namespace seastar::coroutine
