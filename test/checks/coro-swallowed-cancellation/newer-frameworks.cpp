// C++/WinRT, async_simple, Seastar and concurrencpp carry a cancellation in
// an exception (hresult_canceled, SignalException, abort_requested_exception,
// interrupted_task); Drogon has none.
// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
#include <winrt/Windows.Foundation.h>
#include <drogon/utils/coroutine.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/Sleep.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/sleep.hh>
#include <seastar/core/abort_source.hh>
#include <concurrencpp/concurrencpp.h>
#include <stdexcept>
// The inserted includes; <seastar/core/abort_source.hh> is included already
// (out of order) and is not added again.
// CHECK-FIXES: {{^}}#include <async_simple/Signal.h>{{$}}
// CHECK-FIXES: {{^}}#include <concurrencpp/errors.h>{{$}}
// CHECK-FIXES-NOT: {{^}}#include <seastar/core/abort_source.hh>{{$}}
// CHECK-FIXES: {{^}}#include <seastar/core/coroutine.hh>{{$}}
// CHECK-FIXES: {{^}}#include <seastar/core/abort_source.hh>{{$}}
// CHECK-FIXES-NOT: {{^}}#include <seastar/core/abort_source.hh>{{$}}
// CHECK-FIXES: {{^}}#include <winrt/base.h>{{$}}
using namespace winrt::Windows::Foundation;
IAsyncAction step();
IAsyncAction poll() {
  while (true) {
    try {
      co_await step();
    } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'winrt::hresult_canceled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const winrt::hresult_canceled &) { throw; }' before this handler [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    catch (const winrt::hresult_canceled &) { throw; }{{$}}
    }
  }
}
IAsyncAction pollStd() {
  while (true) {
    try {
      co_await step();
    } catch (const std::exception &) {
    }
  }
}
async_simple::coro::Lazy<void> tick();
async_simple::coro::Lazy<void> loopAs() {
  for (;;) {
    try {
      co_await tick();
    } catch (const std::exception &e) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'async_simple::SignalException'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const async_simple::SignalException &) { throw; }' before this handler [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    catch (const async_simple::SignalException &) { throw; }{{$}}
    }
  }
}
seastar::future<> sstep(seastar::abort_source &as);
seastar::future<> loopSs(seastar::abort_source &as) {
  while (true) {
    try {
      co_await sstep(as);
    } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'seastar::abort_requested_exception'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const seastar::abort_requested_exception &) { throw; }' before this handler [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    catch (const seastar::abort_requested_exception &) { throw; }{{$}}
    }
  }
}
seastar::future<> loopSsTested(seastar::abort_source &as) {
  while (!as.abort_requested()) {
    try {
      co_await sstep(as);
    } catch (...) {
    }
  }
}
concurrencpp::result<void> cstep();
concurrencpp::result<void> loopCc() {
  while (true) {
    try {
      co_await cstep();
    } catch (const std::runtime_error &) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'concurrencpp::errors::interrupted_task'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const concurrencpp::errors::interrupted_task &) { throw; }' before this handler [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    catch (const concurrencpp::errors::interrupted_task &) { throw; }{{$}}
    }
  }
}

// Negative: Drogon has no cancellation exception.
drogon::Task<void> dstep();
drogon::Task<void> loopDrogon() {
  while (true) {
    try {
      co_await dstep();
    } catch (...) {
    }
  }
}

// In a member function and a template: reported once, fixed in the pattern
// only where it is not an instantiation.
struct Poller {
  IAsyncAction run() {
    for (int i = 0; i < 10; ++i) {
      try {
        co_await step();
      } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: catches 'winrt::hresult_canceled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const winrt::hresult_canceled &) { throw; }' before this handler [coro-swallowed-cancellation]
      // CHECK-FIXES: {{^}}      catch (const winrt::hresult_canceled &) { throw; }{{$}}
      }
    }
  }
};
template <typename T> IAsyncAction pollT(T t) {
  while (t) {
    try {
      co_await step();
    } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'winrt::hresult_canceled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const winrt::hresult_canceled &) { throw; }' before this handler [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    catch (const winrt::hresult_canceled &) { throw; }{{$}}
    }
  }
}
template IAsyncAction pollT(int);

// Negative twin: the handler leaves the loop.
IAsyncAction pollOnce() {
  while (true) {
    try {
      co_await step();
    } catch (...) {
      break;
    }
  }
}

// Negative twin: C++/WinRT's own loop tests the token it awaited.
IAsyncAction pollUntilCancelled() {
  auto cancel = co_await winrt::get_cancellation_token();
  while (!cancel()) {
    try {
      co_await step();
    } catch (...) {
    }
  }
}
