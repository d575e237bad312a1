// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// cppcoro: cancellation is an explicit token; cancellation_token{} is the shield.
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/operation_cancelled.hpp>
#include <cppcoro/task.hpp>
#include <exception>

struct Conn {
  cppcoro::task<void> send(int, cppcoro::cancellation_token);
  cppcoro::task<void> close(cppcoro::cancellation_token = {});
  cppcoro::task<void> closeWith(cppcoro::cancellation_token &);
};
cppcoro::task<void> work(Conn &, cppcoro::cancellation_token);
cppcoro::task<void> release(Conn &, cppcoro::cancellation_token);
cppcoro::task<void> log(int);

cppcoro::task<void> passesToken(Conn &conn, cppcoro::cancellation_token tok) {
  std::exception_ptr eptr;
  try {
    co_await work(conn, tok);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(conn, tok);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, with a token that may be cancelled; shield it with 'cppcoro::cancellation_token{}' [coro-unshielded-cleanup]
  // CHECK-FIXES: {{^}}  co_await release(conn, cppcoro::cancellation_token{});{{$}}
  co_await conn.close(tok);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await conn.close(cppcoro::cancellation_token{});{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// A token taken by non-const reference cannot become a temporary: reported,
// not rewritten.
cppcoro::task<void> tokenByReference(Conn &conn, cppcoro::cancellation_token tok) {
  std::exception_ptr eptr;
  try {
    co_await work(conn, tok);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await conn.closeWith(tok);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await conn.closeWith(tok);{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// No token, a defaulted token, or a default-constructed one: shielded.
cppcoro::task<void> noToken(Conn &conn, cppcoro::cancellation_token tok) {
  bool cancelled = false;
  try {
    co_await work(conn, tok);
  } catch (const cppcoro::operation_cancelled &) {
    cancelled = true;
  }
  co_await log(1);
  co_await conn.close();
  co_await release(conn, cppcoro::cancellation_token{});
  cppcoro::cancellation_token none;
  co_await conn.send(2, none);
  if (cancelled)
    throw cppcoro::operation_cancelled{};
}

// Rule 2: no async-cleanup API in cppcoro.
cppcoro::task<void> releaseSkipped(Conn conn, cppcoro::cancellation_token tok) {
  co_await conn.send(1, tok);
  co_await conn.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'conn' throws or is cancelled; release it with an RAII guard [coro-unshielded-cleanup]
}
