// coro-tidy test stand-in for <seastar/core/coroutine.hh>.
// seastar::future<T> has NO nested promise_type: the promise comes from
//   template <typename T, typename... Args>
//   class std::coroutine_traits<seastar::future<T>, Args...>
//       : public seastar::internal::coroutine_traits_base<T> {};
// whose inherited nested class coroutine_traits_base<T>::promise_type (final,
// derived from seastar::task) has suspend_never at BOTH ends: the coroutine
// is EAGER and its frame frees itself; the returned future is connected to
// the promise's seastar::promise<T> (it carries the result, it does not own
// the frame). unhandled_exception puts the exception into the future;
// return_value(coroutine::exception) completes with an exception without
// throwing.
// Awaiting: `seastar::operator co_await(future<T>&&)` (rvalue only) gives
// internal::awaiter<true, T>; coroutine::without_preemption_check(f) skips
// the preemption check; coroutine::lambda(f) makes a lambda coroutine safe in
// continuations.
#pragma once
#include <coroutine>
#include <exception>
#include <functional>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>
#include <seastar/core/task.hh>
#include <seastar/coroutine/exception.hh>

namespace seastar {
namespace internal {
class coroutine_allocators {};

template <typename T = void> class coroutine_traits_base {
public:
  class promise_type final : public seastar::task, public coroutine_allocators {
    seastar::promise<T> _promise;

  public:
    promise_type() = default;
    promise_type(promise_type &&) = delete;
    promise_type(const promise_type &) = delete;

    void return_value(T &&value) noexcept { _promise.set_value(std::forward<T>(value)); }
    template <typename U>
      requires std::is_convertible_v<U &&, T>
    void return_value(U &&value) noexcept {
      _promise.set_value(std::forward<U>(value));
    }
    void return_value(coroutine::exception ce) noexcept { _promise.set_exception(std::move(ce.eptr)); }
    void set_exception(std::exception_ptr &&eptr) noexcept { _promise.set_exception(std::move(eptr)); }
    void unhandled_exception() noexcept { _promise.set_exception(std::current_exception()); }

    seastar::future<T> get_return_object() noexcept { return _promise.get_future(); }

    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }

    void run_and_dispose() noexcept override {}
    task *waiting_task() noexcept override { return nullptr; }
  };
};

template <> class coroutine_traits_base<> {
public:
  class promise_type final : public seastar::task, public coroutine_allocators {
    seastar::promise<> _promise;

  public:
    promise_type() = default;
    promise_type(promise_type &&) = delete;
    promise_type(const promise_type &) = delete;

    void return_void() noexcept { _promise.set_value(); }
    void set_exception(std::exception_ptr &&eptr) noexcept { _promise.set_exception(std::move(eptr)); }
    void unhandled_exception() noexcept { _promise.set_exception(std::current_exception()); }

    seastar::future<> get_return_object() noexcept { return _promise.get_future(); }

    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }

    void run_and_dispose() noexcept override {}
    task *waiting_task() noexcept override { return nullptr; }
  };
};

template <bool CheckPreempt, typename T> struct awaiter {
  seastar::future<T> _future;

public:
  explicit awaiter(seastar::future<T> &&f) noexcept : _future(std::move(f)) {}
  awaiter(const awaiter &) = delete;
  awaiter(awaiter &&) = delete;
  bool await_ready() const noexcept { return _future.available() && !CheckPreempt; }
  template <typename U> void await_suspend(std::coroutine_handle<U>) noexcept {}
  decltype(auto) await_resume() {
    if constexpr (std::is_void_v<T>)
      _future.get();
    else
      return std::move(_future.get());
  }
};

template <typename T> struct [[nodiscard]] without_preemption_check : public seastar::future<T> {
  explicit without_preemption_check(seastar::future<T> &&f) noexcept
      : seastar::future<T>(std::move(f)) {}
};
} // namespace internal

template <typename T> auto operator co_await(future<T> &&f) noexcept {
  return internal::awaiter<true, T>(std::move(f));
}

namespace coroutine {
template <typename T>
inline auto without_preemption_check(seastar::future<T> &&f) noexcept {
  return internal::without_preemption_check<T>(std::move(f));
}

template <typename Func> class lambda {
  Func *_func;

public:
  explicit lambda(Func &&func) : _func(&func) {}
  template <typename... Args> decltype(auto) operator()(Args &&...args) const {
    return std::invoke(*_func, std::forward<Args>(args)...);
  }
};
} // namespace coroutine

template <typename T> auto operator co_await(internal::without_preemption_check<T> f) noexcept {
  return internal::awaiter<false, T>(std::move(f));
}
} // namespace seastar

namespace std {
template <typename T, typename... Args>
class coroutine_traits<seastar::future<T>, Args...>
    : public seastar::internal::coroutine_traits_base<T> {};
} // namespace std
