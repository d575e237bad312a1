// Rule 4: calling a function whose return type is a detached coroutine (the
// promise never suspends at either end and the return object owns nothing).
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <boost/cobalt/detached.hpp>
#include <inhouse/inhouse.h>
#include <winrt/base.h>

winrt::fire_and_forget refresh();   // promise from a coroutine_traits specialization
boost::cobalt::detached notify();
acme::FireAndForget log_later();     // hand-written, nested promise_type

// Defined here, so the promises are instantiated as well.
winrt::fire_and_forget refresh_now() { co_return; }

void caller() {
  refresh();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'refresh' starts a detached coroutine: an exception that escapes it ends the process, and nothing can cancel or join it [coro-fire-and-forget]
  refresh_now();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'refresh_now' starts a detached coroutine: an exception that escapes it ends the process, and nothing can cancel or join it [coro-fire-and-forget]
  notify();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'notify' starts a detached coroutine: its errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: keep the promise and co_await it, or use 'cobalt::join' / 'cobalt::gather'
  (void)log_later(); // a cast does not make it joinable
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'log_later' starts a detached coroutine: its errors are lost and nothing can cancel or join it [coro-fire-and-forget]
}

// Negative twins: a type that never suspends but owns its frame is an eager
// task, not a detached one; an empty struct without a promise is nothing.
struct Empty {};
Empty make_empty();
acme::EagerJob<int> eager();
void negatives() {
  make_empty();
  (void)eager();
}
