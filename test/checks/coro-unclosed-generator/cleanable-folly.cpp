// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// Rule 2: a folly CleanableAsyncGenerator must be `co_await
// std::move(g).cleanup()`-ed on every normal path out of its scope.
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/Task.h>

folly::coro::CleanableAsyncGenerator<int> connections();
folly::coro::AsyncGenerator<int, int, true> spelledOut();
folly::coro::AsyncGenerator<int> plain();
folly::coro::Task<void> flush();
void adopt(folly::coro::CleanableAsyncGenerator<int> &&);
bool ready();

folly::coro::Task<void> neverCleaned() {
  auto c = connections();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
  while (auto v = co_await c.next())
    (void)*v;
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: the end of the scope leaves the scope here without 'co_await std::move(c).cleanup()'

// Negative twin: cleaned up before the end of the scope.
folly::coro::Task<void> cleaned() {
  auto c = connections();
  while (auto v = co_await c.next())
    (void)*v;
  co_await std::move(c).cleanup();
}

folly::coro::Task<void> earlyReturn() {
  auto c = connections();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
  while (auto v = co_await c.next()) {
    if (*v < 0)
      co_return;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'co_return' leaves the scope here without 'co_await std::move(c).cleanup()'
  }
  co_await std::move(c).cleanup();
}

// Negative twin: the early exit cleans up first.
folly::coro::Task<void> earlyReturnCleaned() {
  auto c = connections();
  while (auto v = co_await c.next()) {
    if (*v < 0) {
      co_await std::move(c).cleanup();
      co_return;
    }
  }
  co_await std::move(c).cleanup();
}

// A cleanup under a condition covers nothing.
folly::coro::Task<void> conditionalCleanup() {
  folly::coro::AsyncGenerator<int, int, true> c = spelledOut();
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
  if (ready())
    co_await std::move(c).cleanup();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: the end of the scope leaves the scope here without 'co_await std::move(c).cleanup()'

// Negative twin: a cleanup in a plain inner block runs on the way out.
folly::coro::Task<void> cleanedInInnerBlock() {
  auto c = connections();
  {
    co_await std::move(c).cleanup();
  }
}

// Negative twin: a cleanup in a try block runs on every normal path.
folly::coro::Task<void> cleanedInTry() {
  auto c = connections();
  try {
    co_await std::move(c).cleanup();
  } catch (...) {
  }
}

// Negative twin: both branches clean up and return; the end of the scope is
// never reached.
folly::coro::Task<void> cleanedInBothBranches() {
  auto c = connections();
  if (ready()) {
    co_await std::move(c).cleanup();
    co_return;
  } else {
    co_await std::move(c).cleanup();
    co_return;
  }
}

// A cleanup in a switch case covers only that case.
folly::coro::Task<void> cleanedInOneCase(int k) {
  auto c = connections();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
  switch (k) {
  case 1:
    co_await std::move(c).cleanup();
    break;
  default:
    break;
  }
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: the end of the scope leaves the scope here without 'co_await std::move(c).cleanup()'

// A break out of an enclosing loop leaves the scope too.
folly::coro::Task<void> breakOut() {
  for (int round = 0; round < 3; ++round) {
    auto c = connections();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
    auto first = co_await c.next();
    if (!first)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the scope here without 'co_await std::move(c).cleanup()'
    co_await std::move(c).cleanup();
  }
}

// Negative twin: a break of an inner loop stays in the scope.
folly::coro::Task<void> innerBreak() {
  auto c = connections();
  while (auto v = co_await c.next()) {
    if (*v < 0)
      break;
  }
  co_await std::move(c).cleanup();
}

// A return inside a lambda is not an exit of this scope.
folly::coro::Task<void> lambdaReturn() {
  auto c = connections();
  auto f = [] { return 1; };
  (void)f;
  co_await std::move(c).cleanup();
}

// Negative twin: ownership moves elsewhere.
folly::coro::Task<void> handedOver() {
  auto c = connections();
  adopt(std::move(c));
  co_return;
}

// Negative twin: a lambda takes it over.
folly::coro::Task<void> capturedByLambda() {
  auto c = connections();
  auto finish = [&]() -> folly::coro::Task<void> {
    co_await std::move(c).cleanup();
  };
  co_await finish();
}

// Negative twin: a plain AsyncGenerator needs no cleanup (rule 1 applies).
folly::coro::Task<void> plainGenerator() {
  auto p = plain();
  while (auto v = co_await p.next())
    (void)*v;
}

// The goto leaves the scope of c.
folly::coro::Task<void> gotoOut() {
  {
    auto c = connections();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
    if (!co_await c.next())
      goto done;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'goto' leaves the scope here without 'co_await std::move(c).cleanup()'
    co_await std::move(c).cleanup();
  }
done:
  co_await flush();
}

// Rule 2 replaces rule 1 for generators that need cleanup: it reports them
// once, at the path that skips the cleanup.
folly::coro::Task<void> loopThenAwait() {
  auto c = connections();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'cleanup()' of async generator 'c' is not awaited on every path out of its scope; destroying it without that aborts the process [coro-unclosed-generator]
  while (auto v = co_await c.next()) {
    if (*v < 0)
      break;
  }
  co_await flush();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: the end of the scope leaves the scope here without 'co_await std::move(c).cleanup()'
