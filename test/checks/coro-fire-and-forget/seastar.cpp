// Seastar: future is an eager, [[nodiscard]] task; `(void)f();` is the
// documented way to run it in the background.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/sleep.hh>

using seastar::future;

future<int> load(int x) { co_return x; }

future<> user(seastar::gate &g) {
  load(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  // Negative twins: cast to void, awaited, under a gate, kept.
  (void)load(2);
  co_await load(3);
  (void)seastar::with_gate(g, [] { return load(4); });
  auto kept = load(5);
  co_await std::move(kept);
  co_await seastar::sleep(std::chrono::milliseconds(1));
}

template <typename T> future<T> echo(T t) {
  load(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  co_return t;
}
template future<int> echo(int);
