// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
#include <folly/CancellationToken.h>
#include <folly/OperationCancelled.h>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/ScopeExit.h>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
#include <exception>
#include <stdexcept>
#include <utility>

struct Conn {
  folly::coro::Task<void> send(int);
  folly::coro::Task<void> close();
  folly::coro::Task<void> closeAsync();
  folly::coro::Task<bool> finished();
};
folly::coro::Task<void> work(Conn &);
folly::coro::Task<void> release(Conn &);
folly::coro::Task<void> log(int);

// ---- Rule 1: the async-finally idiom -------------------------------------

folly::coro::Task<void> finallyAwait(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after a cancellation, when every await fails at once; shield it with 'folly::coro::co_withCancellation(folly::CancellationToken{}, ...)' [coro-unshielded-cleanup]
  // CHECK-FIXES: {{^}}  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, release(conn));{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

// Already shielded: silent.
folly::coro::Task<void> finallyShielded(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, release(conn));
  folly::CancellationToken none;
  co_await folly::coro::co_withCancellation(none, conn.close());
  if (eptr)
    std::rethrow_exception(eptr);
}

// A token the user chose: not ours to judge.
folly::coro::Task<void> finallyOwnToken(Conn &conn, folly::CancellationToken tok) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await folly::coro::co_withCancellation(tok, release(conn));
  if (eptr)
    std::rethrow_exception(eptr);
}

// Catching the cancellation exception and setting a flag is the idiom too;
// every unshielded await of the region is reported, up to the rethrow.
folly::coro::Task<void> cancelledFlag(Conn &conn) {
  bool cancelled = false;
  try {
    co_await work(conn);
  } catch (const folly::OperationCancelled &) {
    cancelled = true;
  }
  co_await log(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, log(1));{{$}}
  if (cancelled) {
    co_await conn.close();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: cleanup 'co_await' runs after
    // CHECK-FIXES: {{^}}    co_await folly::coro::co_withCancellation(folly::CancellationToken{}, conn.close());{{$}}
    throw folly::OperationCancelled{};
  }
  co_await log(2); // After the rethrow: not the region.
}

// The handler rethrows before any await: the code after the try is not a
// cleanup region.
folly::coro::Task<void> handlerRethrows(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
    eptr = std::current_exception();
    throw;
  }
  co_await release(conn);
}

// The cancellation is rethrown by an earlier handler: the catch-all records
// other errors only, and its region runs without a cancellation.
folly::coro::Task<void> cancellationRethrown(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (const folly::OperationCancelled &) {
    throw;
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(conn);
  if (eptr)
    std::rethrow_exception(eptr);
}

// A handler for other exceptions does not catch the cancellation.
folly::coro::Task<void> otherException(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (const std::runtime_error &) {
    eptr = std::current_exception();
  }
  co_await release(conn);
}

// A try around synchronous code only: no cancellation reaches the handler.
void parse(Conn &);
folly::coro::Task<void> syncTry(Conn &conn) {
  bool failed = false;
  try {
    parse(conn);
  } catch (...) {
    failed = true;
  }
  co_await conn.send(failed ? 1 : 0);
}

// A handler that records nothing swallows the error: not the idiom.
folly::coro::Task<void> swallowed(Conn &conn) {
  try {
    co_await work(conn);
  } catch (...) {
  }
  co_await release(conn);
}

// Awaits in a co_scope_exit callback already run without cancellation.
folly::coro::Task<void> scopeExit(Conn &conn) {
  co_await folly::coro::co_scope_exit(
      [](Conn *c) -> folly::coro::Task<void> {
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

// In a template the shield and co_scope_exit calls are not resolved; they
// still count.
template <typename C>
folly::coro::Task<void> shieldedInTemplate(C &conn) {
  std::exception_ptr eptr;
  try {
    co_await conn.send(1);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await folly::coro::co_withCancellation(folly::CancellationToken{},
                                            conn.close());
  co_await conn.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: cleanup 'co_await' runs after
  // CHECK-FIXES: {{^}}  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, conn.close());{{$}}
  if (eptr)
    std::rethrow_exception(eptr);
}

template <typename C>
folly::coro::Task<void> registeredInTemplate(C conn) {
  co_await folly::coro::co_scope_exit(
      [](C *c) -> folly::coro::Task<void> { co_await c->close(); }, &conn);
  co_await conn.send(1);
  co_await conn.close();
}

// Not a coroutine: nothing to cancel.
void notACoroutine(Conn &conn) {
  std::exception_ptr eptr;
  try {
    (void)work(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  (void)release(conn);
}

// ---- Rule 2: a release that an earlier await skips -----------------------

folly::coro::Task<void> releaseSkipped(Conn conn) {
  co_await conn.send(1);
  co_await conn.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'conn' throws or is cancelled; release it with 'co_await folly::coro::co_scope_exit(...)' [coro-unshielded-cleanup]
}

folly::coro::Task<void> releaseFreeFunction(Conn &conn) {
  co_await work(conn);
  co_await release(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'release' is skipped when an earlier 'co_await' on 'conn' throws or is cancelled; release it with 'co_await folly::coro::co_scope_exit(...)' [coro-unshielded-cleanup]
}

folly::coro::Task<void> releaseWordMatch(Conn conn) {
  co_await conn.send(1);
  co_await conn.closeAsync();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'closeAsync' is skipped when an earlier 'co_await' on 'conn' throws or is cancelled
}

// A scope guard declared earlier releases it on the failure path already.
template <typename F> struct Guard {
  F f;
  bool armed = true;
  ~Guard() {
    if (armed)
      f();
  }
  void dismiss() { armed = false; }
};
template <typename F> Guard<F> makeGuard(F f) { return {std::move(f)}; }
void closeNow(Conn &);
folly::coro::Task<void> releaseGuarded(Conn conn, bool more) {
  auto guard = makeGuard([&conn] { closeNow(conn); });
  if (more) {
    co_await conn.send(1);
    co_await conn.close();
  }
  guard.dismiss();
}

// A variable that merely used the resource is no guard.
folly::coro::Task<bool> peek(Conn &);
folly::coro::Task<void> releaseAfterRead(Conn conn) {
  auto first = co_await peek(conn);
  (void)first;
  co_await conn.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'conn' throws or is cancelled
}

// The same member of another object is another resource.
struct Session {
  Conn conn_;
  folly::coro::Task<void> bridge(Session &peer) {
    co_await peer.conn_.send(1);
    co_await conn_.close();
  }
  folly::coro::Task<void> serve() {
    co_await conn_.send(1);
    co_await conn_.close();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'close' is skipped when an earlier 'co_await' on 'conn_' throws or is cancelled
  }
};

// No earlier await uses the resource.
folly::coro::Task<void> releaseOnly(Conn conn) {
  co_await log(1);
  co_await conn.close();
}

// 'finished' is a query, not a release word.
folly::coro::Task<void> notARelease(Conn conn) {
  co_await conn.send(1);
  bool done = co_await conn.finished();
  (void)done;
}

// Inside a try: the author handles the failure path.
folly::coro::Task<void> releaseInTry(Conn conn) {
  try {
    co_await conn.send(1);
    co_await conn.close();
  } catch (const std::runtime_error &) {
  }
}

// Earlier awaits inside a try that handles them do not skip the release.
folly::coro::Task<void> earlierInTry(Conn conn) {
  try {
    co_await conn.send(1);
  } catch (const std::runtime_error &) {
  }
  co_await conn.close();
}

// Registered with co_scope_exit: the explicit await is not the only path.
folly::coro::Task<void> releaseRegistered(Conn conn) {
  co_await folly::coro::co_scope_exit(
      [](Conn *c) -> folly::coro::Task<void> { co_await c->close(); }, &conn);
  co_await conn.send(1);
  co_await conn.close();
}

// A CleanableAsyncGenerator's cleanup() belongs to coro-unclosed-generator.
folly::coro::CleanableAsyncGenerator<int> numbers();
folly::coro::Task<void> generatorCleanup() {
  auto gen = numbers();
  while (auto item = co_await gen.next())
    (void)*item;
  co_await std::move(gen).cleanup();
}

// The awaits of a lambda written in the region are the lambda's, not the
// region's.
folly::coro::Task<void> lambdaInRegion(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  auto later = [&]() -> folly::coro::Task<void> { co_await release(conn); };
  (void)later;
  if (eptr)
    std::rethrow_exception(eptr);
}

// The region of a nested block is found too.
folly::coro::Task<void> nestedBlock(Conn &conn, bool retry) {
  if (retry) {
    bool failed = false;
    try {
      co_await work(conn);
    } catch (...) {
      failed = true;
    }
    co_await conn.close();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: cleanup 'co_await' runs after
    // CHECK-FIXES: {{^}}    co_await folly::coro::co_withCancellation(folly::CancellationToken{}, conn.close());{{$}}
    if (failed)
      throw std::runtime_error("retry failed");
  }
  co_await log(3);
}
