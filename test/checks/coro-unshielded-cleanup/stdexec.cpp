// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// exec::task and stdexec::task: a stopped task is never resumed (rule 3).
#include <exec/at_coroutine_exit.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <exception>

exec::task<void> work();
exec::task<void> release();
stdexec::task<void> work2();
stdexec::task<void> release2();

exec::task<void> execTask() {
  std::exception_ptr eptr;
  try {
    co_await work();
  } catch (...) {
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a stopped 'exec::task' is never resumed, so the cleanup after this 'catch' never runs on cancellation; register it with 'co_await exec::at_coroutine_exit(...)' [coro-unshielded-cleanup]
    eptr = std::current_exception();
  }
  co_await release();
  if (eptr)
    std::rethrow_exception(eptr);
}

stdexec::task<void> stdexecTask() {
  bool failed = false;
  try {
    co_await work2();
  } catch (...) {
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a stopped 'stdexec::task' is never resumed, so the cleanup after this 'catch' never runs on cancellation; register it with 'co_await exec::at_coroutine_exit(...)' [coro-unshielded-cleanup]
    failed = true;
  }
  co_await release2();
  if (failed)
    throw 1;
}

// The handler leaves: silent.
exec::task<void> handlerReturns() {
  try {
    co_await work();
  } catch (...) {
    co_return;
  }
  co_await release();
}

// Awaits inside an at_coroutine_exit callback stay silent.
exec::task<void> atExit() {
  co_await exec::at_coroutine_exit([]() -> exec::task<void> {
    bool failed = false;
    try {
      co_await work();
    } catch (...) {
      failed = true;
    }
    co_await release();
    (void)failed;
  });
  co_await work();
}

// Rule 2 names exec::at_coroutine_exit.
struct Channel {
  exec::task<void> push(int);
  exec::task<void> close();
};
exec::task<void> releaseSkipped(Channel ch) {
  co_await ch.push(1);
  co_await ch.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'ch' throws or is cancelled; release it with 'co_await exec::at_coroutine_exit(...)' [coro-unshielded-cleanup]
}

// Released in an at_coroutine_exit callback instead: silent.
exec::task<void> releaseAtExit(Channel ch) {
  co_await exec::at_coroutine_exit(
      [](Channel *c) -> exec::task<void> { co_await c->close(); }, &ch);
  co_await ch.push(1);
}
