// Rule 3: spawn/detach APIs that lose errors and leave nothing to join.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <boost/cobalt/detail/detached_token.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <coro/scheduler.hpp>
#include <coro/task.hpp>
#include <coro/thread_pool.hpp>
#include <cppcoro/async_scope.hpp>
#include <cppcoro/task.hpp>
#include <exec/async_scope.hpp>
#include <exec/start_detached.hpp>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Task.h>
#include <stdexec/execution.hpp>
#include <unifex/async_scope.hpp>
#include <unifex/just.hpp>
#include <unifex/spawn_detached.hpp>
#include <utility>

folly::coro::Task<void> work();

// folly: start() returns the only observer of the task's failure.
void folly_start(folly::Executor::KeepAlive<> ex, folly::coro::AsyncScope &scope) {
  co_withExecutor(ex, work()).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'start()' result discarded: failures of this task are silently dropped [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: own it with a 'folly::coro::AsyncScope' (scope.add(...), then co_await scope.joinAsync()), or co_await the returned SemiFuture
  co_withExecutor(ex, work()).startInlineUnsafe();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'startInlineUnsafe()' result discarded: failures of this task are silently dropped [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: own it with
  // Negative twins: the future is kept, or a callback observes the result.
  auto future = co_withExecutor(ex, work()).start();
  co_withExecutor(ex, work()).start([](auto &&) {});
  scope.add(co_withExecutor(ex, work()));
}

// libcoro: spawn_detached gives the task away.
coro::task<void> lc_work();
void libcoro(coro::thread_pool &pool, coro::scheduler &sched) {
  pool.spawn_detached(lc_work());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'spawn_detached' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: add it to a 'coro::task_group' and co_await the group
  sched.spawn_detached(lc_work());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'spawn_detached' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: add it to a 'coro::task_group'
  // Negative twin: scheduling onto the pool is awaited work, not a detach.
  auto scheduled = pool.schedule(lc_work());
  (void)scheduled;
}

// stdexec: start_detached has no scope at all.
void stdexec_detach(exec::async_scope &legacy) {
  exec::start_detached(stdexec::just());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'start_detached' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: spawn it with 'stdexec::spawn(sndr, scope.get_token())' on a 'stdexec::counting_scope' and join the scope
  // Negative twins: structured scopes own the work.
  stdexec::counting_scope scope;
  stdexec::spawn(stdexec::just(), scope.get_token());
  legacy.spawn(stdexec::just());
}

// unifex::spawn_detached nests the work into a scope that joins it.
void unifex_structured(unifex::v2::async_scope &scope) {
  unifex::spawn_detached(unifex::just(), scope);
}

// cppcoro::async_scope::spawn is structured too.
cppcoro::task<void> cc_work();
cppcoro::task<void> cppcoro_structured(cppcoro::async_scope &scope) {
  scope.spawn(cc_work());
  co_await scope.join();
}

// Cobalt: spawn with 'detached', promise::detach() and unary '+'.
boost::cobalt::task<void> cb_work();
boost::cobalt::promise<void> cb_eager();
struct CobaltContext {
  boost::cobalt::executor get_executor();
};
void cobalt(CobaltContext &ctx) {
  boost::cobalt::spawn(ctx, cb_work(), boost::asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: keep the promise and co_await it, or use 'cobalt::join' / 'cobalt::gather'
  auto p = cb_eager();
  p.detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'detach' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: keep the promise
  +cb_eager();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'operator+' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: keep the promise
  // Negative twin: a handler observes the result.
  boost::cobalt::spawn(ctx, cb_work(), [](auto &&...) {});
}
