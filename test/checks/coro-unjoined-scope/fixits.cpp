// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// Where the appended join goes: on its own line before the closing brace,
// indented like the block's last statement; before the brace on its line
// when code precedes it there; after a trailing comment line.
#include <cppcoro/async_scope.hpp>
#include <cppcoro/task.hpp>

cppcoro::task<void> work();
cppcoro::task<void> other();
bool valid();

cppcoro::task<void> deepIndent() {
  if (valid()) {
      cppcoro::async_scope scope;
      // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
      scope.spawn(work());
      co_await other(); // deep
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: this path leaves 'scope' without 'co_await scope.join()'
  // CHECK-FIXES: {{^}}      co_await other(); // deep{{$}}
  // CHECK-FIXES-NEXT: {{^}}      co_await scope.join();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
}

cppcoro::task<void> oneLine() {
  { cppcoro::async_scope scope; scope.spawn(work()); co_await other(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  // CHECK-MESSAGES: :[[@LINE-2]]:72: note: this path leaves 'scope' without 'co_await scope.join()'
  // CHECK-FIXES: {{^}}  { cppcoro::async_scope scope; scope.spawn(work()); co_await other(); co_await scope.join(); }{{$}}
}

cppcoro::task<void> trailingComment() {
  cppcoro::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  scope.spawn(work());
  co_await other();
  // the work goes on
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without 'co_await scope.join()'
// CHECK-FIXES: {{^}}  // the work goes on{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await scope.join();{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

// In a catch handler co_await is ill-formed: no fix.
cppcoro::task<void> inHandler() {
  try {
    co_await other();
  } catch (...) {
    cppcoro::async_scope scope;
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; co_await 'scope.join()' before every way out of its scope [coro-unjoined-scope]
    scope.spawn(work()); // handler
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: this path leaves 'scope' without 'co_await scope.join()'
  // CHECK-FIXES: {{^}}    scope.spawn(work()); // handler{{$}}
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
}
