// RUN: %check_coro_tidy -check-suffixes=DEFAULT %s coro-unshielded-cleanup %t -- -- %coro_std
// RUN: %check_coro_tidy -check-suffixes=CUSTOM %s coro-unshielded-cleanup %t -- \
// RUN:   -config="{CheckOptions: {coro-unshielded-cleanup.ReleaseRegex: 'hangup|return_to_pool', coro.ShieldFunctions: 'acme::shielded'}}" -- %coro_std
// The release regex, and the user's own shield functions.
#include <folly/coro/Task.h>
#include <exception>

namespace acme {
template <typename T> T &&shielded(T &&op) { return static_cast<T &&>(op); }
} // namespace acme

struct Line {
  folly::coro::Task<void> dial(int);
  folly::coro::Task<void> hangup();
  folly::coro::Task<void> close();
  folly::coro::Task<void> return_to_pool();
};
folly::coro::Task<void> work(Line &);

folly::coro::Task<void> releases(Line line) {
  co_await line.dial(1);
  co_await line.hangup();
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:3: warning: 'hangup' is skipped when an earlier 'co_await' on 'line' throws or is cancelled
  co_await line.return_to_pool();
  // CHECK-MESSAGES-CUSTOM: :[[@LINE-1]]:3: warning: 'return_to_pool' is skipped when an earlier 'co_await' on 'line' throws or is cancelled
  co_await line.close();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'line' throws or is cancelled
}

folly::coro::Task<void> userShield(Line &line) {
  std::exception_ptr eptr;
  try {
    co_await work(line);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await acme::shielded(line.hangup());
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, when every await fails at once; shield it with 'folly::coro::co_withCancellation(folly::CancellationToken{}, ...)'
  if (eptr)
    std::rethrow_exception(eptr);
}
