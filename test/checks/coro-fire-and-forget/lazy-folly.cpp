// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <folly/coro/Task.h>
#include <tuple>

folly::coro::Task<int> flush();

folly::coro::Task<void> discards() {
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_return;
}
