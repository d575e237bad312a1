// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
// The fix-its' layout: the rethrowing handler gets a line of its own with
// the handler's indentation, whatever stands before the 'catch'; the
// exception's header is added once, when the file lacks it (here the
// exception's class is not even declared: its known base, std::exception,
// decides); the asio test goes first in the handler, also an empty one.
#include <boost/asio.hpp>
#include <folly/coro/Task.h>
#include <exception>
// CHECK-FIXES: {{^}}#include <folly/OperationCancelled.h>{{$}}

folly::coro::Task<void> poll();
boost::asio::awaitable<void> readSome();
void log(const char *);

folly::coro::Task<void> ownLines() {
  while (true)
  {
    try
    {
      co_await poll();
    }
    catch (const std::exception &e)
    {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-4]]:5: warning: catches 'folly::OperationCancelled'
    // CHECK-FIXES: {{^}}      co_await poll();{{$}}
    // CHECK-FIXES-NEXT: {{^}}    }{{$}}
    // CHECK-FIXES-NEXT: {{^}}    catch (const folly::OperationCancelled &) { throw; }{{$}}
    // CHECK-FIXES-NEXT: {{^}}    catch (const std::exception &e){{$}}
  }
}

folly::coro::Task<void> tabsAndComments() {
	for (;;) {
		try {
			co_await poll();
		} /* swallow */ catch (...) {
			log("tab");
		}
		// CHECK-MESSAGES: :[[@LINE-3]]:19: warning: catches 'folly::OperationCancelled'
		// CHECK-FIXES: {{^}}			co_await poll();{{$}}
		// CHECK-FIXES-NEXT: {{^}}		} /* swallow */{{$}}
		// CHECK-FIXES-NEXT: {{^}}		catch (const folly::OperationCancelled &) { throw; }{{$}}
		// CHECK-FIXES-NEXT: {{^}}		catch (...) {{{$}}
	}
}

// The handler's body comes from a macro: the catch is written here, so the
// fix applies.
#define IGNORE_ERROR() log("ignored")
folly::coro::Task<void> bodyInMacro() {
  while (true) {
    try { co_await poll(); } catch (...) { IGNORE_ERROR(); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'folly::OperationCancelled'
    // CHECK-FIXES: {{^}}    try { co_await poll(); }{{$}}
    // CHECK-FIXES-NEXT: {{^}}    catch (const folly::OperationCancelled &) { throw; }{{$}}
    // CHECK-FIXES-NEXT: {{^}}    catch (...) { IGNORE_ERROR(); }{{$}}
  }
}

// The catch comes from a macro: no fix.
#define CATCH_ALL catch (...)
folly::coro::Task<void> catchInMacro() {
  while (true) {
    try { co_await poll(); } CATCH_ALL { log("macro"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: catches 'folly::OperationCancelled'
    // CHECK-FIXES: {{^}}    try { co_await poll(); } CATCH_ALL { log("macro"); }{{$}}
  }
}

boost::asio::awaitable<void> asioShapes() {
  while (true) {
    try {
      co_await readSome();
    } catch (const boost::system::system_error &e) {
    }
    // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-FIXES: {{^}}    } catch (const boost::system::system_error &e) {{{$}}
    // CHECK-FIXES-NEXT: {{^}}      if (e.code() == boost::asio::error::operation_aborted) throw;{{$}}
    // CHECK-FIXES-NEXT: {{^}}    }{{$}}
    try {
      co_await readSome();
    } catch (const boost::system::system_error &e) { // ignored
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-FIXES: {{^}}    } catch (const boost::system::system_error &e) { // ignored{{$}}
    // CHECK-FIXES-NEXT: {{^}}      if (e.code() == boost::asio::error::operation_aborted) throw;{{$}}
    // CHECK-FIXES-NEXT: {{^}}      log(e.what());{{$}}
    try { co_await readSome(); } catch (const boost::system::system_error &e) { }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-FIXES: {{^}}    try { co_await readSome(); } catch (const boost::system::system_error &e) { if (e.code() == boost::asio::error::operation_aborted) throw; }{{$}}
  }
}
