// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// stdexec: the counting scopes (work added by stdexec::spawn or
// spawn_future given the scope's token, joined by join()) and the legacy
// exec::async_scope (spawn, spawn_future; joined by on_empty() or
// when_empty(sndr)).
#include <exec/async_scope.hpp>
#include <exec/at_coroutine_exit.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>

exec::task<void> work();
exec::task<void> legacyWork();
bool valid();
void keepToken(stdexec::counting_scope::token);

// A token given to spawn adds work; an early co_return skips the join.
exec::task<void> counting() {
  stdexec::counting_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor calls std::terminate; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  stdexec::spawn(stdexec::just(), scope.get_token());
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.join()'
  co_await scope.join();
}

// Negative twin: joined on both paths.
exec::task<void> countingJoined() {
  stdexec::counting_scope scope;
  stdexec::spawn(stdexec::just(), scope.get_token());
  if (!valid()) {
    scope.request_stop();
    co_await scope.join();
    co_return;
  }
  co_await scope.join();
}

// A token kept in a local; close() and request_stop() are no joins.
exec::task<void> tokenLocal() {
  stdexec::simple_counting_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor calls std::terminate; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  auto token = scope.get_token();
  stdexec::spawn(stdexec::just(), token);
  scope.close();
  co_await work();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.join()'
// CHECK-FIXES: {{^}}  co_await work();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.join();{{$}}

exec::task<void> stoppedOnly() {
  stdexec::counting_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor calls std::terminate; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  auto value = stdexec::spawn_future(stdexec::just(1), scope.get_token());
  scope.request_stop();
  co_await std::move(value);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.join()'
// CHECK-FIXES: {{^}}  co_await std::move(value);{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.join();{{$}}

// Silent: a token that is only made, or only handed on: no work is seen.
exec::task<void> tokenOnly() {
  stdexec::counting_scope scope;
  keepToken(scope.get_token());
  co_await work();
}

// Outside a coroutine: sync_wait on the join.
void blocking() {
  stdexec::counting_scope scope;
  stdexec::spawn(stdexec::just(), scope.get_token());
  stdexec::sync_wait(scope.join());
}

void blockingMissed() {
  stdexec::simple_counting_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor calls std::terminate; block on 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  stdexec::spawn(stdexec::just(), scope.get_token());
  if (valid())
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without a blocking wait on 'scope.join()'
  stdexec::sync_wait(scope.join());
}

// exec::async_scope: spawn, then on_empty() or when_empty(sndr).
exec::task<void> legacy() {
  exec::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that no work is running, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.on_empty()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(stdexec::just());
  co_await legacyWork();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.on_empty()'
// CHECK-FIXES: {{^}}  co_await legacyWork();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.on_empty();{{$}}

exec::task<void> legacyJoined() {
  exec::async_scope scope;
  scope.spawn(stdexec::just());
  if (!valid()) {
    scope.request_stop();
    co_await scope.when_empty(stdexec::just());
    co_return;
  }
  co_await scope.on_empty();
}

void legacyBlocking() {
  exec::async_scope scope;
  scope.spawn(stdexec::just());
  stdexec::sync_wait(scope.on_empty());
}

// A join created and never awaited joins nothing.
exec::task<void> legacyDropped() {
  exec::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that no work is running, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.on_empty()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(stdexec::just());
  auto empty = scope.on_empty();
  (void)empty;
  co_await work();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.on_empty()'
// CHECK-FIXES: {{^}}  (void)empty;{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await work();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.on_empty();{{$}}

// Silent: the join is registered with at_coroutine_exit.
exec::task<void> joinAtExit() {
  stdexec::counting_scope scope;
  co_await exec::at_coroutine_exit(
      [](stdexec::counting_scope *s) -> exec::task<void> { co_await s->join(); },
      &scope);
  stdexec::spawn(stdexec::just(), scope.get_token());
  co_await work();
}
