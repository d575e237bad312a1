// The round trip: every diagnostic here has a fix; the fixed file compiles
// (check_coro_tidy.py) and a second run finds nothing.
// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
// RUN: %coro_tidy --checks='-*,coro-swallowed-cancellation' %t.cpp -- %coro_std 2>&1 | FileCheck --allow-empty --check-prefix=SECOND %s
// SECOND-NOT: warning:
#include <boost/asio.hpp>
#include <boost/cobalt/task.hpp>
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <exception>
#include <stdexcept>

void log(const char *);

namespace folly_side {
folly::coro::Task<void> poll();
folly::coro::Task<void> loop() {
  while (true) {
    try { co_await poll(); } catch (const std::exception &e) { log(e.what()); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'folly::OperationCancelled'
    try { co_await poll(); } catch (const std::invalid_argument &) { log("arg"); } catch (...) { log("all"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:84: warning: catches 'folly::OperationCancelled'
  }
}
} // namespace folly_side

namespace cppcoro_side {
cppcoro::task<void> poll(cppcoro::cancellation_token);
cppcoro::task<void> loop(cppcoro::cancellation_token token) {
  for (;;) {
    try {
      co_await poll(token);
    } catch (...) {
      log("cppcoro");
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'cppcoro::operation_cancelled'
  }
}
} // namespace cppcoro_side

namespace asio_side {
boost::asio::awaitable<void> poll();
boost::asio::awaitable<void> loop() {
  while (true) {
    try {
      co_await poll();
    } catch (const boost::system::system_error &error) {
      log(error.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'boost::system::system_error'{{.*}}
  }
}
} // namespace asio_side

namespace cobalt_side {
boost::cobalt::task<void> poll();
template <typename T> boost::cobalt::task<void> loop() {
  while (true) {
    try { co_await poll(); } catch (boost::system::system_error failure) { log("cobalt"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'boost::system::system_error'{{.*}}
  }
}
template boost::cobalt::task<void> loop<int>();
} // namespace cobalt_side
