// coro-tidy test stand-in for <boost/cobalt/with.hpp>: async RAII.
// `co_await boost::cobalt::with(resource, body, teardown)` runs body(resource)
// and then always awaits teardown(resource, exception_ptr).
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

namespace boost::cobalt {
namespace detail {
template <typename T, typename Func, typename Teardown> struct with_impl {
  T value;
  Func func;
  Teardown teardown;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};
} // namespace detail

template <typename T, typename Func, typename Teardown>
detail::with_impl<T, Func, Teardown> with(T &&value, Func func, Teardown teardown) {
  return {static_cast<T &&>(value), std::move(func), std::move(teardown)};
}
} // namespace boost::cobalt
