// RUN: %coro_tidy --checks='-*,coro-swallowed-cancellation' %s -- %coro_std 2>&1 | FileCheck --allow-empty --check-prefix=SILENT %s
// SILENT-NOT: warning:
// RUN: %check_coro_tidy -check-suffixes=OPT %s coro-swallowed-cancellation %t-opt -- \
// RUN:   -config="{CheckOptions: {coro.CancellationExceptions: 'acme::Cancelled'}}" -- %coro_std
// No exception carries a cancellation in libcoro and in-house coroutines; a
// stopped unifex or stdexec task is never resumed, so it cannot spin; a
// synchronous generator (std::generator) awaits nothing. Silent, unless
// coro.CancellationExceptions names the user's own cancellation exception:
// then it applies to every coroutine that can go on after a cancellation.
#include <coro/task.hpp>
#include <exec/task.hpp>
#include <generator>
#include <inhouse/inhouse.h>
#include <stdexec/execution.hpp>
#include <unifex/task.hpp>
#include <exception>
#include <stdexcept>

namespace acme {
struct Cancelled : std::exception {};
} // namespace acme
void log(const char *);

coro::task<int> libcoroRead();
coro::task<void> libcoro() {
  while (true) {
    try { co_await libcoroRead(); } catch (...) { log("libcoro"); }
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:37: warning: catches 'acme::Cancelled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it [coro-swallowed-cancellation]
  }
}

acme::Job<int> jobRead();
acme::Job<void> inHouse() {
  for (;;) {
    try { co_await jobRead(); } catch (const std::exception &) { log("job"); }
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:33: warning: catches 'acme::Cancelled'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    try { co_await jobRead(); } catch (const acme::Cancelled &) { log("own"); }
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:33: warning: catches 'acme::Cancelled'
    // Negative twins: a class that is no base of it, a test of its type.
    try { co_await jobRead(); } catch (const std::runtime_error &) { log("r"); }
    try {
      co_await jobRead();
    } catch (const std::exception &e) {
      if (!dynamic_cast<const acme::Cancelled *>(&e))
        log(e.what());
    }
  }
}

std::generator<int> numbers() {
  for (int i = 0;; ++i) {
    try { co_yield i; } catch (...) { log("generator"); }
  }
}

// An asynchronous generator's co_yield counts, like an await.
acme::AsyncStream<int> stream() {
  for (int i = 0;; ++i) {
    try { co_yield i; } catch (...) { log("stream"); }
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:25: warning: catches 'acme::Cancelled'
  }
}

unifex::task<int> unifexRead();
unifex::task<void> unifexTask() {
  while (true) {
    try { co_await unifexRead(); } catch (...) { log("unifex"); }
  }
}

exec::task<int> execRead();
exec::task<void> execTask() {
  while (true) {
    try { co_await execRead(); } catch (...) { log("exec"); }
  }
}

stdexec::task<int> stdexecRead();
stdexec::task<void> stdexecTask() {
  while (true) {
    try { co_await stdexecRead(); } catch (...) { log("stdexec"); }
  }
}
