// Rule 1 across frameworks and in-house types: lazy tasks never run when
// dropped. The fix-it is offered only where the enclosing coroutine can await
// the task (same framework, or the same in-house task template).
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <boost/cobalt/task.hpp>
#include <coro/task.hpp>
#include <cppcoro/shared_task.hpp>
#include <cppcoro/task.hpp>
#include <exec/task.hpp>
#include <folly/coro/Task.h>
#include <inhouse/inhouse.h>
#include <stdexec/execution.hpp>
#include <unifex/task.hpp>

cppcoro::task<int> cc_fetch();
cppcoro::shared_task<int> cc_shared();
cppcoro::task<void> cppcoro_user() {
  cc_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'cc_fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await cc_fetch();{{$}}
  cc_shared();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'cc_shared' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await cc_shared();{{$}}
  co_await cc_fetch();
}

unifex::task<int> ux_fetch();
unifex::task<void> unifex_user() {
  ux_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'ux_fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await ux_fetch();{{$}}
  co_await ux_fetch();
}

exec::task<int> ex_fetch();
stdexec::task<int> sx_fetch();
exec::task<void> exec_user() {
  ex_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'ex_fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await ex_fetch();{{$}}
  co_await ex_fetch();
}
stdexec::task<void> stdexec_user() {
  sx_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'sx_fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await sx_fetch();{{$}}
  co_await sx_fetch();
}

boost::cobalt::task<int> cb_fetch();
boost::cobalt::task<void> cobalt_user() {
  cb_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'cb_fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await cb_fetch();{{$}}
  co_await cb_fetch();
}

coro::task<int> lc_fetch();
coro::task<void> libcoro_user() {
  lc_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'lc_fetch' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await lc_fetch();{{$}}
  co_await lc_fetch();
}

// In-house types, recognised by their promise alone.
acme::Job<int> job();
acme::DeferredJob<int> deferred(); // lazy through a custom initial awaiter
acme::Job<void> inhouse_user() {
  job();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'job' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await job();{{$}}
  co_await job();
}
acme::DeferredJob<void> deferred_user() {
  deferred();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'deferred' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await deferred();{{$}}
  co_await deferred();
}

// Across frameworks co_await may not compile: warn, without the co_await
// advice or fix.
folly::coro::Task<void> mixed() {
  cc_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'cc_fetch' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  cc_fetch();{{$}}
  job();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'job' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  job();{{$}}
  co_return;
}

// A generator or a sync function that merely returns such types is silent.
acme::Stream<int> numbers();
void silent() {
  numbers();
  auto stream = numbers();
  (void)stream;
}
