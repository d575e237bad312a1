// The round trip: every diagnostic here has a fix; the fixed file compiles
// (check_coro_tidy.py) and a second run finds nothing.
// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// RUN: %coro_tidy --checks='-*,coro-unshielded-cleanup' %t.cpp -- %coro_std 2>&1 | FileCheck --allow-empty --check-prefix=SECOND %s
// SECOND-NOT: warning:
#include <boost/asio.hpp>
#include <boost/cobalt/task.hpp>
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <exception>

namespace folly_side {
folly::coro::Task<void> work();
folly::coro::Task<void> release();
folly::coro::Task<void> region() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  if (eptr)
    std::rethrow_exception(eptr);
}
} // namespace folly_side

namespace asio_side {
boost::asio::awaitable<void> work();
boost::asio::awaitable<void> release();
boost::asio::awaitable<void> region() {
  bool failed = false;
  try {
    co_await work();
  } catch (...) {
    failed = true;
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  if (failed)
    throw 1;
}
} // namespace asio_side

namespace cobalt_side {
boost::cobalt::task<void> work();
boost::cobalt::task<void> release();
boost::cobalt::task<void> region() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  if (eptr)
    std::rethrow_exception(eptr);
}
} // namespace cobalt_side

namespace cppcoro_side {
cppcoro::task<void> work(cppcoro::cancellation_token);
cppcoro::task<void> release(cppcoro::cancellation_token);
cppcoro::task<void> region(cppcoro::cancellation_token tok) {
  std::exception_ptr eptr;
  try {
    co_await work(tok);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(tok);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  if (eptr)
    std::rethrow_exception(eptr);
}
} // namespace cppcoro_side
