// concurrencpp: result is an eager task (even with an executor_tag first
// parameter), lazy_result is lazy, null_result is a detached coroutine.
// Nothing is [[nodiscard]].
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <concurrencpp/concurrencpp.h>

using namespace concurrencpp;

result<int> eager(int x) { co_return x; }
result<int> posted(executor_tag, std::shared_ptr<executor> ex, int x) { co_return x; }
lazy_result<int> lazy(int x) { co_return x; }
null_result fire() { co_return; }

result<void> user(std::shared_ptr<executor> ex) {
  eager(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'eager' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  posted({}, ex, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'posted' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  lazy(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'lazy' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await lazy(3);{{$}}
  auto idle = lazy(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'idle' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  fire();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fire' starts a detached coroutine: its errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // Negative twins: awaited, kept, run, cast to void.
  co_await eager(5);
  co_await lazy(6);
  auto kept = lazy(7);
  co_await kept;
  auto running = lazy(8).run();
  co_await running;
  (void)eager(9);
}

template <typename T> lazy_result<T> relay(T t) {
  lazy(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'lazy' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  co_return t;
}
template lazy_result<int> relay(int);
