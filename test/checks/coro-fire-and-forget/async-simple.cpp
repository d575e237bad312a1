// async_simple: Lazy and RescheduleLazy are lazy tasks; via(ex).detach()
// detaches; start(callback) and directlyStart report to the callback.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <async_simple/coro/Collect.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <async_simple/executors/SimpleExecutor.h>

using async_simple::coro::Lazy;

Lazy<int> compute(int x);
Lazy<void> flush() { co_return; }

#define FLUSH() flush()

Lazy<void> user(async_simple::Executor *ex) {
  compute(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await compute(1);{{$}}
  auto idle = compute(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'idle' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  compute(3).via(ex).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'detach' detaches the task: an exception that escapes it ends the process, and nothing can cancel or join it [coro-fire-and-forget]
  FLUSH();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  FLUSH();{{$}}
  // Negative twins: awaited, started with a callback, collected, kept.
  co_await compute(4);
  compute(5).start([](auto &&) {});
  compute(6).via(ex).start([](auto &&) {});
  compute(7).directlyStart([](auto &&) {}, ex);
  co_await async_simple::coro::collectAll(compute(8), compute(9));
  auto kept = compute(10);
  co_await std::move(kept);
}

void sync(async_simple::Executor *ex) {
  compute(11);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  (void)compute(12);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task returned by 'compute' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  int v = async_simple::coro::syncAwait(compute(13));
  (void)v;
}

template <typename T> Lazy<T> twice(T t) {
  compute(14);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  co_return t + t;
}
template Lazy<int> twice(int);

struct Service {
  Lazy<void> run() {
    auto job = [this]() -> Lazy<void> { co_await flush(); };
    job();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'job' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
    // CHECK-FIXES: {{^}}    co_await job();{{$}}
    co_await job();
  }
};
