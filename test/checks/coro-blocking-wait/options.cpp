// RUN: %check_coro_tidy %s coro-blocking-wait %t -- \
// RUN:   -config="{CheckOptions: {coro.BlockingWaitFunctions: 'corp::runSync;::corp::Pool::drain;corp::Latch<T>::wait'}}" -- %coro_std
// RUN: %coro_tidy --checks='-*,coro-blocking-wait' %s -- %coro_std 2>&1 | FileCheck --allow-empty --check-prefix=NONE %s
// NONE-NOT: warning:
// Rule 5: the user's coro.BlockingWaitFunctions, as functions, members and
// members of class templates, in coroutines only; never fixed (what they
// take is not known).
#include <folly/coro/Task.h>

namespace corp {
template <typename T> T runSync(folly::coro::Task<T> task);
struct Pool {
  void drain();
  void post();
};
template <typename T> struct Latch {
  void wait();
};
void runSyncLater();
} // namespace corp

folly::coro::Task<int> compute();

folly::coro::Task<void> handler(corp::Pool &pool, corp::Latch<int> &latch) {
  int n = corp::runSync(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'corp::runSync' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await it [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  int n = corp::runSync(compute());{{$}}
  pool.drain();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'corp::Pool::drain' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await it [coro-blocking-wait]
  latch.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'corp::Latch::wait' blocks the thread that runs this coroutine until the work completes
  // Other names of the same classes and namespace.
  pool.post();
  corp::runSyncLater();
  (void)n;
  co_return;
}

void plain(corp::Pool &pool) { pool.drain(); }
