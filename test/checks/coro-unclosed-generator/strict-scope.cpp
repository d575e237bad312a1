// RUN: %check_coro_tidy -check-suffixes=DEFAULT %s coro-unclosed-generator %t -- -- %coro_std
// RUN: %check_coro_tidy -check-suffixes=STRICT %s coro-unclosed-generator %t -- \
// RUN:   -config="{CheckOptions: {coro-unclosed-generator.StrictScope: true}}" -- %coro_std
// StrictScope: any statement after the loop counts, in every function.
#include <generator>
#include <inhouse/inhouse.h>

std::generator<int> numbers();
acme::Job<void> flush();
void use(int);

// A plain function: only StrictScope reports it.
int sumUntilZero() {
  int sum = 0;
  auto g = numbers();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x == 0)
      break;
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
    sum += x;
  }
  use(sum);
  return sum;
}

// A coroutine with only non-suspending code after the loop.
acme::Job<void> logAfter() {
  auto g = numbers();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x == 0)
      break;
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  use(1);
}

// Both modes: a suspension point after the loop.
acme::Job<void> awaitAfter() {
  auto g = numbers();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x == 0)
      break;
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
    // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_await flush();
}

// Neither mode: nothing but the end of the scope follows the loop.
void endsRightAway() {
  auto g = numbers();
  for (int x : g) {
    if (x == 0)
      break;
  }
  return;
}

acme::Job<void> coEndsRightAway() {
  auto g = numbers();
  for (int x : g) {
    if (x == 0)
      break;
  }
  ;
  co_return;
}
