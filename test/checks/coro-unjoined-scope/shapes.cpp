// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// Every rule in templates (dependent and instantiated), lambdas, macros and
// member functions.
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <utility>

using folly::coro::AsyncScope;
using folly::coro::CancellableAsyncScope;
using folly::coro::Task;
using Ex = folly::Executor::KeepAlive<>;

Task<void> query(int);
Task<void> other();
bool valid();

// A template: its paths are known in its instantiations only (clang builds
// no CFG for a template). Reported once, and not fixed from an
// instantiation.
template <typename T> Task<void> known(Ex ex, T t) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, std::move(t)));
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  scope.add(co_withExecutor(ex, std::move(t)));{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}
template Task<void> known(Ex, Task<void>);
template Task<void> known(Ex, Task<void> &&);

// Negative twin: joined in the template.
template <typename T> Task<void> knownJoined(Ex ex, T t) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, std::move(t)));
  if (!valid()) {
    co_await scope.joinAsync();
    co_return;
  }
  co_await scope.joinAsync();
}
template Task<void> knownJoined(Ex, Task<void>);

// A scope of dependent type: reported once for both instantiations, not
// fixed.
template <typename Scope> Task<void> dependent(Ex ex) {
  Scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}template <typename Scope> Task<void> dependent(Ex ex) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  Scope scope;{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  scope.add(co_withExecutor(ex, query(1)));{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}
template Task<void> dependent<AsyncScope>(Ex);
template Task<void> dependent<CancellableAsyncScope>(Ex);

// Negative twin: a dependent scope joined on every path.
template <typename Scope> Task<void> dependentJoined(Ex ex) {
  Scope scope;
  scope.add(co_withExecutor(ex, query(1)));
  co_await scope.joinAsync();
}
template Task<void> dependentJoined<AsyncScope>(Ex);

// A coroutine lambda with an early co_return.
auto lambda = [](Ex ex) -> Task<void> {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(1)));
  if (!valid())
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
  co_await scope.joinAsync();
};

// Work that is itself a coroutine lambda, added outside it.
Task<void> addsLambda(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, [&]() -> Task<void> { co_await other(); }()));
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  scope.add(co_withExecutor(ex, [&]() -> Task<void> { co_await other(); }()));{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.joinAsync();{{$}}

// A lambda that is no coroutine, inside a coroutine: it must block on the
// join; no fix (it cannot co_await).
Task<void> plainLambdaInside(Ex ex) {
  auto run = [&] {
    AsyncScope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); block on 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
    scope.add(co_withExecutor(ex, query(1)));
    if (!valid())
      return;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this path leaves 'scope' without a blocking wait on 'scope.joinAsync()'
    folly::coro::blockingWait(scope.joinAsync());
  };
  run();
  co_await other();
}

// Negative twin: the lambda blocks on the join on its only path.
Task<void> plainLambdaJoined(Ex ex) {
  auto run = [&] {
    AsyncScope scope;
    scope.add(co_withExecutor(ex, query(1)));
    folly::coro::blockingWait(scope.joinAsync());
  };
  run();
  co_await other();
}

// Macros: the add through a macro still counts; the fix is written outside
// of it.
#define ADD_QUERY(s, n) (s).add(co_withExecutor(ex, query(n)))
Task<void> macroAdd(Ex ex) {
  AsyncScope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  ADD_QUERY(scope, 1);
  co_await other();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  ADD_QUERY(scope, 1);{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await other();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.joinAsync();{{$}}

// A scope and its block written by a macro: reported, never fixed.
#define SCOPED_QUERY(n)                                                        \
  {                                                                            \
    AsyncScope macroScope;                                                     \
    macroScope.add(co_withExecutor(ex, query(n)));                             \
    co_await other();                                                          \
  }
Task<void> macroBlock(Ex ex) {
  SCOPED_QUERY(2)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'macroScope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'macroScope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: this path leaves 'macroScope' without 'co_await macroScope.joinAsync()'
}

// A scope declared by a macro in a plain block: reported, not fixed.
#define DECLARE_SCOPE(name) AsyncScope name
Task<void> macroDecl(Ex ex) {
  DECLARE_SCOPE(scope);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
  scope.add(co_withExecutor(ex, query(3)));
  co_await other(); // macroDecl
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
// CHECK-FIXES: {{^}}  co_await other(); // macroDecl{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

// Member functions: a local scope in a method, also of a class template.
struct Service {
  Ex ex;
  Task<void> run() {
    AsyncScope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
    scope.add(co_withExecutor(ex, query(4)));
    if (!valid())
      co_return;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
    co_await scope.joinAsync();
  }
  Task<void> runJoined() {
    AsyncScope scope;
    scope.add(co_withExecutor(ex, query(4)));
    co_await scope.joinAsync();
  }
};

template <typename T> struct Pool {
  Ex ex;
  Task<void> drain(T t) {
    AsyncScope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (a CHECK that the scope was joined); co_await 'scope.joinAsync()' before every way out of its scope [coro-unjoined-scope]
    scope.add(co_withExecutor(ex, std::move(t)));
    co_await other(); // drain
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: this path leaves 'scope' without 'co_await scope.joinAsync()'
  // CHECK-FIXES: {{^}}    co_await other(); // drain{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
};
template struct Pool<Task<void>>;

// A template that is never instantiated has no paths to read: silent.
template <typename T> Task<void> neverInstantiated(Ex ex, T t) {
  AsyncScope scope;
  scope.add(co_withExecutor(ex, std::move(t)));
  co_await other();
}

// Silent: a static local is not destroyed at the end of the block.
Task<void> staticScope(Ex ex) {
  static AsyncScope scope;
  scope.add(co_withExecutor(ex, query(5)));
  co_await other();
}
