// Drogon: Task is lazy, AsyncTask is a detached coroutine, async_run
// detaches, a discarded co_future drops the task's failures.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <drogon/utils/coroutine.h>

using namespace drogon;

Task<int> fetch(int x) { co_return x; }
AsyncTask background() { co_return; }

Task<void> handler() {
  fetch(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await fetch(1);{{$}}
  auto idle = fetch(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'idle' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  background();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'background' starts a detached coroutine: an exception that escapes it ends the process, and nothing can cancel or join it [coro-fire-and-forget]
  async_run([]() -> Task<void> { co_return; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'async_run' detaches the task: an exception that escapes it ends the process, and nothing can cancel or join it [coro-fire-and-forget]
  co_future(fetch(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_future()' result discarded: failures of this task are silently dropped [coro-fire-and-forget]
  // Negative twins: awaited, kept future, joined.
  co_await fetch(4);
  auto future = co_future(fetch(5));
  future.get();
  co_await when_all(fetch(6), fetch(7));
  auto kept = fetch(8);
  co_await kept;
}

void plain() {
  int v = sync_wait(fetch(9));
  (void)v;
  fetch(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
}

struct Controller {
  Task<void> serve() {
    fetch(11);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
    // CHECK-FIXES: {{^}}    co_await fetch(11);{{$}}
    co_return;
  }
};
