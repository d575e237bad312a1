// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// Fix-its: macros are left alone, comments and layout survive, the header of
// the shield is added once.
#include <boost/asio.hpp>
#include <folly/coro/Task.h>
#include <exception>
#include <utility>
// CHECK-FIXES: {{^}}#include <folly/coro/WithCancellation.h>{{$}}

folly::coro::Task<void> work();
folly::coro::Task<void> release(int);
folly::coro::Task<void> flush(int, int);

#define RELEASE_ALL co_await release(0)

folly::coro::Task<void> follyFixes() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await /* why */ release(1); // keep this comment
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await /* why */ folly::coro::co_withCancellation(folly::CancellationToken{}, release(1)); // keep this comment{{$}}
  co_await flush(1,
                 2);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, flush(1,{{$}}
  // CHECK-FIXES-NEXT: {{^}}                 2));{{$}}
  auto t = release(2);
  co_await std::move(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, std::move(t));{{$}}
  co_await (t = release(3), std::move(t));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await (folly::coro::co_withCancellation(folly::CancellationToken{}, (t = release(3), std::move(t))));{{$}}
  RELEASE_ALL;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  RELEASE_ALL;{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

boost::asio::awaitable<void> step();
boost::asio::awaitable<void> hangUp(int);

#define CLOSE_ALL co_await hangUp(0)

// The statement goes before the region's statement that holds the first
// unshielded await, indented like it.
boost::asio::awaitable<void> asioNested(bool again) {
  for (int i = 0; i < 2; ++i) {
    std::exception_ptr eptr;
    try {
      co_await step();
    } catch (...) {
      eptr = std::current_exception();
    }
    // Cleanup, on every path.
    if (again) {
      co_await hangUp(i);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: cleanup 'co_await' runs after
    }
    if (eptr)
      std::rethrow_exception(eptr);
  }
  // CHECK-FIXES: {{^}}    // Cleanup, on every path.{{$}}
  // CHECK-FIXES-NEXT: {{^}}    co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}    if (again) {{[{]}}{{$}}
}

// The await comes from a macro: reported, not rewritten.
boost::asio::awaitable<void> asioMacro() {
  std::exception_ptr eptr;
  try {
    co_await step();
  } catch (...) {
    eptr = std::current_exception();
  }
  CLOSE_ALL;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  CLOSE_ALL;{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// A region statement in column 0 (a label): the statement goes on a line of
// its own.
boost::asio::awaitable<void> asioLabel(bool again) {
  std::exception_ptr eptr;
  try {
    co_await step();
  } catch (...) {
    eptr = std::current_exception();
  }
retry:
  co_await hangUp(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}co_await boost::asio::this_coro::reset_cancellation_state();{{$}}
  // CHECK-FIXES-NEXT: {{^}}retry:{{$}}
  if (again) {
    again = false;
    goto retry;
  }
  if (eptr)
    std::rethrow_exception(eptr);
}
