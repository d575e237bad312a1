// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// unifex: a stopped task is never resumed (rule 3); rule 1 does not apply.
#include <unifex/at_coroutine_exit.hpp>
#include <unifex/task.hpp>
#include <exception>

struct Conn {
  unifex::task<void> send(int);
  unifex::task<void> close();
};
unifex::task<void> work(Conn &);
unifex::task<void> release(Conn &);

unifex::task<void> asyncFinally(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: a stopped 'unifex::task' is never resumed, so the cleanup after this 'catch' never runs on cancellation; register it with 'co_await unifex::at_coroutine_exit(...)' [coro-unshielded-cleanup]
    eptr = std::current_exception();
  }
  co_await release(conn);
  if (eptr)
    std::rethrow_exception(eptr);
}

// The handler rethrows before any await: no cleanup region.
unifex::task<void> handlerRethrows(Conn &conn) {
  try {
    co_await work(conn);
  } catch (...) {
    throw;
  }
  co_await release(conn);
}

// Nothing is awaited in the try: a stop request cannot reach the handler.
void parse(Conn &);
unifex::task<void> syncTry(Conn &conn) {
  std::exception_ptr eptr;
  try {
    parse(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(conn);
  if (eptr)
    std::rethrow_exception(eptr);
}

// Nothing is awaited after the try: no async cleanup to lose.
unifex::task<void> syncCleanup(Conn &conn) {
  bool failed = false;
  try {
    co_await work(conn);
  } catch (...) {
    failed = true;
  }
  (void)failed;
}

// at_coroutine_exit is the fix; its callback's awaits stay silent.
unifex::task<void> atExit(Conn &conn) {
  co_await unifex::at_coroutine_exit(
      [](Conn *c) -> unifex::task<void> {
        std::exception_ptr eptr;
        try {
          co_await c->send(1);
        } catch (...) {
          eptr = std::current_exception();
        }
        co_await c->close();
      },
      &conn);
  co_await work(conn);
}

// In a template too, where the call of at_coroutine_exit is not resolved.
template <typename C>
unifex::task<void> atExitInTemplate(C &conn) {
  co_await unifex::at_coroutine_exit(
      [](C *c) -> unifex::task<void> {
        std::exception_ptr eptr;
        try {
          co_await c->send(1);
        } catch (...) {
          eptr = std::current_exception();
        }
        co_await c->close();
      },
      &conn);
  co_await conn.send(2);
  co_await conn.close();
}

// Rule 2 names at_coroutine_exit.
unifex::task<void> releaseSkipped(Conn conn) {
  co_await conn.send(1);
  co_await conn.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'conn' throws or is cancelled; release it with 'co_await unifex::at_coroutine_exit(...)' [coro-unshielded-cleanup]
}

// A callback stored in a variable first is still a cleanup callback.
unifex::task<void> atExitVariable(Conn &conn) {
  auto cleanup = [](Conn *c) -> unifex::task<void> {
    bool failed = false;
    try {
      co_await c->send(1);
    } catch (...) {
      failed = true;
    }
    co_await c->close();
    (void)failed;
  };
  co_await unifex::at_coroutine_exit(cleanup, &conn);
  co_await work(conn);
}

// Awaits of a lambda defined in the region belong to the lambda, which has no
// idiom of its own.
unifex::task<void> lambdaInRegion(Conn &conn) {
  bool failed = false;
  try {
    (void)conn;
  } catch (...) {
    failed = true;
  }
  auto later = [&]() -> unifex::task<void> { co_await release(conn); };
  (void)later;
  (void)failed;
}
