// The round trip: every diagnostic here has a fix; the fixed file compiles
// (check_coro_tidy.py) and a second run finds nothing.
// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
// RUN: %coro_tidy --checks='-*,coro-blocking-wait' %t.cpp -- %coro_std 2>&1 | FileCheck --allow-empty --check-prefix=SECOND %s
// SECOND-NOT: warning:
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/task.hpp>
#include <coro/sync_wait.hpp>
#include <coro/task.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <exec/task.hpp>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <stdexec/execution.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

namespace folly_side {
folly::coro::Task<int> compute();
struct Box {
  int value;
};
folly::coro::Task<Box> box();
folly::coro::Task<int> caller() {
  int a = folly::coro::blockingWait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'folly::coro::blockingWait' blocks
  a += folly::coro::blockingWait(box()).value;
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'folly::coro::blockingWait' blocks
  // CHECK-FIXES: {{^}}  a += (co_await box()).value;{{$}}
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}  co_await folly::coro::sleep(10ms);{{$}}
  for (int i = 0; i < 3; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::this_thread::sleep_for' blocks
  // CHECK-FIXES: {{^}}    co_await folly::coro::sleep(std::chrono::milliseconds(i));{{$}}
  co_return a;
}
} // namespace folly_side

namespace others {
cppcoro::task<int> cppcoroTask();
cppcoro::task<int> viaCppcoro() { co_return cppcoro::sync_wait(cppcoroTask()); }
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'cppcoro::sync_wait' blocks
// CHECK-FIXES: {{^}}cppcoro::task<int> viaCppcoro() { co_return co_await cppcoroTask(); }{{$}}
unifex::task<int> unifexTask();
unifex::task<void> viaUnifex() {
  unifex::sync_wait(unifexTask());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::sync_wait' blocks
  co_return;
}
exec::task<int> execTask();
exec::task<void> viaStdexec() {
  stdexec::sync_wait(execTask());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks
  co_return;
}
coro::task<int> libcoroTask();
coro::task<int> viaLibcoro() { co_return coro::sync_wait(libcoroTask()); }
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'coro::sync_wait' blocks
boost::cobalt::task<int> cobaltTask();
boost::cobalt::task<int> viaCobalt() {
  co_return boost::cobalt::run(cobaltTask()) + 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'boost::cobalt::run' blocks
  // CHECK-FIXES: {{^}}  co_return co_await cobaltTask() + 1;{{$}}
}
} // namespace others
