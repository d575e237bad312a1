// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
// The shape of the fixes: comments and line breaks around the call, calls
// spread over lines, operands that need parentheses, values that go on into
// postfix expressions, and the include that is already there.
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>
#include <chrono>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using folly::coro::Task;

struct Box {
  int value;
  int get() const { return value; }
};
Task<Box> box();
Task<std::vector<int>> list();
Task<int> compute();
Task<int> (*factory)();
void use(int);

Task<void> shapes(bool pick) {
  /* before */ folly::coro::blockingWait(compute()); // after
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  /* before */ co_await compute(); // after{{$}}
  use(folly::coro::blockingWait(
      compute()));
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  use(co_await compute());{{$}}
  use(folly::coro::blockingWait(box()).value);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  use((co_await box()).value);{{$}}
  use(folly::coro::blockingWait(box()).get());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  use((co_await box()).get());{{$}}
  use(folly::coro::blockingWait(list())[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  use((co_await list())[0]);{{$}}
  use(-folly::coro::blockingWait(compute()) * 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  use(-co_await compute() * 2);{{$}}
  folly::coro::blockingWait(factory());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  co_await factory();{{$}}
  folly::coro::blockingWait((compute()));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  co_await (compute());{{$}}
  if (pick)
    std::this_thread::sleep_for(  20ms  );
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}    co_await folly::coro::sleep(  20ms  );{{$}}
  (void)std::this_thread::sleep_for(1ms), use(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  (void)co_await folly::coro::sleep(1ms), use(1);{{$}}
  using std::this_thread::sleep_for;
  sleep_for(3ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(3ms);{{$}}
  std::this_thread::sleep_for<long, std::milli>(4ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(4ms);{{$}}
  co_return;
}
// The header was included: no second include.
// CHECK-FIXES-NOT: #include <folly/coro/Sleep.h>
