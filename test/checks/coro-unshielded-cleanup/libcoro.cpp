// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// libcoro: no cancellation model, so rule 1 stays silent; rule 2 applies.
#include <coro/task.hpp>
#include <exception>

struct Lock {
  coro::task<void> acquire();
  coro::task<void> unlock();
};
coro::task<void> work(Lock &);
coro::task<void> release(Lock &);

coro::task<void> asyncFinally(Lock &lock) {
  std::exception_ptr eptr;
  try {
    co_await work(lock);
  } catch (...) {
    eptr = std::current_exception();
  }
  co_await release(lock);
  if (eptr)
    std::rethrow_exception(eptr);
}

coro::task<void> releaseSkipped(Lock &lock) {
  co_await lock.acquire();
  co_await work(lock);
  co_await lock.unlock();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unlock' is skipped when an earlier 'co_await' on 'lock' throws; release it with an RAII guard [coro-unshielded-cleanup]
}

// The release of another object than the one used before: silent.
coro::task<void> otherObject(Lock &a, Lock &b) {
  co_await a.acquire();
  co_await b.unlock();
}
