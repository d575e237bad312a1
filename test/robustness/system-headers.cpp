// Code in system headers, and macros defined in system headers, are never
// reported; the same code in the main file is.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std -isystem %S/Inputs
#include <system_macros.h>

folly::coro::Task<void> user() {
  SYSTEM_FLUSH_LATER();
  system_inline_user(); // declared in a system header, discarded here
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'system_inline_user' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await system_inline_user(); // declared in a system header, discarded here{{$}}
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_return;
}
