// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
// Rule 1 in cppcoro, libunifex, stdexec, libcoro and Boost.Cobalt, on the
// stand-ins: fix 1 where the coroutine can await the task, and for the
// sync_wait family whose result differs from co_await's only when the value
// is discarded.
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/task.hpp>
#include <coro/sync_wait.hpp>
#include <coro/task.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <unifex/just.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>

void use(int);

namespace cppcoro_side {
cppcoro::task<int> compute();
cppcoro::task<int> caller() {
  int a = cppcoro::sync_wait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'cppcoro::sync_wait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  int a = co_await compute();{{$}}
  cppcoro::task<int> t = compute();
  a += cppcoro::sync_wait(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  a += co_await t;{{$}}
  co_return a;
}
int plain() { return cppcoro::sync_wait(compute()); }
} // namespace cppcoro_side

namespace unifex_side {
unifex::task<int> compute();
unifex::task<void> caller() {
  unifex::sync_wait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::sync_wait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the sender [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  // The value is an optional, not what co_await gives: no fix.
  auto r = unifex::sync_wait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'unifex::sync_wait' blocks
  // CHECK-FIXES: {{^}}  auto r = unifex::sync_wait(compute());{{$}}
  use(r.has_value());
  // A sender that is no task: reported, not fixed.
  unifex::sync_wait(unifex::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::sync_wait' blocks
  // CHECK-FIXES: {{^}}  unifex::sync_wait(unifex::just(1));{{$}}
  co_return;
}
int main2() { return *unifex::sync_wait(compute()); }
} // namespace unifex_side

namespace stdexec_side {
exec::task<int> compute();
stdexec::task<int> other();
exec::task<void> caller() {
  stdexec::sync_wait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the sender [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  (void)stdexec::sync_wait_with_variant(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'stdexec::sync_wait_with_variant' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the sender [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  (void)co_await compute();{{$}}
  if (auto r = stdexec::sync_wait(compute()))
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'stdexec::sync_wait' blocks
    // CHECK-FIXES: {{^}}  if (auto r = stdexec::sync_wait(compute())){{$}}
    use(std::get<0>(*r));
  stdexec::sync_wait(stdexec::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks
  // CHECK-FIXES: {{^}}  stdexec::sync_wait(stdexec::just(1));{{$}}
  // A stdexec::task needs its parent's environment: an exec::task cannot
  // await it.
  stdexec::sync_wait(other());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks
  // CHECK-FIXES: {{^}}  stdexec::sync_wait(other());{{$}}
  co_return;
}
stdexec::task<void> sameType() {
  stdexec::sync_wait(other());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks
  // CHECK-FIXES: {{^}}  co_await other();{{$}}
  co_return;
}
} // namespace stdexec_side

namespace libcoro_side {
coro::task<int> compute();
coro::task<int> caller() {
  co_return coro::sync_wait(compute()) * 2;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'coro::sync_wait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return co_await compute() * 2;{{$}}
}
// A task of another framework cannot be awaited here: no fix.
cppcoro::task<int> foreign();
coro::task<void> mixed() {
  use(cppcoro::sync_wait(foreign()));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'cppcoro::sync_wait' blocks
  // CHECK-FIXES: {{^}}  use(cppcoro::sync_wait(foreign()));{{$}}
  co_return;
}
} // namespace libcoro_side

namespace cobalt_side {
namespace cobalt = boost::cobalt;
cobalt::task<int> compute();
cobalt::task<void> caller() {
  use(cobalt::run(compute()));
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'boost::cobalt::run' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  use(co_await compute());{{$}}
  co_return;
}
int plain() { return cobalt::run(compute()); }
} // namespace cobalt_side

int main() {
  stdexec::sync_wait(stdexec_side::compute());
  return cppcoro::sync_wait(cppcoro_side::compute());
}
