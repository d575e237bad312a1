// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
// folly::coro: every rule in a folly coroutine, the two fixes, their negative
// twins, and every place a call can be written (templates, lambdas, members,
// macros).
// CHECK-FIXES: {{^}}#include <folly/coro/BlockingWait.h>{{$}}
// CHECK-FIXES-NEXT: {{^}}#include <folly/coro/Sleep.h>{{$}}
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using folly::coro::Task;

Task<int> compute();
Task<void> flush();
void use(int);

// ---- Rule 1: a synchronous wait; fix 1 -----------------------------------

Task<int> syncWaits() {
  int a = folly::coro::blockingWait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::coro::blockingWait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  int a = co_await compute();{{$}}
  folly::coro::blockingWait(flush());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  folly::coro::blocking_wait(flush());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blocking_wait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  Task<int> t = compute();
  use(folly::coro::blockingWait(std::move(t)) + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  use(co_await std::move(t) + 1);{{$}}
  (void)folly::coro::blockingWait(flush());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  (void)co_await flush();{{$}}
  bool pick = a > 0;
  folly::coro::blockingWait(pick ? compute() : compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  co_await (pick ? compute() : compute());{{$}}
  co_return a;
}

// No fix: an executor argument chooses where the task runs; a catch handler
// and a static local's initialiser cannot hold a co_await.
Task<void> syncWaitsWithoutFix(folly::Executor *ex) {
  folly::coro::blockingWait(flush(), ex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  try {
    co_await flush();
  } catch (...) {
    folly::coro::blockingWait(flush());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'folly::coro::blockingWait' blocks
  }
  static int once = folly::coro::blockingWait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'folly::coro::blockingWait' blocks
  use(once);
}

// ---- Rule 2: a future wait; a readiness test before it ------------------

Task<int> futureWaits(folly::SemiFuture<int> sf, folly::Future<int> f) {
  int a = std::move(sf).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::SemiFuture::get' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await std::move(future) [coro-blocking-wait]
  f.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::Future::wait' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await std::move(future) [coro-blocking-wait]
  co_return a;
}

Task<int> readyFutures(folly::SemiFuture<int> sf, folly::Future<int> f,
                       folly::Future<int> g) {
  int sum = 0;
  if (sf.isReady())
    sum += std::move(sf).get();
  if (!f.isReady())
    co_return sum;
  sum += std::move(f).get();
  sum += g.isReady() ? std::move(g).get() : 0;
  if (f.hasValue() && std::move(f).get() > 0)
    ++sum;
  if (g.hasException())
    co_return sum;
  g.wait();
  co_return sum;
}

// A readiness test of another future, or one that is not just before the
// wait, does not count.
Task<int> notReady(folly::Future<int> f, folly::Future<int> g) {
  if (g.isReady())
    use(std::move(f).get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'folly::Future::get' blocks
  if (f.isReady())
    use(1);
  else
    use(std::move(f).get());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'folly::Future::get' blocks
  bool ready = f.isReady();
  use(2);
  co_return std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'folly::Future::get' blocks
}

// ---- Rule 3: a thread sleep; fix 2 ---------------------------------------

Task<void> sleeps() {
  std::this_thread::sleep_for(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await folly::coro::sleep(...) [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(100ms);{{$}}
  std::this_thread::sleep_for(std::chrono::seconds(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(std::chrono::seconds(2));{{$}}
  // A duration that does not convert to nanoseconds: no fix.
  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  std::this_thread::sleep_for(std::chrono::duration<double>(0.5));{{$}}
  // sleep_until has no fix.
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_until' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await folly::coro::sleep(...) [coro-blocking-wait]
  // A zero sleep only yields the thread.
  std::this_thread::sleep_for(0ms);
  std::this_thread::sleep_for(std::chrono::seconds::zero());
  co_return;
}

// ---- Where the call stands ------------------------------------------------

// Not part of the coroutine: a lambda that is no coroutine (it runs on a
// thread pool or as a callback), a local class; a plain function; main.
int plain() { return folly::coro::blockingWait(compute()); }

Task<void> handsOff(void (*post)(int (*)())) {
  auto job = [] { return folly::coro::blockingWait(compute()); };
  post(+job);
  struct Local {
    static void run() { std::this_thread::sleep_for(1s); }
  };
  Local::run();
  co_return;
}

// A coroutine lambda is judged on its own, inside a plain function too.
void spawnLambda() {
  auto body = []() -> Task<void> {
    folly::coro::blockingWait(flush());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'folly::coro::blockingWait' blocks
    // CHECK-FIXES: {{^}}    co_await flush();{{$}}
    co_return;
  };
  folly::coro::blockingWait(body());
}

// Unevaluated operands never run.
Task<void> unevaluated() {
  using R = decltype(folly::coro::blockingWait(compute()));
  static_assert(sizeof(folly::coro::blockingWait(compute())) == sizeof(R));
  co_return;
}

// Member functions.
struct Service {
  Task<void> handle() {
    folly::coro::blockingWait(flush());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'folly::coro::blockingWait' blocks
    // CHECK-FIXES: {{^}}    co_await flush();{{$}}
    co_return;
  }
  Task<void> later();
  int sync() { return folly::coro::blockingWait(compute()); }
};
Task<void> Service::later() {
  std::this_thread::sleep_for(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(5ms);{{$}}
  co_return;
}

// Templates: reported once; fixed from the pattern when nothing depends on
// a template parameter, never from an instantiation.
template <typename T> Task<void> generic(T value) {
  folly::coro::blockingWait(flush());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  folly::coro::blockingWait(value.task());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  folly::coro::blockingWait(value.task());{{$}}
  std::move(value.future).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::SemiFuture::get' blocks
  co_return;
}
struct Source {
  Task<void> task();
  folly::SemiFuture<int> future;
};
struct OtherSource {
  Task<void> task();
  folly::SemiFuture<long> future;
};
template Task<void> generic(Source);
template Task<void> generic(OtherSource);

template <typename T> struct Worker {
  Task<void> step() {
    std::this_thread::sleep_for(1ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' blocks
    // CHECK-FIXES: {{^}}    co_await folly::coro::sleep(1ms);{{$}}
    co_return;
  }
};
template struct Worker<int>;
template struct Worker<long>;

// Macros: reported, never fixed.
#define WAIT(x) folly::coro::blockingWait(x)
#define NAP() std::this_thread::sleep_for(1ms)
Task<void> macros() {
  WAIT(flush());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  WAIT(flush());{{$}}
  NAP();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  NAP();{{$}}
  co_return;
}
