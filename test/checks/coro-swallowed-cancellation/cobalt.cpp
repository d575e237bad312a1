// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
// Boost.Cobalt stand-ins on Debian's real Boost 1.81: after a cancellation
// an await throws boost::system::system_error(asio::error::operation_aborted).
#include <boost/asio/error.hpp>
#include <boost/cobalt/generator.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/system/system_error.hpp>
#include <stdexcept>

namespace cobalt = boost::cobalt;

cobalt::task<int> receive();
void log(const char *);

cobalt::task<void> consumer() {
  for (;;) {
    try {
      int v = co_await receive();
      (void)v;
    } catch (const boost::system::system_error &e) {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'boost::system::system_error'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: start the handler with 'if (e.code() == boost::asio::error::operation_aborted) throw;' [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    } catch (const boost::system::system_error &e) {{{$}}
    // CHECK-FIXES-NEXT: {{^}}      if (e.code() == boost::asio::error::operation_aborted) throw;{{$}}
    // CHECK-FIXES-NEXT: {{^}}      log(e.what());{{$}}
  }
}

// An eager promise, catch (...): a note.
cobalt::promise<void> watcher() {
  while (true) {
    try { co_await receive(); } catch (...) { log("all"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: catches 'boost::system::system_error'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    // CHECK-MESSAGES: :[[@LINE-2]]:33: note: the cancellation arrives as a 'boost::system::system_error' with an error code: catch it by name before this handler and start that handler with 'if (e.code() == boost::asio::error::operation_aborted) throw;'
  }
}

// Negative twins: the cancellation asked in the condition, the code
// tested, the handler rethrows, a shield, another exception.
cobalt::task<void> silent() {
  while (!(co_await cobalt::this_coro::cancelled)) {
    try { co_await receive(); } catch (...) { log("asked"); }
  }
  while (true) {
    try {
      co_await receive();
    } catch (const boost::system::system_error &e) {
      if (e.code() == boost::asio::error::operation_aborted)
        throw;
      log(e.what());
    }
    try {
      co_await cobalt::this_coro::reset_cancellation_state();
      co_await receive();
    } catch (...) {
      log("shielded");
    }
    try { co_await receive(); } catch (const std::invalid_argument &) { log("i"); }
  }
}
