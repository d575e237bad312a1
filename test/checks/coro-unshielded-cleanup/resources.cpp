// RUN: %check_coro_tidy %s coro-unshielded-cleanup %t -- -- %coro_std
// Rule 2: what an await operates on (through raw and smart pointers, members
// of this), and when the resource is held (after its acquisition).
#include <inhouse/inhouse.h>
#include <memory>

struct Conn {
  acme::Job<void> send(int);
  acme::Job<void> close();
  int executor();
};
struct Semaphore {
  acme::Job<void> acquire();
  acme::Job<void> release();
};
struct Mutex {
  bool try_lock();
  acme::Job<void> unlock();
  struct Executor { acme::Job<void> yield(); };
  Executor executor();
};
acme::Job<void> on(int);

acme::Job<void> uniquePtr(std::unique_ptr<Conn> p) {
  co_await p->send(1);
  co_await p->close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'p' throws; release it with an RAII guard [coro-unshielded-cleanup]
}

acme::Job<void> sharedPtr(std::shared_ptr<Conn> p) {
  co_await (*p).send(1);
  co_await (*p).close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'p' throws; release it with an RAII guard [coro-unshielded-cleanup]
}

struct Session {
  std::unique_ptr<Conn> conn;
  acme::Job<void> run() {
    co_await conn->send(1);
    co_await conn->close();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'close' is skipped when an earlier 'co_await' on 'conn' throws; release it with an RAII guard [coro-unshielded-cleanup]
  }
};

// Negative twins: the acquisition itself is no use of a held resource.
acme::Job<void> acquired(Semaphore &s) {
  co_await s.acquire();
  co_await s.release();
}

acme::Job<void> spinLock(Mutex &m) {
  while (!m.try_lock())
    co_await m.executor().yield();
  co_await m.unlock();
}

// Held since the acquisition: an await on it after that counts.
acme::Job<void> usedWhileHeld(Semaphore &s, Conn &c) {
  co_await s.acquire();
  co_await c.send(1);
  co_await s.release();
  co_await c.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'c' throws; release it with an RAII guard [coro-unshielded-cleanup]
}

// A query of the resource's executor, and another release, are no use.
acme::Job<void> queries(Conn &c) {
  co_await on(c.executor());
  co_await c.close();
}

// In a lambda coroutine and through a macro's argument.
#define AWAIT(x) co_await x
auto lambda = [](Conn &c) -> acme::Job<void> {
  co_await c.send(1);
  AWAIT(c.close());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'close' is skipped when an earlier 'co_await' on 'c' throws; release it with an RAII guard [coro-unshielded-cleanup]
};
