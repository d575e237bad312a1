// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1
// Debian's standalone asio 1.22: asio::system_error is a typedef of
// std::system_error, a std::runtime_error; the fix spells 'asio::'.
#include <asio.hpp>
#include <stdexcept>
#include <system_error>

asio::awaitable<void> readSome();
void log(const char *);

asio::awaitable<void> typedefName() {
  for (;;) {
    try {
      co_await readSome();
    } catch (const asio::system_error &e) {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'asio::system_error'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: start the handler with 'if (e.code() == asio::error::operation_aborted) throw;' [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    } catch (const asio::system_error &e) {{{$}}
    // CHECK-FIXES-NEXT: {{^}}      if (e.code() == asio::error::operation_aborted) throw;{{$}}
    // CHECK-FIXES-NEXT: {{^}}      log(e.what());{{$}}
  }
}

// std::system_error is the same class.
asio::awaitable<void> stdName() {
  while (true) {
    try { co_await readSome(); } catch (const std::system_error &ec) { log(ec.what()); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'asio::system_error'; {{.*}}: start the handler with 'if (ec.code() == asio::error::operation_aborted) throw;' [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}    try { co_await readSome(); } catch (const std::system_error &ec) { if (ec.code() == asio::error::operation_aborted) throw; log(ec.what()); }{{$}}
  }
}

// Its bases catch it too, without a fix.
asio::awaitable<void> bases() {
  while (true) {
    try { co_await readSome(); } catch (const std::runtime_error &) { log("r"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'asio::system_error'; {{.*}}; rethrow it [coro-swallowed-cancellation]
    // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the cancellation arrives as a 'asio::system_error' with an error code: catch it by name before this handler and start that handler with 'if (e.code() == asio::error::operation_aborted) throw;'
    try { co_await readSome(); } catch (...) { log("all"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'asio::system_error'{{.*}}
    // CHECK-MESSAGES: :[[@LINE-2]]:34: note: the cancellation arrives{{.*}}
  }
}

// Negative twins: other exceptions, a test of the code, a shield.
asio::awaitable<void> silent() {
  while (true) {
    try { co_await readSome(); } catch (const std::invalid_argument &) { log("i"); }
    try {
      co_await readSome();
    } catch (const std::system_error &e) {
      if (e.code() != asio::error::operation_aborted)
        log(e.what());
    }
    try {
      co_await asio::this_coro::reset_cancellation_state();
      co_await readSome();
    } catch (...) {
      log("reset");
    }
  }
}
