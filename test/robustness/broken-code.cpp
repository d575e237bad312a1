// Broken code never crashes a check: clang-tidy reports the compile errors and
// exits non-zero (`not` fails on a crash), and nothing else is reported.
// RUN: not %coro_tidy --checks='-*,coro-*' %s -- %coro_std > %t.txt 2>&1
// RUN: FileCheck %s < %t.txt
// CHECK-NOT: Stack dump
// CHECK-NOT: PLEASE submit
// CHECK-DAG: error: this function cannot be a coroutine: 'std::coroutine_traits<NoPromise>' has no member named 'promise_type'
// CHECK-DAG: error: {{.*}}incomplete{{.*}}'Incomplete'
// CHECK-DAG: error: use of undeclared identifier 'undeclared'
// CHECK-DAG: error: no member named 'missing' in 'Client'
// CHECK-NOT: warning: {{.*}}[coro-
#include <folly/coro/Task.h>
#include <inhouse/inhouse.h>

// A return type without a promise.
struct NoPromise {};
NoPromise no_promise() { co_return; }
void use_no_promise() { no_promise(); }

// An incomplete return type.
struct Incomplete;
Incomplete incomplete();
void use_incomplete() { incomplete(); }

// Errors inside coroutine bodies.
folly::coro::Task<int> broken_body() {
  co_await undeclared();
  for (auto x : missing_generator()) {
    break;
  }
  co_return 1;
}

// A promise with half its members.
struct HalfTask {
  struct promise_type {
    HalfTask get_return_object();
  };
};
HalfTask half() { co_return; }
void use_half() { half(); }

// A failed instantiation: its errors are not marked in its body, so what
// only the instantiation shows (the dependent t.send() is a discarded task)
// is not reported.
struct Client {
  folly::coro::Task<void> send();
};
template <typename T> folly::coro::Task<void> relay(T t) {
  t.send();
  t.missing();
  co_return;
}
folly::coro::Task<void> use_relay() { co_await relay(Client{}); }
