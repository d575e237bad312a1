// Shapes from real code (folly's tests, QCoro's tests): a readiness test in
// an assertion macro's condition, and a user's own coroutine named sleep.
// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <chrono>
#include <unistd.h>

folly::SemiFuture<int> make();
namespace testing {
struct AssertionResult {
  explicit AssertionResult(bool b) : ok(b) {}
  explicit operator bool() const { return ok; }
  bool ok;
};
void fail();
} // namespace testing
#define EXPECT_TRUE(cond)                                                      \
  switch (0)                                                                   \
  case 0:                                                                      \
  default:                                                                     \
    if (const ::testing::AssertionResult ar = ::testing::AssertionResult(cond)) \
      ;                                                                        \
    else                                                                       \
      ::testing::fail()

folly::coro::Task<int> viaMacro() {
  auto f = make();
  EXPECT_TRUE(f.isReady());
  co_return std::move(f).get();
}
folly::coro::Task<int> viaConditionVariable() {
  auto f = make();
  if (const testing::AssertionResult r = testing::AssertionResult(f.isReady()))
    ;
  else
    testing::fail();
  co_return std::move(f).get();
}
// Negative twin's positive: no readiness test.
folly::coro::Task<int> untested() {
  auto f = make();
  EXPECT_TRUE(true);
  co_return std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'folly::SemiFuture::get' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await std::move(future) [coro-blocking-wait]
}

// A user's own sleep coroutine is not POSIX sleep; ::sleep is.
folly::coro::Task<void> sleep(std::chrono::milliseconds ms);
folly::coro::Task<void> user() {
  co_await sleep(std::chrono::milliseconds(10));
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await folly::coro::sleep(...) [coro-blocking-wait]
}
