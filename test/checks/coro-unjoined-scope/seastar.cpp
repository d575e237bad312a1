// Seastar: background work enters a gate through with_gate; the gate's
// close() must be awaited before the gate dies (its destructor asserts that
// nothing holds it). A holder from hold() and an awaited with_gate leave
// nothing to join.
// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>

seastar::future<> work();

seastar::future<> fanOut(bool ok) {
  seastar::gate g;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'g' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (asserts that nothing holds the gate); co_await 'g.close()' before every way out of its scope [coro-unjoined-scope]
  (void)seastar::with_gate(g, [] { return work(); });
  if (!ok)
    co_return;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this path leaves 'g' without 'co_await g.close()'
  co_await g.close();
}

seastar::future<> fallsOff() {
  seastar::gate g;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'g' is destroyed without being joined on a path after work is added to it; its destructor aborts the process (asserts that nothing holds the gate); co_await 'g.close()' before every way out of its scope [coro-unjoined-scope]
  (void)seastar::try_with_gate(g, [] { return work(); });
  co_await work();
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'g' without 'co_await g.close()'
// CHECK-FIXES: {{^}}  co_await work();{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await g.close();{{$}}
// CHECK-FIXES-NEXT: {{^}}}{{$}}

// Negative twins: closed on every path; a holder released in scope; an
// awaited with_gate; a gate passed on; a member gate.
seastar::future<> joined() {
  seastar::gate g;
  (void)seastar::with_gate(g, [] { return work(); });
  co_await g.close();
}
seastar::future<> held() {
  seastar::gate g;
  auto h = g.hold();
  co_await work();
}
seastar::future<> awaitedAdd() {
  seastar::gate g;
  co_await seastar::with_gate(g, [] { return work(); });
}
seastar::future<> keptAndAwaited() {
  seastar::gate g;
  auto fut = seastar::with_gate(g, [] { return work(); });
  co_await std::move(fut);
}
void keep(seastar::gate &);
seastar::future<> passedOn() {
  seastar::gate g;
  (void)seastar::with_gate(g, [] { return work(); });
  keep(g);
  co_return;
}
struct Service {
  seastar::gate g;
  seastar::future<> start() {
    (void)seastar::with_gate(g, [] { return work(); });
    co_return;
  }
};
