// Rule 5: discarded eager tasks. A cast to void says "on purpose", except for
// types whose destructor cancels the task (cobalt::promise).
// RUN: %check_coro_tidy -check-suffixes=DEFAULT %s coro-fire-and-forget %t -- -- %coro_std
// RUN: %check_coro_tidy -check-suffixes=IGNORE %s coro-fire-and-forget %t -- \
// RUN:   -config="{CheckOptions: {coro-fire-and-forget.IgnoreEagerTasks: true}}" -- %coro_std
#include <boost/cobalt/promise.hpp>
#include <inhouse/inhouse.h>
#include <tuple>

acme::EagerJob<int> start_upload();
boost::cobalt::promise<int> ping();

acme::EagerJob<void> user() {
  start_upload();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: task returned by 'start_upload' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  (void)start_upload();
  std::ignore = start_upload();
  co_await start_upload();
  auto kept = start_upload();
  co_await kept;
}

void cobalt_user() {
  ping();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: discarded 'cobalt::promise' is cancelled immediately [coro-fire-and-forget]
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:3: note: keep the promise and co_await it, or use 'cobalt::join' / 'cobalt::gather'
  // CHECK-MESSAGES-IGNORE: :[[@LINE-3]]:3: warning: discarded 'cobalt::promise' is cancelled immediately [coro-fire-and-forget]
  (void)ping();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:9: warning: discarded 'cobalt::promise' is cancelled immediately [coro-fire-and-forget]
  // CHECK-MESSAGES-IGNORE: :[[@LINE-2]]:9: warning: discarded 'cobalt::promise' is cancelled immediately [coro-fire-and-forget]
  auto kept = ping();
  (void)kept;
}
