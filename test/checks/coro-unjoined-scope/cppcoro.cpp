// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// cppcoro::async_scope: spawn(awaitable) adds, co_await scope.join() joins.
#include <cppcoro/async_scope.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>

cppcoro::task<void> work(int);
bool valid();

cppcoro::task<void> early() {
  cppcoro::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  for (int i = 0; i < 3; ++i)
    scope.spawn(work(i));
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.join()'
  co_await scope.join();
}

// Negative twin: the join runs on both paths.
cppcoro::task<void> joined() {
  cppcoro::async_scope scope;
  for (int i = 0; i < 3; ++i)
    scope.spawn(work(i));
  if (!valid()) {
    co_await scope.join();
    co_return;
  }
  co_await scope.join();
}

// Joined inside a combinator that is awaited.
cppcoro::task<void> joinedInWhenAll() {
  cppcoro::async_scope scope;
  scope.spawn(work(1));
  co_await cppcoro::when_all(scope.join(), work(2));
}

// Never joined: the fix appends the join.
cppcoro::task<int> neverJoined() {
  cppcoro::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(work(1));
  co_await work(2);
  co_return 1;
}
// CHECK-MESSAGES: :[[@LINE-2]]:3: note: this path leaves 'scope' without 'co_await scope.join()'

void blocking() {
  cppcoro::async_scope scope;
  scope.spawn(work(1));
  cppcoro::sync_wait(scope.join());
}

// A join made and not awaited joins nothing; the fix appends the await.
cppcoro::task<void> madeNotAwaited() {
  cppcoro::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(work(1));
  auto joining = scope.join();
  (void)joining;
  co_await work(3);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.join()'
// CHECK-FIXES: {{^}}  co_await work(3);{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.join();{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

// Silent: nothing spawned.
cppcoro::task<void> nothingSpawned() {
  cppcoro::async_scope scope;
  co_await work(4);
}
