// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// RUN: %coro_tidy %t.cpp --checks='-*,coro-unclosed-generator' -- %coro_std \
// RUN:   | FileCheck --allow-empty %s
// CHECK-NOT: warning:
// Every diagnostic here has a fix; the fixed file compiles (checked by
// check_coro_tidy.py) and a second run reports nothing.
#include <cppcoro/async_generator.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/Task.h>
#include <generator>

std::generator<int> numbers();
folly::coro::AsyncGenerator<int> ticks();
folly::coro::Task<void> flush();
cppcoro::async_generator<int> events();
cppcoro::task<> cppcoroFlush();
void use(int);

folly::coro::Task<void> rangeFor() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' {{.*}}
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' {{.*}}
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  for (auto g = numbers(); int x : g) {{{$}}

folly::coro::Task<void> awaitedNext(bool verbose) {
  auto t = ticks();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' {{.*}}
  if (verbose) {
    while (auto v = co_await t.next()) {
      if (*v > 3)
        break;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'break' {{.*}}
    }
  }
  co_await flush();
}

cppcoro::task<> beginIncrement() {
  int total = 0;
  auto e = events();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 'e' {{.*}}
  for (auto it = co_await e.begin(); it != e.end(); co_await ++it) {
    if (*it < 0)
      goto report;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'goto' {{.*}}
    total += *it;
  }
report:
  co_await cppcoroFlush();
  use(total);
}

folly::coro::Task<void> insideLoop(int rounds) {
  while (rounds-- > 0) {
    auto g = numbers();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: generator 'g' {{.*}}
    use(rounds);
    for (int x : g)
      if (x > rounds)
        break;
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'break' {{.*}}
    co_await flush();
  }
}
// CHECK-FIXES: {{^}}  while (rounds-- > 0) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    {{{$}}
// CHECK-FIXES-NEXT: {{^}}      auto g = numbers();{{$}}
