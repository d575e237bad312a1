// Broken code never crashes the check, and an instantiation in a unit with
// errors is not trusted.
// RUN: not %coro_tidy --checks='-*,coro-dangling-reference' %s -- %coro_std > %t.txt 2>&1
// RUN: FileCheck %s < %t.txt
// CHECK-NOT: Stack dump
// CHECK-NOT: PLEASE submit
// CHECK: error: use of undeclared identifier 'undeclared'
// CHECK-NOT: warning: {{.*}}[coro-dangling-reference]
#include <folly/coro/Task.h>
#include <string>

folly::coro::Task<int> lookup(const std::string &key);
folly::coro::Task<int> invalid(const Missing &m);
struct Incomplete;
folly::coro::Task<int> incomplete(const Incomplete &i);

template <typename T> void keep() {
  auto t = lookup(T{});
  auto u = invalid(T{});
  (void)t, (void)u;
}

void broken() {
  auto a = lookup(undeclared());
  auto b = invalid(1);
  keep<std::string>();
  (void)a, (void)b;
}
