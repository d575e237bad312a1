// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %qcoro_flags
// Real Debian QCoro 0.8: no cancellation model, so rule 1 stays silent;
// rule 2 still applies (an exception skips the release).
#include <qcoro/qcorotask.h>
#include <exception>

struct Conn {
  QCoro::Task<> send(int);
  QCoro::Task<> close();
};
QCoro::Task<> work(Conn &);
QCoro::Task<> release(Conn &);

QCoro::Task<> asyncFinally(Conn &conn) {
  std::exception_ptr eptr;
  try {
    co_await work(conn);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(conn);
  if (eptr)
    std::rethrow_exception(eptr);
}

QCoro::Task<> releaseSkipped(Conn conn) {
  co_await conn.send(1);
  co_await conn.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'conn' throws; release it with an RAII guard [coro-unshielded-cleanup]
}

QCoro::Task<> releaseAfterFinally(Conn conn) {
  std::exception_ptr eptr;
  try {
    co_await conn.send(1);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await conn.close();
  if (eptr)
    std::rethrow_exception(eptr);
}
