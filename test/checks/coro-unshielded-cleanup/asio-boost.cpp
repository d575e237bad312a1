// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// Rule 1 on the real Debian Boost.Asio 1.81.
#include <boost/asio.hpp>
#include <exception>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> work();
awaitable<void> release();
awaitable<void> log(int);

awaitable<void> unshielded() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, when every await fails at once; shield it with 'co_await boost::asio::this_coro::reset_cancellation_state();' before it [coro-unshielded-cleanup]
  // CHECK-FIXES: {{^}}  co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  co_await log(1); // Reported too; the one fix, before the first, shields both.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, when every await fails at once; shield it with 'co_await boost::asio::this_coro::reset_cancellation_state();' before it [coro-unshielded-cleanup]
  // CHECK-FIXES: {{^}}  co_await log(1); // Reported too; the one fix, before the first, shields both.{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// Catching the cancellation error (boost::system::system_error) counts too;
// queries of this_coro never fail and are skipped.
awaitable<void> cancellationError() {
  bool failed = false;
  try {
    co_await work();
  } catch (const boost::system::system_error &) {
    failed = true;
  }
  auto ex = co_await asio::this_coro::executor;
  (void)ex;
  bool throws = co_await asio::this_coro::throw_if_cancelled();
  (void)throws;
  if (failed)
    co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  if (failed){{$}}
}

// Shielded by reset_cancellation_state(), with or without filters.
awaitable<void> resetState() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await asio::this_coro::reset_cancellation_state();
  co_await release();
  co_await log(1);
  if (eptr)
    std::rethrow_exception(eptr);
}

awaitable<void> resetStateFilter() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await boost::asio::this_coro::reset_cancellation_state(
      asio::disable_cancellation());
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

// Shielded by throw_if_cancelled(false).
awaitable<void> throwIfCancelledFalse() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await asio::this_coro::throw_if_cancelled(false);
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

// throw_if_cancelled(true) does not shield.
awaitable<void> throwIfCancelledTrue() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await asio::this_coro::throw_if_cancelled(true);
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// A shield after the await comes too late.
awaitable<void> shieldTooLate() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await log(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await log(1);{{$}}
  co_await asio::this_coro::reset_cancellation_state();
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

// throw_if_cancelled(false) lasts: one that runs before the try, even in an
// enclosing block, shields the region.
awaitable<void> throwIfCancelledFalseBefore(bool again) {
  co_await asio::this_coro::throw_if_cancelled(false);
  if (again) {
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
}

// ... unless throw_if_cancelled(true) turns it back on.
awaitable<void> throwIfCancelledTrueAgain() {
  co_await asio::this_coro::throw_if_cancelled(false);
  co_await asio::this_coro::throw_if_cancelled(true);
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// A reset that disables cancellation lasts too.
awaitable<void> disabledBefore() {
  co_await asio::this_coro::reset_cancellation_state(
      asio::disable_cancellation());
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

// A plain reset before the try does not: the try's awaits can be cancelled
// again.
awaitable<void> resetBefore() {
  co_await asio::this_coro::reset_cancellation_state();
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}  co_await release();{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// Rule 2 in asio: no async-cleanup API, so RAII.
struct Socket {
  awaitable<void> write(int);
  awaitable<void> shutdown();
};
awaitable<void> releaseSkipped(Socket s) {
  co_await s.write(1);
  co_await s.shutdown();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'shutdown' is skipped when an earlier 'co_await' on 's' throws or is cancelled; release it with an RAII guard [coro-unshielded-cleanup]
}
