// RUN: %check_coro_tidy %s coro-unjoined-scope %t -- -- %coro_std
// A unifex scope that is joined before work is offered to it (the shape of
// libunifex's own "spawn into a closed scope" tests): the scope is closed,
// spawn_future into it is refused, nothing runs, and the destructor's
// assert(join_started()) holds. No path reaches the end unjoined.
#include <unifex/v1/async_scope.hpp>
#include <unifex/v2/async_scope.hpp>
#include <unifex/spawn_future.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/just.hpp>

void closedV1() {
  unifex::v1::async_scope scope;
  unifex::sync_wait(scope.complete());
  auto ret = unifex::sync_wait(unifex::spawn_future(unifex::just(), scope));
  (void)ret;
}

void closedV2() {
  unifex::v2::async_scope scope;
  unifex::sync_wait(scope.join());
  auto ret = unifex::sync_wait(unifex::spawn_future(unifex::just(), scope));
  (void)ret;
}

// Negative twin's positive: the join comes first, but on one path only.
void closedOnOnePath(bool close) {
  unifex::v2::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'scope' is destroyed without being joined on a path after work is added to it; its destructor only asserts that it was joined, in debug builds, and work still running then uses the destroyed scope; block on 'scope.join()' before every way out of its scope [coro-unjoined-scope]
  if (close)
    unifex::sync_wait(scope.join());
  auto ret = unifex::sync_wait(unifex::spawn_future(unifex::just(), scope));
  (void)ret;
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: this path leaves 'scope' without a blocking wait on 'scope.join()'
