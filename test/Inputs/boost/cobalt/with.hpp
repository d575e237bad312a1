// coro-tidy test stand-in for <boost/cobalt/with.hpp>: async RAII.
// `co_await boost::cobalt::with(resource, body, teardown)` runs body(resource)
// and then always awaits teardown(resource, std::exception_ptr) (also after
// an exception, which it rethrows afterwards); with(arg, body) uses
// arg.await_exit(ep). `with` is itself a COROUTINE returning the
// [[nodiscard]] LAZY awaitable detail::with_impl<T> (its promise_type has
// initial_suspend suspend_always and enable_awaitables/enable_await_allocator
// bases; with_impl is its own awaiter).
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
namespace detail {
template <typename T> struct [[nodiscard]] with_impl {
  struct promise_type;

  bool await_ready() { return false; }
  template <typename Promise>
  auto await_suspend(std::coroutine_handle<Promise> h) -> std::coroutine_handle<promise_type>;
  T await_resume();

  with_impl(promise_type &promise) : promise(promise) {}
  promise_type &promise;
};

template <typename T> struct with_promise_value {
  std::optional<T> result;
  template <typename U = T> void return_value(U &&v) { result.emplace(static_cast<U &&>(v)); }
  T get_result() { return std::move(*result); }
};
template <> struct with_promise_value<void> {
  void return_void() {}
  void get_result() {}
};

template <typename T>
struct with_impl<T>::promise_type : with_promise_value<T>,
                                     enable_awaitables<promise_type>,
                                     enable_await_allocator<promise_type> {
  using enable_awaitables<promise_type>::await_transform;
  using enable_await_allocator<promise_type>::await_transform;

  with_impl get_return_object() { return with_impl{*this}; }
  std::suspend_always initial_suspend() noexcept { return {}; }
  struct final_awaitable {
    promise_type *promise;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<void> await_suspend(std::coroutine_handle<promise_type>) noexcept {
      return promise->awaited_from ? promise->awaited_from : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };
  auto final_suspend() noexcept { return final_awaitable{this}; }
  void unhandled_exception() { e = std::current_exception(); }

  std::coroutine_handle<> awaited_from;
  std::exception_ptr e;
};

template <typename T>
template <typename Promise>
auto with_impl<T>::await_suspend(std::coroutine_handle<Promise> h)
    -> std::coroutine_handle<promise_type> {
  promise.awaited_from = h;
  return std::coroutine_handle<promise_type>::from_promise(promise);
}
template <typename T> T with_impl<T>::await_resume() {
  if (promise.e)
    std::rethrow_exception(promise.e);
  return promise.get_result();
}
} // namespace detail

template <typename Arg, typename Func, typename Teardown>
auto with(Arg arg, Func func, Teardown teardown) -> detail::with_impl<void> {
  std::exception_ptr e;
  try {
    co_await std::move(func)(arg);
  } catch (...) {
    e = std::current_exception();
  }
  co_await std::move(teardown)(std::move(arg), e);
  if (e)
    std::rethrow_exception(e);
}

template <typename Arg, typename Func>
  requires requires(Arg arg, std::exception_ptr ep) { arg.await_exit(ep); }
auto with(Arg &&arg, Func &&func) {
  return with(std::forward<Arg>(arg), std::forward<Func>(func),
              [](auto &&a, std::exception_ptr ep) { return a.await_exit(ep); });
}
} // namespace boost::cobalt
