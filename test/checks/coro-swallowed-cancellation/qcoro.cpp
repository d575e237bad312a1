// RUN: %coro_tidy --checks='-*,coro-swallowed-cancellation' %s -- %qcoro_flags 2>&1 | FileCheck --allow-empty --check-prefix=SILENT %s
// SILENT-NOT: warning:
// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {coro.CancellationExceptions: 'app::Cancelled'}}" -- %qcoro_flags
// Debian's real QCoro 0.8: no exception carries a cancellation, so the
// check is silent, unless coro.CancellationExceptions names one.
#include <qcoro/qcorotask.h>
#include <stdexcept>

namespace app {
struct Cancelled : std::runtime_error {
  Cancelled() : std::runtime_error("cancelled") {}
};
} // namespace app
QCoro::Task<int> fetch();
void log(const char *);

QCoro::Task<> poller() {
  while (true) {
    try {
      co_await fetch();
    } catch (const std::exception &e) {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'app::Cancelled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it [coro-swallowed-cancellation]
    try { co_await fetch(); } catch (const std::invalid_argument &) { log("i"); }
  }
}
