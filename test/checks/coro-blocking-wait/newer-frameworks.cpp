// Blocking waits of async_simple, concurrencpp, Drogon, Seastar and C++/WinRT,
// and the async sleeps of async_simple and Seastar.
// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <async_simple/coro/Sleep.h>
#include <concurrencpp/concurrencpp.h>
#include <drogon/utils/coroutine.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/sleep.hh>
#include <winrt/Windows.Foundation.h>
#include <chrono>
#include <thread>
using namespace std::chrono_literals;
async_simple::coro::Lazy<int> compute();
async_simple::coro::Lazy<void> as() {
  int v = async_simple::coro::syncAwait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'async_simple::coro::syncAwait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  int v = co_await compute();{{$}}
  async_simple::coro::syncAwait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'async_simple::coro::syncAwait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await async_simple::coro::sleep(...) [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await async_simple::coro::sleep(10ms);{{$}}
  (void)v;
  co_return;
}
// Negative twins: a plain function, and a plain lambda handed elsewhere.
void asPlain() { async_simple::coro::syncAwait(compute()); }
async_simple::coro::Lazy<void> asLambda() {
  auto later = [] { return async_simple::coro::syncAwait(compute()); };
  (void)later;
  co_return;
}
concurrencpp::result<int> cr();
concurrencpp::result<void> cc() {
  auto r = cr();
  int v = r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'concurrencpp::result::get' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await the result [coro-blocking-wait]
  (void)v;
  co_return;
}
drogon::Task<int> dt();
drogon::Task<void> dr() {
  int v = drogon::sync_wait(dt());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'drogon::sync_wait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  int v = co_await dt();{{$}}
  (void)v;
  co_return;
}
seastar::future<> ss() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await seastar::sleep(...) [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await seastar::sleep(10ms);{{$}}
  co_return;
}
winrt::Windows::Foundation::IAsyncOperation<int> op();
winrt::Windows::Foundation::IAsyncAction wr() {
  int v = op().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'IAsyncOperation::get' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await the operation [coro-blocking-wait]
  (void)v;
  co_return;
}
