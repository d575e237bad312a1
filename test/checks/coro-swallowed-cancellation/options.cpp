// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {coro.CancellationExceptions: 'acme::Stopped'}}" -- %coro_std
// coro.CancellationExceptions in coroutines of frameworks that have their
// own: the user's exception is judged too, its real bases decide, and the
// framework's fixes (which rethrow the framework's exception) are not
// offered for it.
#include <boost/asio.hpp>
#include <folly/OperationCancelled.h>
#include <folly/coro/Task.h>
#include <stdexcept>

namespace acme {
struct Stopped : std::runtime_error {
  Stopped() : std::runtime_error("stopped") {}
  int code() const { return 0; }
};
} // namespace acme
void log(const char *);

folly::coro::Task<void> poll();
folly::coro::Task<void> follyLoop() {
  while (true) {
    // std::runtime_error is a base of acme::Stopped, not of folly's.
    try { co_await poll(); } catch (const std::runtime_error &) { log("r"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'acme::Stopped'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it [coro-swallowed-cancellation]
    try { co_await poll(); } catch (const acme::Stopped &) { log("s"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'acme::Stopped'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    // catch (...) catches folly's first: its fix.
    try { co_await poll(); } catch (...) { log("all"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'folly::OperationCancelled'; {{.*}}: insert 'catch (const folly::OperationCancelled &) { throw; }' before this handler [coro-swallowed-cancellation]
    try { co_await poll(); } catch (const std::logic_error &) { log("l"); }
  }
}
// CHECK-FIXES: {{^}}    try { co_await poll(); } catch (const std::runtime_error &) { log("r"); }{{$}}
// CHECK-FIXES: {{^}}    try { co_await poll(); } catch (const acme::Stopped &) { log("s"); }{{$}}

boost::asio::awaitable<void> read();
boost::asio::awaitable<void> asioLoop() {
  while (true) {
    try { co_await read(); } catch (const acme::Stopped &s) { log("s"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'acme::Stopped'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    // Its code() compared is a test.
    try { co_await read(); } catch (const acme::Stopped &s) { if (s.code() != 1) log("s"); }
  }
}
// CHECK-FIXES: {{^}}    try { co_await read(); } catch (const acme::Stopped &s) { log("s"); }{{$}}
