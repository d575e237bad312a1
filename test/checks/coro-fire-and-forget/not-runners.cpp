// Calls that look like runners but are not (no rvalue-qualified operator(),
// a std::function), and an await that the library deprecates.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <async_simple/coro/Lazy.h>
#include <boost/capy.hpp>
#include <functional>

namespace capy = boost::capy;
capy::task<int> compute();
struct Awaitish {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  int await_resume() { return 0; }
};
struct Functor {
  Awaitish operator()(capy::task<int> t) { (void)t; return {}; }
};
Functor make_functor();
std::function<Awaitish(capy::task<int>)> get_fn();
capy::task<> notRunners() {
  make_functor()(compute());
  get_fn()(compute());
  co_return;
}

// co_await of a RescheduleLazy is [[deprecated]] upstream: the warning says
// what to do, and no co_await is written.
async_simple::coro::Lazy<int> get42();
async_simple::coro::Lazy<void> rescheduled(async_simple::Executor *ex) {
  get42().via(ex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'via' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  get42().via(ex);{{$}}
  co_return;
}
