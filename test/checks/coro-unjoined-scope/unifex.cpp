// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// libunifex: the v1 scope (unifex::async_scope, joined by complete() or
// cleanup()) and the v2 scope (unifex::v2::async_scope, joined by join());
// work goes in through the v1 members or spawn_detached / spawn_future.
#include <unifex/async_scope.hpp>
#include <unifex/at_coroutine_exit.hpp>
#include <unifex/inline_scheduler.hpp>
#include <unifex/just.hpp>
#include <unifex/spawn_detached.hpp>
#include <unifex/spawn_future.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unifex/v2/async_scope.hpp>

unifex::task<void> work();
bool valid();
void keep(unifex::v2::async_scope &);

// v1: detached_spawn_on, then an early co_return.
unifex::task<void> v1Early(unifex::inline_scheduler s) {
  unifex::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.complete()' before every way out of its scope [coro-unjoined-scope]
  scope.detached_spawn_on(s, work());
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.complete()'
  co_await scope.complete();
}

// Negative twin: joined with cleanup() on the early path.
unifex::task<void> v1Joined(unifex::inline_scheduler s) {
  unifex::async_scope scope;
  scope.detached_spawn_on(s, work());
  if (!valid()) {
    co_await scope.cleanup();
    co_return;
  }
  co_await scope.complete();
}

// v1: spawn_detached(sender, scope) adds too; never joined: the fix.
unifex::task<void> v1Free() {
  unifex::v1::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.complete()' before every way out of its scope [coro-unjoined-scope]
  unifex::spawn_detached(unifex::just(), scope);
  co_await work();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.complete()'
// CHECK-FIXES: {{^}}  co_await work();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.complete();{{$}}

// request_stop() is no join.
unifex::task<void> v1Stopped(unifex::inline_scheduler s) {
  unifex::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.complete()' before every way out of its scope [coro-unjoined-scope]
  auto future = scope.spawn_on(s, work());
  scope.request_stop();
  co_await std::move(future);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.complete()'
// CHECK-FIXES: {{^}}  co_await std::move(future);{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.complete();{{$}}

// v2: spawn_detached, piped or called, and join().
unifex::task<void> v2Piped() {
  unifex::v2::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  unifex::just() | unifex::spawn_detached(scope);
  if (valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.join()'
  co_await scope.join();
}

unifex::task<void> v2Joined() {
  unifex::v2::async_scope scope;
  unifex::spawn_detached(unifex::just(), scope);
  auto value = unifex::spawn_future(unifex::just(1), scope);
  co_await std::move(value);
  co_await scope.join();
}

// A v2 scope that is only given to nest(): nothing runs in it unless the
// nested sender is started, so no work is added.
unifex::task<void> v2Nested() {
  unifex::v2::async_scope scope;
  co_await scope.nest(unifex::just());
  co_await scope.join();
}

// Outside a coroutine: sync_wait on the join.
void blocking() {
  unifex::v2::async_scope scope;
  unifex::spawn_detached(unifex::just(), scope);
  unifex::sync_wait(scope.join());
}

void blockingMissed() {
  unifex::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; block on 'scope.complete()' before every way out of its scope [coro-unjoined-scope]
  scope.detached_spawn(unifex::just());
  if (!valid())
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without a blocking wait on 'scope.complete()'
  unifex::sync_wait(scope.cleanup());
}

// Silent: passed on; no work; the join registered with at_coroutine_exit.
unifex::task<void> passed() {
  unifex::v2::async_scope scope;
  unifex::spawn_detached(unifex::just(), scope);
  keep(scope);
  co_await work();
}

unifex::task<void> noWork() {
  unifex::v2::async_scope scope;
  (void)scope.use_count();
  co_await work();
}

unifex::task<void> joinAtExit() {
  unifex::v2::async_scope scope;
  co_await unifex::at_coroutine_exit(
      [](unifex::v2::async_scope *s) -> unifex::task<void> {
        co_await s->join();
      },
      &scope);
  unifex::spawn_detached(unifex::just(), scope);
  co_await work();
}

// A scope of another framework's coroutine: the join is not known to be
// awaitable there, so no fix.
struct Plain {
  struct promise_type {
    Plain get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Plain otherFramework() {
  unifex::v2::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  unifex::spawn_detached(unifex::just(), scope);
  co_return;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: this path leaves 'scope' without 'co_await scope.join()'
