// Rule 2: a local initialised with a lazy task that nothing uses never runs.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <cppcoro/task.hpp>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <inhouse/inhouse.h>
#include <utility>
#include <vector>

folly::coro::Task<int> fetch();
acme::Job<int> job();
acme::EagerJob<int> eager();
cppcoro::task<int> cc_fetch();
void take(folly::coro::Task<int>);

folly::coro::Task<void> unused() {
  auto pending = fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'pending' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  folly::coro::Task<int> typed = fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: task 'typed' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  auto inhouse = job();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'inhouse' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  auto lazy_future = fetch().semi();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: operation 'lazy_future' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  co_return;
}

void sync_function() {
  auto pending = cc_fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'pending' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
}

// Negative twins: every use counts.
struct Owner {
  folly::coro::Task<int> member;
};
folly::coro::Task<int> used(Owner &owner) {
  auto awaited = fetch();
  int v = co_await std::move(awaited);
  auto moved = fetch();
  owner.member = std::move(moved);
  auto passed = fetch();
  take(std::move(passed));
  auto stored = fetch();
  std::vector<folly::coro::Task<int>> queue;
  queue.push_back(std::move(stored));
  auto both = fetch();
  auto other = fetch();
  co_await folly::coro::collectAll(std::move(both), std::move(other));
  [[maybe_unused]] auto marked = fetch();
  auto eager_task = eager(); // eager: it already runs
  auto value = v + 1;        // not a task
  auto returned = fetch();
  co_return co_await std::move(returned) + value;
}
