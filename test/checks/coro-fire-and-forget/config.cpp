// NOLINT, and the global coro.* options extending the tables from .clang-tidy
// configuration: user task types, detach functions and detached coroutine
// types. A check-local coro.X overrides the global one.
// RUN: %check_coro_tidy -check-suffixes=OPTS %s coro-fire-and-forget %t -- \
// RUN:   -config="{CheckOptions: {coro.LazyTaskTypes: 'corp::Deferred', coro.DetachFunctions: 'corp::Executor::post;corp::fire', coro.DetachedCoroutineTypes: 'corp::Oneway'}}" -- %coro_std
// RUN: %check_coro_tidy -check-suffixes=NONE %s coro-fire-and-forget %t -- -- %coro_std
// RUN: %check_coro_tidy -check-suffixes=LOCAL %s coro-fire-and-forget %t -- \
// RUN:   -config="{CheckOptions: {coro.LazyTaskTypes: 'corp::Deferred', coro-fire-and-forget.coro.LazyTaskTypes: ''}}" -- %coro_std
#include <folly/coro/Task.h>

namespace corp {
// Opaque types: their promises are not visible here.
template <typename T> class Deferred;
template <typename T> class Deferred {
public:
  Deferred(const Deferred &);
  ~Deferred();
};
struct Oneway {};
struct Executor {
  void post(void (*fn)());
};
void fire(int);
} // namespace corp

corp::Deferred<int> load();
corp::Oneway notify();
folly::coro::Task<int> flush();

void user(corp::Executor &ex) {
  load();
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: task returned by 'load' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  ex.post(nullptr);
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: 'post' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  corp::fire(1);
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: 'fire' detaches the task: errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  notify();
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: 'notify' starts a detached coroutine: its errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  flush(); // NOLINT(coro-fire-and-forget)
  // NOLINTNEXTLINE(coro-*)
  flush();
  // NOLINTBEGIN(coro-fire-and-forget)
  flush();
  flush();
  // NOLINTEND(coro-fire-and-forget)
  flush();
  // CHECK-MESSAGES-OPTS: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // CHECK-MESSAGES-NONE: :[[@LINE-2]]:3: warning: task returned by 'flush' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // CHECK-MESSAGES-LOCAL: :[[@LINE-3]]:3: warning: task returned by 'flush' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
}
