// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %qcoro_flags
// Rule 1 against Debian's real QCoro 0.8 Generator and AsyncGenerator.
#include <qcoroasyncgenerator.h>
#include <qcorogenerator.h>
#include <qcorotask.h>

QCoro::Generator<int> numbers();
QCoro::AsyncGenerator<int> ticks();
QCoro::Task<void> flush();
void use(int);

QCoro::Task<void> syncBreak() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  for (auto g = numbers(); int x : g) {{{$}}

// Negative twin: a temporary.
QCoro::Task<void> syncTemporary() {
  for (int x : numbers()) {
    if (x > 3)
      break;
  }
  co_await flush();
}

QCoro::Task<void> asyncBreak() {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  for (auto it = co_await t.begin(), end = t.end(); it != end; co_await ++it) {
    if (*it > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
  }
  co_await flush();
}

// QCORO_FOREACH binds the generator to a reference first.
QCoro::Task<void> foreachBreak() {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  QCORO_FOREACH(int v, t) {
    if (v > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
    use(v);
  }
  co_await flush();
}

// Negative twins: no early exit; an exit that ends the scope.
QCoro::Task<void> foreachAll() {
  auto t = ticks();
  QCORO_FOREACH(int v, t) {
    use(v);
  }
  co_await flush();
}

QCoro::Task<void> asyncReturn() {
  auto t = ticks();
  for (auto it = co_await t.begin(), end = t.end(); it != end; co_await ++it) {
    if (*it > 3)
      co_return;
  }
  co_await flush();
}
