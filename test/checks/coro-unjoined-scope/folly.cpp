// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// folly::coro::AsyncScope and CancellableAsyncScope: work added, then a
// normal path out of the scope that does not await (or block on) a join.
#include <folly/ScopeGuard.h>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Invoke.h>
#include <folly/coro/ScopeExit.h>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
#include <utility>
#include <vector>

using folly::coro::AsyncScope;
using folly::coro::CancellableAsyncScope;
using folly::coro::Task;
using Ex = folly::Executor::KeepAlive<>;

Task<void> query(int);
Task<void> other();
bool valid();
void keep(AsyncScope &);
void keepPointer(AsyncScope *);
void adopt(AsyncScope &&);
struct Holder {
  AsyncScope *scope = nullptr;
};

// The example: an early co_return on a validation error.
Task<void> fanOut(Ex ex, std::vector<int> shards) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  for (int s : shards)
    scope.add(co_withExecutor(ex, query(s)));
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
  co_await scope.joinAsync();
}

// Negative twin: the early exit joins first.
Task<void> fanOutJoined(Ex ex, std::vector<int> shards) {
  AsyncScope scope;
  for (int s : shards)
    scope.add(co_withExecutor(ex, query(s)));
  if (!valid()) {
    co_await scope.joinAsync();
    co_return;
  }
  co_await scope.joinAsync();
}

// Negative twin: the validation comes before any work is added.
Task<void> validatedFirst(Ex ex) {
  AsyncScope scope;
  if (!valid())
    co_return;
  scope.add(co_withExecutor(ex, query(1)));
  co_await scope.joinAsync();
}

// Never joined: the only way out falls off the end; the fix appends the join.
Task<void> neverJoined(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.joinAsync();{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

// cleanup() is a join too; wrapped in another awaitable it still runs.
Task<void> cleanedUp(Ex ex, folly::CancellationToken token) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  if (valid()) {
    co_await folly::coro::co_withCancellation(token, scope.joinAsync());
    co_return;
  }
  co_await scope.cleanup();
}

// A join kept in a local and awaited later joins.
Task<void> joinKept(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  auto join = scope.joinAsync();
  co_await std::move(join);
}

// A join that is created and dropped joins nothing.
Task<void> joinDropped(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  (void)scope.joinAsync();
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  (void)scope.joinAsync();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.joinAsync();{{$}}

// A join on one branch only, and the other branch falls off the end: no
// fix (appending the join would join the first branch twice).
Task<void> joinedOnOneBranch(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  if (valid())
    co_await scope.joinAsync();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'

// The other branch returns after its join: appending the join is safe.
Task<void> joinedBranchReturns(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.cleanup()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  if (valid()) {
    co_await scope.cleanup();
    co_return;
  }
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.cleanup()'
// CHECK-FIXES: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.cleanup();{{$}}

// Two ways out miss the join: the note names the first; no fix.
Task<void> twoMisses(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
  co_await other();
}

// break, continue and goto leave a scope declared in a loop body.
Task<void> loopExits(Ex ex, int n) {
  for (int i = 0; i < n; ++i) {
    AsyncScope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
    scope.add(co_withExecutor(ex, query(i)));
    if (i == 3)
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
    co_await scope.joinAsync();
  }
  while (valid()) {
    AsyncScope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
    scope.add(co_withExecutor(ex, query(0)));
    if (n > 2)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
    co_await scope.joinAsync();
  }
  {
    AsyncScope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
    scope.add(co_withExecutor(ex, query(0)));
    if (n > 5)
      goto done;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
    co_await scope.joinAsync();
  }
done:
  co_return;
}

// Negative twin: the exits of the loop around the scope come after its join.
Task<void> loopJoined(Ex ex, int n) {
  for (int i = 0; i < n; ++i) {
    AsyncScope scope;
    scope.add(co_withExecutor(ex, query(i)));
    co_await scope.joinAsync();
    if (i == 3)
      break;
  }
}

// Exception paths are not counted: a throw before the join, an exception
// from the join itself.
Task<void> throwsBeforeJoin(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  if (!valid())
    throw 1;
  try {
    co_await other();
  } catch (...) {
  }
  co_await scope.joinAsync();
}

// Outside a coroutine the join is blocked on.
void blocking(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  folly::coro::blockingWait(scope.joinAsync());
}

void blockingOnCleanup(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  scope.cleanup().get();
}

void blockingMissed(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); block on 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  if (!valid())
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without a blocking wait on 'scope.joinAsync()'
  folly::coro::blockingWait(scope.joinAsync());
}

// CancellableAsyncScope: cancelAndJoinAsync() joins; requestCancellation()
// does not.
Task<void> cancellable(Ex ex) {
  CancellableAsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  co_await scope.co_schedule(query(2));
  co_await scope.cancelAndJoinAsync();
}

Task<void> cancelledOnly(Ex ex) {
  CancellableAsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  co_await scope.co_schedule(query(2));
  scope.requestCancellation();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  scope.requestCancellation();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.joinAsync();{{$}}

// The code's own join spelling is kept in the fix.
Task<void> cancelJoinSpelling(Ex ex) {
  CancellableAsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.cancelAndJoinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.addWithSourceLoc(co_withExecutor(ex, query(1)));
  if (!valid()) {
    co_await scope.cancelAndJoinAsync();
    co_return;
  }
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.cancelAndJoinAsync()'
// CHECK-FIXES: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.cancelAndJoinAsync();{{$}}

// Silent: no work is added.
Task<void> noWork() {
  AsyncScope scope;
  (void)scope.remaining();
  co_await other();
}

// Silent: passed by reference or pointer, stored, moved: its lifetime is
// someone else's.
Task<void> passed(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  keep(scope);
  co_await other();
}
Task<void> passedPointer(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  keepPointer(&scope);
  co_await other();
}
Task<void> stored(Ex ex, Holder &h) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  h.scope = &scope;
  co_await other();
}
Task<void> moved(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  adopt(std::move(scope));
  co_await other();
}
Task<void> aliased(Ex ex) {
  AsyncScope scope;
  AsyncScope &alias = scope;
  alias.add(co_withExecutor(ex, query(1)));
  co_await other();
}

// Silent: members and references are not the function's own scopes.
struct Server {
  AsyncScope scope_;
  Task<void> serve(Ex ex) {
    scope_.add(co_withExecutor(ex, query(1)));
    co_await other();
  }
};
Task<void> byReference(Ex ex, AsyncScope &scope) {
  scope.add(co_withExecutor(ex, query(1)));
  co_await other();
}

// Silent: the join is registered to run when the coroutine ends.
Task<void> joinAtExit(Ex ex) {
  AsyncScope scope;
  co_await folly::coro::co_scope_exit(
      [](AsyncScope *s) -> Task<void> { co_await s->joinAsync(); }, &scope);
  scope.add(co_withExecutor(ex, query(1)));
  if (!valid())
    co_return;
  co_await other();
}

// Silent: a guard that blocks on the join.
void guarded(Ex ex) {
  AsyncScope scope;
  SCOPE_EXIT { folly::coro::blockingWait(scope.joinAsync()); };
  scope.add(co_withExecutor(ex, query(1)));
  if (!valid())
    return;
}
void madeGuard(Ex ex) {
  AsyncScope scope;
  auto guard = folly::makeGuard([&] { folly::coro::blockingWait(scope.cleanup()); });
  scope.add(co_withExecutor(ex, query(1)));
}

// Silent: a coroutine lambda that awaits the join, run by co_invoke.
Task<void> joinedInInvoke(Ex ex) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, query(1)));
  co_await folly::coro::co_invoke(
      [&]() -> Task<void> { co_await scope.joinAsync(); });
}

// A guard that drops the join's task joins nothing.
void droppingGuard(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); block on 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  SCOPE_EXIT { (void)scope.joinAsync(); };
  scope.add(co_withExecutor(ex, query(1)));
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without a blocking wait on 'scope.joinAsync()'

// Work added inside a lambda: when it runs is not ours to see.
Task<void> addedInLambda(Ex ex) {
  AsyncScope scope;
  auto spawn = [&] { scope.add(co_withExecutor(ex, query(1))); };
  spawn();
  co_await other();
}
