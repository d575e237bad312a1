// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
// Debian's real Boost.Asio 1.81: a cancellation is a
// boost::system::system_error (a std::runtime_error) with the code
// error::operation_aborted. A named handler of it gets the test as its first
// statement; other handlers get a note that says what to test.
#include <boost/asio.hpp>
#include <stdexcept>
#include <system_error>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> readSome();
awaitable<int> readValue();
void log(const char *);

awaitable<void> namedHandler() {
  for (;;) {
    try {
      co_await readSome();
    } catch (const boost::system::system_error &e) {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'boost::system::system_error'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: start the handler with 'if (e.code() == boost::asio::error::operation_aborted) throw;' [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    } catch (const boost::system::system_error &e) {{{$}}
    // CHECK-FIXES-NEXT: {{^}}      if (e.code() == boost::asio::error::operation_aborted) throw;{{$}}
    // CHECK-FIXES-NEXT: {{^}}      log(e.what());{{$}}
  }
}

// One line, an empty handler, a handler by value, any variable name.
awaitable<void> handlerShapes(int n) {
  while (n) {
    try { co_await readSome(); } catch (const boost::system::system_error &err) { log(err.what()); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'; {{.*}}: start the handler with 'if (err.code() == boost::asio::error::operation_aborted) throw;'{{.*}}
    // CHECK-FIXES: {{^}}    try { co_await readSome(); } catch (const boost::system::system_error &err) { if (err.code() == boost::asio::error::operation_aborted) throw; log(err.what()); }{{$}}
    try { n = co_await readValue(); } catch (boost::system::system_error e) {}
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-FIXES: {{^}}    try { n = co_await readValue(); } catch (boost::system::system_error e) { if (e.code() == boost::asio::error::operation_aborted) throw; }{{$}}
  }
}

// catch (...), std::exception, std::runtime_error (bases of system_error)
// and an unnamed handler: no fix, a note.
awaitable<void> noFix() {
  while (true) {
    try { co_await readSome(); } catch (...) { log("all"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it [coro-swallowed-cancellation]
    // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the cancellation arrives as a 'boost::system::system_error' with an error code: catch it by name before this handler and start that handler with 'if (e.code() == boost::asio::error::operation_aborted) throw;'{{.*}}
    try { co_await readSome(); } catch (const std::exception &e) { log(e.what()); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the cancellation arrives as a 'boost::system::system_error' with an error code: catch it by name before this handler{{.*}}
    try { co_await readSome(); } catch (const std::runtime_error &) { log("runtime"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the cancellation arrives{{.*}}
    try { co_await readSome(); } catch (const boost::system::system_error &) { log("unnamed"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the cancellation arrives as a 'boost::system::system_error' with an error code: name it and start this handler with 'if (e.code() == boost::asio::error::operation_aborted) throw;'{{.*}}
  }
}
// CHECK-FIXES: {{^}}    try { co_await readSome(); } catch (...) { log("all"); }{{$}}

// Handlers that cannot catch it: std::system_error is no base of Boost's
// system_error; a class derived from it; other exceptions.
struct ProtocolError : boost::system::system_error {
  using boost::system::system_error::system_error;
};
awaitable<void> otherTypes() {
  while (true) {
    try { co_await readSome(); } catch (const ProtocolError &e) { log(e.what()); }
    try { co_await readSome(); } catch (const std::system_error &e) { log(e.what()); }
    try { co_await readSome(); } catch (const std::invalid_argument &) { log("arg"); }
    try { co_await readSome(); } catch (const std::bad_alloc &) { log("oom"); }
  }
}

// The handler tests the code, or rethrows; an earlier handler rethrows it.
awaitable<void> tested() {
  while (true) {
    try {
      co_await readSome();
    } catch (const boost::system::system_error &e) {
      if (e.code() != asio::error::operation_aborted)
        log(e.what());
    }
    try {
      co_await readSome();
    } catch (const boost::system::system_error &e) {
      if (e.code() == asio::error::operation_aborted)
        throw;
      log(e.what());
    } catch (...) {
      log("after the cancellation's handler");
    }
    try { co_await readSome(); } catch (...) { throw; }
  }
}

// The loop condition asks the cancellation state.
awaitable<void> askedInTheCondition() {
  while ((co_await asio::this_coro::cancellation_state).cancelled() ==
         asio::cancellation_type::none) {
    try { co_await readSome(); } catch (...) { log("asked"); }
  }
}

// Shielded: the state is reset before the await, or awaits do not throw
// after a cancellation; a query of this_coro never fails.
awaitable<void> shielded() {
  while (true) {
    try {
      co_await asio::this_coro::reset_cancellation_state();
      co_await readSome();
    } catch (...) {
      log("reset");
    }
    try {
      auto ex = co_await asio::this_coro::executor;
      (void)ex;
    } catch (...) {
      log("query");
    }
  }
}
awaitable<void> noThrowAfterCancellation() {
  co_await asio::this_coro::throw_if_cancelled(false);
  while (true) {
    try { co_await readSome(); } catch (...) { log("no throw"); }
  }
}

// Templates, class templates, lambdas and macros.
template <typename Stream> awaitable<void> pump(Stream &s) {
  while (true) {
    try {
      co_await s.read();
    } catch (const boost::system::system_error &e) {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-FIXES: {{^}}      co_await s.read();{{$}}
    // CHECK-FIXES-NEXT: {{^}}    } catch (const boost::system::system_error &e) {{{$}}
    // CHECK-FIXES-NEXT: {{^}}      if (e.code() == boost::asio::error::operation_aborted) throw;{{$}}
    // CHECK-FIXES-NEXT: {{^}}      log(e.what());{{$}}
  }
}

template <typename T> struct Session {
  awaitable<void> serve() {
    for (;;) {
      try { co_await readSome(); } catch (const std::exception &) { log("session"); }
      // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: catches 'boost::system::system_error'{{.*}}
      // CHECK-MESSAGES: :[[@LINE-2]]:36: note: the cancellation arrives{{.*}}
    }
  }
};
template struct Session<int>;

auto handler = []() -> awaitable<void> {
  while (true) {
    try { co_await readSome(); } catch (const boost::system::system_error &ec) { log("lambda"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'boost::system::system_error'{{.*}}
    // CHECK-FIXES: {{^}}    try { co_await readSome(); } catch (const boost::system::system_error &ec) { if (ec.code() == boost::asio::error::operation_aborted) throw; log("lambda"); }{{$}}
  }
};

#define LOGGED(stmt) try { stmt; } catch (const boost::system::system_error &e) { log(e.what()); }
awaitable<void> inMacro() {
  while (true) {
    LOGGED(co_await readSome())
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: catches 'boost::system::system_error'{{.*}}
  }
}
// CHECK-FIXES: {{^}}    LOGGED(co_await readSome()){{$}}
