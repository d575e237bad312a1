// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- \
// RUN:   -config="{CheckOptions: {coro.AsyncScopeTypes: 'acme::TaskScope=joinAll;acme::Nursery=wait,drain'}}" -- %coro_std
// coro.AsyncScopeTypes: the user's scope types and their joins. Work is
// added by the usual member names (add, spawn, spawn_on, spawn_detached,
// detached_spawn, schedule, post, launch). Their destructors are not known,
// and the fix is offered only where the coroutine awaits the join already.
#include <inhouse/inhouse.h>

namespace acme {
struct TaskScope {
  ~TaskScope();
  void spawn(Job<void>);
  Job<void> joinAll();
  void cancel();
};
struct Nursery {
  ~Nursery();
  void post(Job<void>);
  Job<void> wait();
  Job<void> drain();
};
struct NotAScope {
  void spawn(Job<void>);
  Job<void> joinAll();
};
} // namespace acme

acme::Job<void> work();
bool valid();

acme::Job<void> early() {
  acme::TaskScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'scope' is destroyed without being joined on a path after work is added to it; co_await 'scope.joinAll()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(work());
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.joinAll()'
  co_await scope.joinAll();
}

// Negative twin: cancel() is no join, but the join follows it.
acme::Job<void> joined() {
  acme::TaskScope scope;
  scope.spawn(work());
  if (!valid()) {
    scope.cancel();
    co_await scope.joinAll();
    co_return;
  }
  co_await scope.joinAll();
}

// The second scope type, with two joins: either one joins.
acme::Job<void> nursery() {
  acme::Nursery nursery;
  nursery.post(work());
  if (!valid()) {
    co_await nursery.drain();
    co_return;
  }
  co_await nursery.wait();
}

// The coroutine awaits the join on another path: the fix appends it.
acme::Job<void> fixable() {
  acme::Nursery nursery;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nursery' is destroyed without being joined on a path after work is added to it; co_await 'nursery.drain()' before every way out of its scope [coro-unjoined-scope]
  nursery.post(work());
  if (!valid()) {
    co_await nursery.drain();
    co_return;
  }
  co_await work(); // fixable
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'nursery' without 'co_await nursery.drain()'
// CHECK-FIXES: {{^}}  co_await work(); // fixable{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await nursery.drain();{{$}}

// Never awaited in this coroutine: the join is not known to be awaitable
// here, so no fix.
acme::Job<void> neverJoined() {
  acme::TaskScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'scope' is destroyed without being joined on a path after work is added to it; co_await 'scope.joinAll()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(work());
  co_await work(); // neverJoined
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAll()'
// CHECK-FIXES: {{^}}  co_await work(); // neverJoined{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

// Silent: a type that is not named in the option.
acme::Job<void> notAScope() {
  acme::NotAScope other;
  other.spawn(work());
  co_await work();
}
