// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
// folly::coro: every rule, its negative twins, and every place a handler
// can be written (templates, class templates, lambdas, members, macros).
#include <folly/CancellationToken.h>
#include <folly/OperationCancelled.h>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
#include <exception>
#include <stdexcept>
#include <stop_token>

struct Client {
  folly::coro::Task<void> poll();
  folly::coro::Task<int> fetch();
};
void log(const char *);
void parse();
[[noreturn]] void fatal(const char *);
struct MyError : std::exception {};

// ---- Rule 1: a try in a loop, around an await ----------------------------

folly::coro::Task<void> pollForever(Client &c) {
  while (true) {
    try {
      co_await c.poll();
    } catch (const std::exception &e) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'folly::OperationCancelled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it: insert 'catch (const folly::OperationCancelled &) { throw; }' before this handler [coro-swallowed-cancellation]
      log(e.what());
    }
  }
}
// CHECK-FIXES: {{^}}folly::coro::Task<void> pollForever(Client &c) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  while (true) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    try {{{$}}
// CHECK-FIXES-NEXT: {{^}}      co_await c.poll();{{$}}
// CHECK-FIXES-NEXT: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}    catch (const folly::OperationCancelled &) { throw; }{{$}}
// CHECK-FIXES-NEXT: {{^}}    catch (const std::exception &e) {{{$}}

// Every kind of loop, at any depth inside it.
folly::coro::Task<void> loops(Client &c, int n, int (&xs)[4]) {
  for (;;) {
    try { co_await c.poll(); } catch (...) { log("for"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'; the loop goes on after a cancellation
  }
  for (int i = 0; i < n; ++i)
    try { co_await c.poll(); } catch (...) { log("for-i"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  do {
    if (n > 1) {
      try { co_await c.poll(); } catch (...) { log("do"); }
      // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'folly::OperationCancelled'
    }
  } while (n);
  for (int x : xs) {
    try { n += co_await c.fetch() + x; } catch (...) { log("range"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: catches 'folly::OperationCancelled'
  }
}

// An await outside the try, in the condition here, would end the loop at
// its next turn, but the handler takes the cancellation for an error first.
folly::coro::Task<void> consume(folly::coro::AsyncGenerator<int> gen,
                                Client &c) {
  while (auto item = co_await gen.next()) {
    try { co_await c.poll(); } catch (const std::exception &e) { log(e.what()); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  }
}

// A co_yield fails after a cancellation too.
folly::coro::AsyncGenerator<int> numbers() {
  for (int i = 0;; ++i) {
    try { co_yield i; } catch (...) { log("yield"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: catches 'folly::OperationCancelled'
  }
}

// Not in a loop, a loop inside the try, no await in the try, a shielded
// await: silent.
folly::coro::Task<void> notInALoop(Client &c) {
  try { co_await c.poll(); } catch (...) { log("once"); }
  try {
    while (true)
      co_await c.poll();
  } catch (...) {
    log("loop inside");
  }
  while (true) {
    try { parse(); } catch (...) { log("sync"); }
    try {
      co_await folly::coro::co_withCancellation(folly::CancellationToken{},
                                                c.poll());
    } catch (...) {
      log("shielded");
    }
    co_await c.poll();
  }
}

// A loop in a function that is no coroutine, and a lambda that is none.
void notACoroutine() {
  while (true) {
    try { parse(); } catch (...) { log("plain"); }
  }
}
folly::coro::Task<void> plainLambda(Client &c) {
  auto retry = [] {
    while (true) {
      try { parse(); } catch (...) { log("lambda"); }
    }
  };
  retry();
  co_await c.poll();
}

// ---- Rule 2: the handler can catch the cancellation ----------------------

folly::coro::Task<void> handlerTypes(Client &c) {
  while (true) {
    try { co_await c.poll(); } catch (std::exception e) { log(e.what()); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'; {{.*}}: insert 'catch (const folly::OperationCancelled &) { throw; }' before this handler
    // The cancellation's own class swallows it too; the rethrowing handler
    // cannot go before it (it would take its place): no fix.
    try { co_await c.poll(); } catch (const folly::OperationCancelled &) { log("n"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it [coro-swallowed-cancellation]
    // Other exception types: silent.
    try { co_await c.poll(); } catch (const std::invalid_argument &) { log("i"); }
    try { co_await c.poll(); } catch (const std::runtime_error &) { log("r"); }
    try { co_await c.poll(); } catch (const MyError &) { log("mine"); }
    try { co_await c.poll(); } catch (const std::exception *) { log("ptr"); }
  }
}
// CHECK-FIXES: {{^}}folly::coro::Task<void> handlerTypes(Client &c) {{{$}}
// CHECK-FIXES-NEXT: {{^}}  while (true) {{{$}}
// CHECK-FIXES-NEXT: {{^}}    try { co_await c.poll(); }{{$}}
// CHECK-FIXES-NEXT: {{^}}    catch (const folly::OperationCancelled &) { throw; }{{$}}
// CHECK-FIXES-NEXT: {{^}}    catch (std::exception e) { log(e.what()); }{{$}}
// CHECK-FIXES: {{^}}    try { co_await c.poll(); } catch (const folly::OperationCancelled &) { log("n"); }{{$}}

// ---- Rule 3: the first handler that catches it ---------------------------

folly::coro::Task<void> earlierHandlers(Client &c) {
  int n = 0;
  while (true) {
    try {
      co_await c.poll();
    } catch (const folly::OperationCancelled &) {
      throw;
    } catch (...) {
      log("rethrown first");
    }
    try {
      co_await c.poll();
    } catch (const std::invalid_argument &) {
      log("bad argument");
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'folly::OperationCancelled'
      log("other");
    }
    try {
      co_await c.poll();
    } catch (const std::exception &) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catches 'folly::OperationCancelled'
      ++n;
    } catch (...) {
      log("never the cancellation");
    }
  }
}

// ---- Rule 4: the handler does not leave the loop -------------------------

folly::coro::Task<void> leaves(Client &c, bool &done) {
  while (true) {
    try { co_await c.poll(); } catch (...) { throw; }
    try { co_await c.poll(); } catch (const std::exception &) { throw MyError{}; }
    try { co_await c.poll(); } catch (...) { std::rethrow_exception(std::current_exception()); }
    try { co_await c.poll(); } catch (...) { fatal("no way out"); }
    try { co_await c.poll(); } catch (...) { co_return; }
    try { co_await c.poll(); } catch (...) { if (done) break; }
    try { co_await c.poll(); } catch (...) { goto out; }
    std::exception_ptr ep;
    try { co_await c.poll(); } catch (...) { ep = std::current_exception(); }
    if (ep)
      std::rethrow_exception(ep);
  }
out:
  while (!done) {
    try { co_await c.poll(); } catch (...) { done = true; }
  }
}

// Staying in the loop: continue, a break of a loop or switch inside the
// handler, a break that leaves only the inner loop, a throw in a lambda.
folly::coro::Task<void> staysInTheLoop(Client &c, int (&xs)[2]) {
  while (true) {
    try { co_await c.poll(); } catch (...) { log("c"); continue; }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
    try { co_await c.poll(); } catch (...) { for (int x : xs) if (x) break; }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
    for (int x : xs) {
      try { co_await c.poll(); } catch (...) { log("inner"); break; }
      // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'folly::OperationCancelled'
      (void)x;
    }
    try { co_await c.poll(); } catch (...) { auto l = [] { throw 1; }; (void)l; }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  }
}

// ---- Rule 5: no cancellation test ----------------------------------------

folly::coro::Task<void> tests(Client &c, folly::CancellationToken tok,
                              std::stop_token st) {
  while (true) {
    try {
      co_await c.poll();
    } catch (const std::exception &e) {
      if (!tok.isCancellationRequested())
        log(e.what());
    }
    try {
      co_await c.poll();
    } catch (const std::exception &e) {
      if (!dynamic_cast<const folly::OperationCancelled *>(&e))
        log(e.what());
    }
    try { co_await c.poll(); } catch (...) { log(st.stop_requested() ? "stop" : "go"); }
  }
}

folly::coro::Task<void> testedInTheCondition(Client &c) {
  while (!(co_await folly::coro::co_current_cancellation_token)
              .isCancellationRequested()) {
    try { co_await c.poll(); } catch (...) { log("checked"); }
  }
}

// A flag in the condition is no test: a cancellation does not clear it.
struct Worker {
  Client &c;
  bool running_ = true;
  folly::coro::Task<void> run();
};
folly::coro::Task<void> Worker::run() {
  while (running_) {
    try { co_await c.poll(); } catch (...) { log("flag"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  }
}

// ---- Templates, lambdas, macros ------------------------------------------

// Reported once, from the written form.
template <typename C> folly::coro::Task<void> pollAny(C &c) {
  while (true) {
    try { co_await c.poll(); } catch (...) { log("template"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  }
}
template folly::coro::Task<void> pollAny(Client &);

// Unresolved calls in a template: a rethrow, a cancellation test.
template <typename Source>
folly::coro::Task<void> templateNegatives(Client &c, Source &src) {
  while (true) {
    try { co_await c.poll(); } catch (...) { std::rethrow_exception(src.error()); }
    try { co_await c.poll(); } catch (...) { if (!src.token().isCancellationRequested()) log("t"); }
    try { co_await c.poll(); } catch (...) { src.fail(); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  }
}

// The handler's type depends on a parameter: each instantiation decides.
template <typename E> folly::coro::Task<void> retrying(Client &c) {
  while (true) {
    try { co_await c.poll(); } catch (const E &) { log("dependent"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: catches 'folly::OperationCancelled'
  }
}
template folly::coro::Task<void> retrying<std::invalid_argument>(Client &);
template folly::coro::Task<void> retrying<std::exception>(Client &);

// The task type depends on a parameter: known in the instantiation.
template <typename T> folly::coro::Task<T> fetchForever(Client &c) {
  while (true) {
    try { co_return static_cast<T>(co_await c.fetch()); } catch (...) { log("task<T>"); }
    // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: catches 'folly::OperationCancelled'
  }
}
template folly::coro::Task<long> fetchForever(Client &);

template <typename T> struct Poller {
  Client &c;
  folly::coro::Task<void> run() {
    while (true) {
      try { co_await c.poll(); } catch (...) { log("class template"); }
      // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'folly::OperationCancelled'
    }
  }
};
template struct Poller<int>;

void lambdas(Client &client) {
  auto coroutine = [](Client &c) -> folly::coro::Task<void> {
    while (true) {
      try { co_await c.poll(); } catch (...) { log("lambda"); }
      // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'folly::OperationCancelled'
    }
  };
  auto generic = [](auto &c) -> folly::coro::Task<void> {
    for (;;) {
      try { co_await c.poll(); } catch (...) { log("generic"); }
      // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: catches 'folly::OperationCancelled'
    }
  };
  (void)coroutine(client);
  (void)generic(client);
  // The loop is outside the lambda: the lambda's try is in no loop.
  while (true) {
    auto once = [&]() -> folly::coro::Task<void> {
      try { co_await client.poll(); } catch (...) { log("once"); }
    };
    (void)once();
  }
}

// In a macro: reported where the macro is used, without a fix.
#define SWALLOWING(stmt) try { stmt; } catch (...) { log("swallowed"); }
folly::coro::Task<void> inMacro(Client &c) {
  while (true) {
    SWALLOWING(co_await c.poll())
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: catches 'folly::OperationCancelled'
  }
}
// CHECK-FIXES: {{^}}    SWALLOWING(co_await c.poll()){{$}}
