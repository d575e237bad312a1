// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// Rule 1 for synchronous generators: std::generator, cppcoro generator and
// recursive_generator, libcoro generator and the in-house acme::Stream.
#include <coro/generator.hpp>
#include <coro/task.hpp>
#include <cppcoro/generator.hpp>
#include <cppcoro/recursive_generator.hpp>
#include <cppcoro/task.hpp>
#include <generator>
#include <inhouse/inhouse.h>
#include <stdexcept>

std::generator<int> numbers();
cppcoro::generator<int> lines();
cppcoro::recursive_generator<int> tree();
coro::generator<int> rows();
acme::Stream<int> stream();
acme::Job<void> flush();
cppcoro::task<> cppcoroFlush();
coro::task<> libcoroFlush();
void use(int);
void keep(std::generator<int> &);

// ---- std::generator ---------------------------------------------------------

acme::Job<void> stdBreak() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
    use(x);
  }
  co_await flush();
}

// Negative twin: a range-for over a temporary ends the generator with the loop.
acme::Job<void> stdTemporary() {
  for (int x : numbers()) {
    if (x > 3)
      break;
  }
  co_await flush();
}

// Negative twin: no early exit; the loop runs the generator to its end.
acme::Job<void> stdNoBreak() {
  auto g = numbers();
  for (int x : g)
    use(x);
  co_await flush();
}

// Negative twin: the exits end the generator's scope.
acme::Job<void> stdExitsEndScope(bool b) {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      co_return;
    if (x < 0)
      throw std::runtime_error("negative");
  }
  co_await flush();
}

int stdReturn() {
  auto g = numbers();
  for (int x : g)
    if (x > 3)
      return x;
  return 0;
}

// Negative twin: the generator is resumed again after the loop.
acme::Job<void> stdUsedAfter() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  for (int x : g)
    use(x);
  co_await flush();
}

acme::Job<void> stdPassedAfter() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  keep(g);
  co_await flush();
}

// Negative twin: a lambda after the loop captures the generator.
acme::Job<void> stdCapturedAfter() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  auto rest = [&] {
    for (int x : g)
      use(x);
  };
  co_await flush();
  rest();
}

// Negative twins: the generator is reached after the loop through another
// name bound before it, or handed elsewhere inside it.
acme::Job<void> stdPointerAfter() {
  auto g = numbers();
  auto *p = &g;
  for (int x : g) {
    if (x > 3)
      break;
  }
  co_await flush();
  for (int x : *p)
    use(x);
}

acme::Job<void> stdCapturedBefore() {
  auto g = numbers();
  auto rest = [&] {
    for (int x : g)
      use(x);
  };
  for (int x : g) {
    if (x > 3)
      break;
  }
  co_await flush();
  rest();
}

void sink(std::generator<int>);
acme::Job<void> stdMovedOutInLoop() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3) {
      sink(std::move(g));
      break;
    }
  }
  co_await flush();
}

// Negative twin: an iterator into the generator is used after the loop.
acme::Job<void> stdIteratorAfter() {
  auto g = numbers();
  auto it = g.begin();
  for (; it != g.end(); ++it)
    if (*it > 3)
      break;
  co_await flush();
  use(*it);
}

// Negative twin: a pointer to the element, which lives in the generator, is
// kept past the loop; the copy below it does not need the generator.
std::generator<const int &> refs();
acme::Job<void> stdElementAddressKept() {
  auto g = refs();
  const int *found = nullptr;
  for (const int &x : g) {
    if (x > 3) {
      found = &x;
      break;
    }
  }
  co_await flush();
  use(*found);
}

acme::Job<void> stdElementCopied() {
  auto g = refs();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended {{.*}}
  int found = 0;
  for (const int &x : g) {
    if (x > 3) {
      found = x;
      break;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
    }
  }
  co_await flush();
  use(found);
}

// Negative twin: only non-suspending code after the loop.
acme::Job<void> stdNothingSuspendsAfter() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  use(1);
  co_return;
}

// Negative twin: a non-coroutine (StrictScope is off).
void stdPlainFunction() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  use(2);
}

// Negative twin: the break leaves an inner loop only.
acme::Job<void> stdInnerBreak() {
  auto g = numbers();
  for (int x : g) {
    for (int i = 0; i < x; ++i)
      if (i > 3)
        break;
    switch (x) {
    case 1:
      break;
    }
  }
  co_await flush();
}

// Negative twin: the loop sits in an outer loop that resumes it again.
acme::Job<void> stdOuterLoop(int n) {
  auto g = numbers();
  while (n-- > 0) {
    for (int x : g) {
      if (x > 3)
        break;
    }
  }
  co_await flush();
}

// Negative twin: a suspension point inside a lambda after the loop does not
// suspend this coroutine.
acme::Job<void> stdLambdaAfter() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  auto later = []() -> acme::Job<void> { co_await flush(); };
  (void)later;
  co_return;
}

// Negative twin: a suspension point in the else branch does not run after
// the loop.
acme::Job<void> stdOtherBranch(bool b) {
  auto g = numbers();
  if (b) {
    for (int x : g) {
      if (x > 3)
        break;
    }
  } else {
    co_await flush();
  }
}

// Negative twins: the suspension point after the loop is in another case of
// the switch, which the `break` skips, or after a `co_return`.
acme::Job<void> stdOtherCase(int k) {
  auto g = numbers();
  switch (k) {
  case 1:
    for (int x : g) {
      if (x > 3)
        break;
    }
    break;
  default:
    co_await flush();
  }
}

acme::Job<void> stdOtherCaseBlock(int k) {
  auto g = numbers();
  switch (k) {
  case 1: {
    for (int x : g) {
      if (x > 3)
        break;
    }
    use(1);
    break;
  }
  case 2:
    co_await flush();
    break;
  }
}

acme::Job<void> stdAfterReturn() {
  auto g = numbers();
  for (int x : g) {
    if (x > 3)
      break;
  }
  co_return;
  co_await flush();
}

// The `break` leaves the switch; the suspension point after it runs.
acme::Job<void> stdAfterSwitch(int k) {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  switch (k) {
  case 1: {
    for (int x : g) {
      if (x > 3)
        break;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'break' leaves the loop here while 'g' is suspended
    }
    break;
  }
  }
  co_await flush();
}

// Negative twin: the goto jumps past the suspension point after the loop.
acme::Job<void> stdGotoPastAwait() {
  auto g = numbers();
  for (int x : g) {
    if (x < 0)
      goto fail;
  }
  co_await flush();
  co_return;
fail:
  use(-1);
}

// The goto lands before a suspension point.
acme::Job<void> stdGotoBeforeAwait() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x < 0)
      goto fail;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'goto' leaves the loop here while 'g' is suspended
  }
  co_return;
fail:
  co_await flush();
}

// Generators that are members or globals.
std::generator<int> globalNumbers = numbers();
struct Holder {
  std::generator<int> member = numbers();
  acme::Job<void> run() {
    for (int x : member) {
      if (x > 3)
        break;
    }
    for (int x : globalNumbers) {
      if (x > 3)
        break;
    }
    co_await flush();
  }
};

// A reference to a generator owns nothing.
acme::Job<void> stdReference(std::generator<int> &owned) {
  auto &g = owned;
  for (int x : g) {
    if (x > 3)
      break;
  }
  co_await flush();
}

// The suspension point after the loop is a co_yield.
std::generator<int> stdYieldAfter() {
  auto g = numbers();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'g' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : g) {
    if (x > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'g' is suspended
  }
  co_yield 0;
}

// ---- cppcoro ----------------------------------------------------------------

cppcoro::task<> cppcoroBreak() {
  cppcoro::generator<int> l = lines();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: generator 'l' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : l)
    if (x == 0)
      break;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'l' is suspended
  co_await cppcoroFlush();
}

cppcoro::task<> cppcoroRecursive() {
  auto t = tree();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 't' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : t) {
    if (x == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
  }
  co_await cppcoroFlush();
}

cppcoro::task<> cppcoroNoBreak() {
  auto l = lines();
  for (int x : l)
    use(x);
  co_await cppcoroFlush();
}

// ---- libcoro ----------------------------------------------------------------

coro::task<> libcoroBreak() {
  auto r = rows();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 'r' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : r) {
    if (x == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 'r' is suspended
  }
  co_await libcoroFlush();
}

coro::task<> libcoroTemporary() {
  for (int x : rows()) {
    if (x == 0)
      break;
  }
  co_await libcoroFlush();
}

// ---- in-house generator, classified by structure ----------------------------

acme::Job<void> inhouseBreak() {
  auto s = stream();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 's' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (int x : s) {
    if (x == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 's' is suspended
  }
  co_await flush();
}

acme::Job<void> inhouseNothingAfter() {
  auto s = stream();
  for (int x : s) {
    if (x == 0)
      break;
  }
}

// A manual iterator loop over a synchronous generator.
acme::Job<void> inhouseManualLoop() {
  auto s = stream();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: generator 's' stays suspended after the loop exits early, holding its resources until its scope ends; end its scope with the loop [coro-unclosed-generator]
  for (auto it = s.begin(); !(it == s.end()); ++it) {
    if (*it == 0)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 's' is suspended
  }
  co_await flush();
}
