// Boost.Capy runners: run(ex)(task) gives an awaitable that runs the task
// only when awaited (a lazy operation); run_async(ex)(task) starts it.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <boost/capy.hpp>

namespace capy = boost::capy;

capy::task<int> work() { co_return 1; }

capy::task<void> user(capy::thread_pool &pool) {
  capy::run(pool.get_executor())(work());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: operation returned by 'run(...)' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await capy::run(pool.get_executor())(work());{{$}}
  auto idle = capy::run(pool.get_executor())(work());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: operation 'idle' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  work();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'work' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await work();{{$}}
  // Negative twins: awaited, started by run_async, kept and awaited.
  co_await capy::run(pool.get_executor())(work());
  capy::run_async(pool.get_executor())(work());
  auto kept = capy::run(pool.get_executor())(work());
  co_await std::move(kept);
}
