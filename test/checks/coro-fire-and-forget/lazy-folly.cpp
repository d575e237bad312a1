// Rule 1: a discarded lazy task never runs (folly::coro).
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <tuple>
#include <utility>
#include <vector>

using folly::coro::Task;

Task<int> flush();
Task<void> send(int);

struct Connection {
  Task<void> close();
  Connection &self();
};
Connection &connection();

Task<void> statements(folly::Executor::KeepAlive<> ex) {
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  send(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await send(1);{{$}}
  connection().self().close(); // a member-call chain
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'close' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await connection().self().close(); // a member-call chain{{$}}
  co_withExecutor(ex, send(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'co_withExecutor' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await co_withExecutor(ex, send(2));{{$}}
  if (true)
    send(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}    co_await send(3);{{$}}
  for (int i = 0; i < 2; ++i) send(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  for (int i = 0; i < 2; ++i) co_await send(i);{{$}}
  switch (1) {
  case 1:
    send(4);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
    // CHECK-FIXES: {{^}}    co_await send(4);{{$}}
    break;
  }
  co_return;
}

// Discarding on purpose does not make a lazy task run: the cast goes.
Task<void> casts() {
  (void)flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  static_cast<void>(send(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await send(5);{{$}}
  std::ignore = flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  (void)(flush());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await (flush());{{$}}
  int n = (send(6), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  int n = (co_await send(6), 1);{{$}}
  (void)n;
  co_return;
}

// Task::semi() gives a lazy SemiFuture: dropping it drops the task.
Task<void> semi(Task<int> t) {
  std::move(t).semi();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: operation returned by 'semi' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await std::move(t).semi();{{$}}
  co_return;
}

// Outside a coroutine there is no co_await to offer.
void not_a_coroutine() {
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  flush();{{$}}
}

// co_await is ill-formed in a handler: warn, but offer no fix.
Task<void> in_handler() {
  try {
    co_await flush();
  } catch (...) {
    send(7);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
    // CHECK-FIXES: {{^}}    send(7);{{$}}
  }
}

// A lambda coroutine is its own coroutine.
void lambdas() {
  auto body = []() -> Task<void> {
    flush();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
    // CHECK-FIXES: {{^}}    co_await flush();{{$}}
    co_return;
  };
  folly::coro::blockingWait(body());
}

// A lambda at namespace scope, and a method of a local class.
auto global_lambda = []() -> Task<void> {
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_return;
};
void local_class() {
  struct Local {
    Task<void> run() {
      flush();
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
      // CHECK-FIXES: {{^}}      co_await flush();{{$}}
      co_return;
    }
  };
}

// A user macro: warn at the expansion, never edit it.
#define FLUSH() flush()
Task<void> macros() {
  FLUSH();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  FLUSH();{{$}}
  co_return;
}

// Negative twins: awaited, returned, passed, stored, started.
struct Holder {
  Task<int> pending;
  std::vector<Task<void>> queue;
};

Task<int> returned() { return flush(); }

Task<void> owned(Holder &h, folly::coro::AsyncScope &scope,
                 folly::Executor::KeepAlive<> ex) {
  co_await flush();
  int v = co_await flush();
  (void)v;
  co_await co_withExecutor(ex, send(1));
  h.pending = flush();
  h.queue.push_back(send(2));
  scope.add(co_withExecutor(ex, send(3)));
  co_await folly::coro::collectAll(flush(), send(4));
  auto kept = std::move(h.pending).semi();
  co_await std::move(kept);
  co_await scope.joinAsync();
}

int blocking() { return folly::coro::blockingWait(flush()); }
