// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// Boost.Cobalt stand-ins; cobalt::this_coro's shields are the real
// boost::asio::this_coro functions (Boost 1.81).
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/with.hpp>
#include <exception>

namespace cobalt = boost::cobalt;

cobalt::task<void> work();
cobalt::task<void> release();

cobalt::task<void> unshielded() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, when every await fails at once; shield it with 'co_await boost::cobalt::this_coro::reset_cancellation_state();' before it [coro-unshielded-cleanup]
  // CHECK-FIXES: {{^}}  co_await boost::cobalt::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

cobalt::promise<void> shieldedByReset() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await cobalt::this_coro::reset_cancellation_state();
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

cobalt::task<void> shieldedByThrowIfCancelled() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await cobalt::this_coro::throw_if_cancelled(false);
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

// throw_if_cancelled(false) lasts: before the try, it shields the region.
cobalt::task<void> throwIfCancelledBefore() {
  co_await cobalt::this_coro::throw_if_cancelled(false);
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

cobalt::task<void> queryIsNoShield() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  bool throws = co_await cobalt::this_coro::throw_if_cancelled();
  (void)throws;
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await boost::cobalt::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// Rule 2: cobalt's async RAII is 'with'.
struct Conn {
  cobalt::task<void> send(int);
  cobalt::task<void> disconnect();
};
cobalt::task<void> releaseSkipped(Conn c) {
  co_await c.send(1);
  co_await c.disconnect();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'disconnect' is skipped when an earlier 'co_await' on 'c' throws or is cancelled; release it with 'boost::cobalt::with(resource, body, teardown)' [coro-unshielded-cleanup]
}

// Awaits inside the callbacks of 'with' stay silent.
cobalt::task<void> withTeardown(Conn c) {
  co_await cobalt::with(
      c, [](Conn &x) -> cobalt::task<void> { co_await x.send(1); },
      [](Conn &&x, std::exception_ptr) -> cobalt::task<void> {
        co_await x.send(2);
        co_await x.disconnect();
      });
}
