// The do { ... } while (false) wrapper of a statement macro (doctest's
// CHECK_THROWS_AS) runs once: it is no loop, and nothing goes on after a
// cancellation. A do-while that repeats is one.
// RUN: %check_coro_tidy %s coro-swallowed-cancellation %t -- -- %coro_std
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/operation_cancelled.hpp>
#include <cppcoro/task.hpp>

cppcoro::task<> longWait(cppcoro::cancellation_token ct);
void record(bool);

#define CHECK_THROWS_AS(expr, ...)                                             \
  do {                                                                         \
    bool threw = false;                                                        \
    try {                                                                      \
      static_cast<void>(expr);                                                 \
    } catch (__VA_ARGS__) {                                                    \
      threw = true;                                                            \
    } catch (...) {                                                            \
    }                                                                          \
    record(threw);                                                             \
  } while (false)

cppcoro::task<> viaMacro(cppcoro::cancellation_token ct) {
  CHECK_THROWS_AS(co_await longWait(std::move(ct)), const cppcoro::operation_cancelled &);
}

cppcoro::task<> once(cppcoro::cancellation_token ct) {
  do {
    try { co_await longWait(ct); } catch (const cppcoro::operation_cancelled &) { record(true); }
  } while (0);
}

cppcoro::task<> onceDoctest(cppcoro::cancellation_token ct) {
  do {
    try { co_await longWait(ct); } catch (const cppcoro::operation_cancelled &) { record(true); }
  } while ((void)0, 0);
}

cppcoro::task<> repeats(cppcoro::cancellation_token ct, bool more) {
  do {
    try { co_await longWait(ct); } catch (const cppcoro::operation_cancelled &) { record(true); }
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: catches 'cppcoro::operation_cancelled'; the loop goes on after a cancellation, when every later await fails at once, instead of ending the coroutine; rethrow it [coro-swallowed-cancellation]
  } while (more);
}
