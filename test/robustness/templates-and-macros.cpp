// Dependent code, templates, generic lambdas and macros: well-formed, so
// clang-tidy succeeds; the checks see the written code once, never per
// instantiation, and stay silent on what is dependent.
// RUN: %coro_tidy --checks='-*,coro-*' %s -- %coro_std 2>&1 | FileCheck %s
// CHECK-NOT: Stack dump
#include <folly/coro/Task.h>
#include <inhouse/inhouse.h>

template <typename T> folly::coro::Task<T> make();
folly::coro::Task<int> flush();

template <typename T> folly::coro::Task<void> generic() {
  make<T>();          // dependent: silent
  flush();            // not dependent: reported once, not per instantiation
  // CHECK: templates-and-macros.cpp:[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  co_return;
}
template folly::coro::Task<void> generic<int>();
template folly::coro::Task<void> generic<long>();

template <typename Task> void dependent_call(Task (*fn)()) {
  fn();
  auto t = fn();
}

auto lambda = [](auto fn) -> folly::coro::Task<void> {
  fn();
  co_return;
};

#define SPAWN(x) x
#define DISCARD_ALL(a, b) (void)(a), (void)(b)
folly::coro::Task<void> macros() {
  SPAWN(flush());
  // CHECK: templates-and-macros.cpp:[[@LINE-1]]:9: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  DISCARD_ALL(flush(), 1);
  // CHECK: templates-and-macros.cpp:[[@LINE-1]]:15: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  co_return;
}
// CHECK-NOT: warning:
