// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// Rule 1 for asynchronous generators: folly AsyncGenerator, cppcoro
// async_generator, Boost.Cobalt generator and the in-house acme::AsyncStream.
#include <boost/cobalt/generator.hpp>
#include <boost/cobalt/task.hpp>
#include <cppcoro/async_generator.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/Task.h>
#include <inhouse/inhouse.h>

folly::coro::AsyncGenerator<int> ticks();
folly::coro::Task<void> flush();
cppcoro::async_generator<int> events();
cppcoro::task<> cppcoroFlush();
boost::cobalt::generator<int> readings();
boost::cobalt::task<void> cobaltFlush();
acme::AsyncStream<int> messages();
acme::Job<void> jobFlush();
void use(int);

// ---- folly: while (auto x = co_await g.next()) ------------------------------

folly::coro::Task<void> follyBreak() {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  while (auto v = co_await t.next()) {
    if (*v > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
    use(*v);
  }
  co_await flush();
}

// Negative twin: the loop runs the generator to its end.
folly::coro::Task<void> follyNoBreak() {
  auto t = ticks();
  while (auto v = co_await t.next())
    use(*v);
  co_await flush();
}

// Negative twin: the generator is resumed again after the loop.
folly::coro::Task<void> follyResumedLater() {
  auto t = ticks();
  while (auto v = co_await t.next()) {
    if (*v > 3)
      break;
  }
  co_await flush();
  auto rest = co_await t.next();
  (void)rest;
}

// Negative twin: the exit ends the generator's scope.
folly::coro::Task<void> follyReturn() {
  auto t = ticks();
  while (auto v = co_await t.next()) {
    if (*v > 3)
      co_return;
  }
  co_await flush();
}

// The loop awaits next() in its body.
folly::coro::Task<void> follyNextInBody() {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  for (;;) {
    auto v = co_await t.next();
    if (!v || *v == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
  }
  co_await flush();
}

// Negative twin: an inner loop without an early exit drains the generator;
// the outer loop's break leaves nothing suspended.
folly::coro::Task<void> follyDrainedThenBreak(int attempts) {
  auto t = ticks();
  for (int i = 0; i < attempts; ++i) {
    while (auto v = co_await t.next())
      use(*v);
    if (i > 1)
      break;
  }
  co_await flush();
}

// The inner loop can stop early, so the outer break may leave it suspended.
folly::coro::Task<void> follyInnerBreakThenBreak(int attempts) {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended {{.*}}
  for (int i = 0; i < attempts; ++i) {
    while (auto v = co_await t.next())
      if (*v == 0)
        break;
    if (i > 1)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
  }
  co_await flush();
}

// An inner counted loop reads a batch; it does not run the generator to its
// end.
folly::coro::Task<void> follyBatchThenBreak(bool (*done)()) {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended {{.*}}
  for (;;) {
    for (int i = 0; i < 10; ++i)
      use(*co_await t.next());
    if (done())
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
  }
  co_await flush();
}

// ---- cppcoro: co_await g.begin() / co_await ++it ----------------------------

cppcoro::task<> cppcoroBreak() {
  auto e = events();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'e' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  for (auto it = co_await e.begin(); it != e.end(); co_await ++it) {
    if (*it == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'e' is suspended
  }
  co_await cppcoroFlush();
}

// Negative twins: the iterator, or a pointer to the generator, is used after
// the loop.
cppcoro::task<> cppcoroIteratorAfter() {
  auto e = events();
  auto it = co_await e.begin();
  for (; it != e.end(); co_await ++it)
    if (*it > 3)
      break;
  co_await cppcoroFlush();
  use(*it);
}

cppcoro::task<> cppcoroIteratorsAfter() {
  auto e = events();
  auto it = co_await e.begin(), end = e.end();
  for (; it != end; co_await ++it)
    if (*it > 3)
      break;
  co_await cppcoroFlush();
  use(*it);
}

cppcoro::task<> cppcoroPointerAfter() {
  auto e = events();
  auto *p = &e;
  for (auto it = co_await e.begin(); it != e.end(); co_await ++it)
    if (*it > 3)
      break;
  co_await cppcoroFlush();
  for (auto it = co_await p->begin(); it != p->end(); co_await ++it)
    use(*it);
}

cppcoro::task<> cppcoroNothingAfter() {
  auto e = events();
  for (auto it = co_await e.begin(); it != e.end(); co_await ++it) {
    if (*it == 0)
      break;
  }
}

// ---- Boost.Cobalt: while (g) co_await g -------------------------------------

boost::cobalt::task<void> cobaltBreak() {
  auto r = readings();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'r' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  while (r) {
    int v = co_await r;
    if (v < 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'r' is suspended
  }
  co_await cobaltFlush();
}

boost::cobalt::task<void> cobaltNoBreak() {
  auto r = readings();
  while (r)
    use(co_await r);
  co_await cobaltFlush();
}

// ---- in-house async generator, classified by structure ----------------------

acme::Job<void> inhouseBreak() {
  auto m = messages();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'm' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  while (auto v = co_await m.next()) {
    if (*v == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'm' is suspended
  }
  co_await jobFlush();
}

// Negative twin: the generator is a member; its owner decides when it ends.
struct Consumer {
  acme::AsyncStream<int> source = messages();
  acme::Job<void> run() {
    while (auto v = co_await source.next()) {
      if (*v == 0)
        break;
    }
    co_await jobFlush();
  }
};
