// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
// cppcoro: cancellation is explicit, through a token; an operation given a
// token that may be cancelled throws cppcoro::operation_cancelled. The fix
// adds the header of the exception.
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/task.hpp>
#include <exception>
#include <stdexcept>
// CHECK-FIXES: {{^}}#include <cppcoro/operation_cancelled.hpp>{{$}}

cppcoro::task<int> receive(cppcoro::cancellation_token token = {});
void log(const char *);

cppcoro::task<void> consumer(cppcoro::cancellation_token token) {
  while (true) {
    try {
      co_await receive(token);
    } catch (const std::exception &e) {
      log(e.what());
    }
    // CHECK-MESSAGES: :[[@LINE-3]]:7: warning: catches 'cppcoro::operation_cancelled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const cppcoro::operation_cancelled &) { throw; }' before this handler [coro-swallowed-cancellation]
    // CHECK-FIXES: {{^}}      co_await receive(token);{{$}}
    // CHECK-FIXES-NEXT: {{^}}    }{{$}}
    // CHECK-FIXES-NEXT: {{^}}    catch (const cppcoro::operation_cancelled &) { throw; }{{$}}
    // CHECK-FIXES-NEXT: {{^}}    catch (const std::exception &e) {{{$}}
  }
}

// An await given no token, or a token that is never cancelled: silent.
cppcoro::task<void> noToken() {
  while (true) {
    try { co_await receive(); } catch (...) { log("no token"); }
    try { co_await receive(cppcoro::cancellation_token{}); } catch (...) { log("empty"); }
  }
}

// The token is asked in the condition or the handler; the handler rethrows.
cppcoro::task<void> asked(cppcoro::cancellation_token token) {
  while (!token.is_cancellation_requested()) {
    try { co_await receive(token); } catch (...) { log("asked"); }
  }
  for (;;) {
    try {
      co_await receive(token);
    } catch (...) {
      token.throw_if_cancellation_requested();
      log("retry");
    }
    try { co_await receive(token); } catch (...) { throw; }
    try { co_await receive(token); } catch (const std::invalid_argument &) { log("i"); }
  }
}
