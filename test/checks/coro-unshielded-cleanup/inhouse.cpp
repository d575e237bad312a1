// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// In-house coroutine types (no framework): rule 2 only.
#include <inhouse/inhouse.h>
#include <exception>

struct Txn {
  acme::Job<void> put(int);
  acme::Job<void> rollback();
  acme::Job<void> commit();
};
acme::Job<void> work(Txn &);

acme::Job<void> releaseSkipped(Txn &txn) {
  co_await txn.put(1);
  co_await txn.put(2);
  co_await txn.rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'rollback' is skipped when an earlier 'co_await' on 'txn' throws; release it with an RAII guard [coro-unshielded-cleanup]
}

// 'commit' is not a release word.
acme::Job<void> commits(Txn &txn) {
  co_await txn.put(1);
  co_await txn.commit();
}

// No cancellation model: the async-finally idiom is fine here.
acme::Job<void> asyncFinally(Txn &txn) {
  std::exception_ptr eptr;
  try {
    co_await work(txn);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await txn.rollback();
  if (eptr)
    std::rethrow_exception(eptr);
}

// Templates are checked once, in the written form.
template <typename T> acme::Job<void> generic(T &res) {
  co_await res.put(1);
  co_await res.rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'rollback' is skipped when an earlier 'co_await' on 'res' throws; release it with an RAII guard [coro-unshielded-cleanup]
}
template acme::Job<void> generic(Txn &);
