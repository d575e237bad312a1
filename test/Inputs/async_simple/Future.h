// coro-tidy test stand-in for <async_simple/Future.h>: async_simple::Future<T>
// (from async_simple::Promise<T>::getFuture()) is not [[nodiscard]];
// `std::move(f).get()` and `f.wait()` BLOCK the calling thread; inside a Lazy
// `co_await std::move(f)` (<async_simple/coro/FutureAwaiter.h>) waits
// without blocking. thenTry / thenValue attach continuations.
#pragma once
#include <coroutine>
#include <exception>
#include <utility>

#include <async_simple/Try.h>

namespace async_simple {
template <typename T> class Future {
public:
  Future() = default;
  Future(Future &&) noexcept = default;
  Future(const Future &) = delete;
  T get() && {
    wait();
    return std::move(_try).value();
  }
  void wait() {}
  bool hasResult() const { return _try.available(); }
  template <typename F> auto thenTry(F &&f) && {
    (void)f;
    return Future<T>();
  }

  // Awaitable inside a Lazy (upstream: coro/FutureAwaiter.h).
  bool await_ready() const noexcept { return hasResult(); }
  template <typename P> void await_suspend(std::coroutine_handle<P>) noexcept {}
  T await_resume() { return std::move(_try).value(); }

private:
  Try<T> _try;
};

template <typename T> class Promise {
public:
  Future<T> getFuture() { return Future<T>(); }
  void setValue(T value) { (void)value; }
  void setException(std::exception_ptr e) { (void)e; }
};
} // namespace async_simple
