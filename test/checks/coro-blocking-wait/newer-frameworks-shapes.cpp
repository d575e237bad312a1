// Readiness tests of concurrencpp (status()) and C++/WinRT (Status()), a
// sync wait whose await upstream deprecates (no fix), and the async-sleep
// fix when the sleep header's #include sits in an inactive #if.
// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <concurrencpp/concurrencpp.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <winrt/Windows.Foundation.h>
#ifdef HAVE_SEASTAR_SLEEP
#include <seastar/core/sleep.hh>
#endif
#include <chrono>
#include <thread>
// CHECK-FIXES: {{^}}#endif{{$}}
// CHECK-FIXES-NEXT: {{^}}#include <chrono>{{$}}
// CHECK-FIXES-NEXT: {{^}}#include <seastar/core/sleep.hh>{{$}}

concurrencpp::result<int> ready(concurrencpp::result<int> r) {
  if (r.status() != concurrencpp::result_status::idle)
    co_return r.get();
  co_return co_await r;
}

winrt::Windows::Foundation::IAsyncOperation<int> compute();
winrt::Windows::Foundation::IAsyncAction completed() {
  auto op = compute();
  if (op.Status() == winrt::Windows::Foundation::AsyncStatus::Completed)
    (void)op.get();
  co_return;
}

async_simple::coro::Lazy<int> get42();
async_simple::coro::Lazy<int> viaExecutor(async_simple::Executor *ex) {
  co_return async_simple::coro::syncAwait(get42().via(ex));
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'async_simple::coro::syncAwait' blocks the thread that runs this coroutine until the work completes, and deadlocks if that work needs this thread; co_await the task [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_return async_simple::coro::syncAwait(get42().via(ex));{{$}}
}

seastar::future<> snooze() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await seastar::sleep(...) [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  co_await seastar::sleep(std::chrono::seconds(1));{{$}}
  co_return;
}
