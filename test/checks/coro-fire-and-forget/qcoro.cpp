// Rules 1 and 5 against the real Debian QCoro 0.8 headers: QCoro::Task is
// eager and not nodiscard; discarding it is the library's documented
// fire-and-forget idiom, so a cast to void (or IgnoreEagerTasks) silences it.
// RUN: %check_coro_tidy -check-suffixes=DEFAULT %s coro-fire-and-forget %t -- -- %qcoro_flags
// RUN: %check_coro_tidy -check-suffixes=IGNORE %s coro-fire-and-forget %t -- \
// RUN:   -config="{CheckOptions: {coro-fire-and-forget.IgnoreEagerTasks: true}}" -- %qcoro_flags
#include <qcoro/qcorotask.h>

QCoro::Task<int> fetchCount();
QCoro::Task<> refreshView() { co_return; }

QCoro::Task<> onClicked() {
  fetchCount();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: task returned by 'fetchCount' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:3: note: co_await it, or observe it with 'QCoro::connect(task, context, callback)' or 'task.then(...)'
  refreshView();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: task returned by 'refreshView' runs unobserved
  (void)refreshView();
  const int n = co_await fetchCount();
  fetchCount().then([](int) {});
  auto kept = fetchCount();
  co_await kept;
  (void)n;
}
// CHECK-MESSAGES-IGNORE-NOT: warning:
