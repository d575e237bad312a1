// In templates: reported from the pattern when the types are known there,
// from instantiations when they are dependent, once per spelled location.
// A report from an instantiation has no fix: another instantiation may not
// return a task there.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <folly/coro/Task.h>

using folly::coro::Task;

struct Client {
  Task<void> send(int);
};
struct Other {
  void send(int);
};
Task<void> flush();

template <class C> Task<void> notifyAll(C &c) {
  for (int i = 0; i < 3; ++i)
    c.send(i);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}    c.send(i);{{$}}
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_return;
}

template <class T> struct Broadcaster {
  T target;
  Task<void> run() {
    target.send(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
    // CHECK-FIXES: {{^}}    target.send(1);{{$}}
    co_return;
  }
};

// Instantiated twice (with a type whose send is no task too): one report.
Task<void> use(Client &c, Other &o) {
  co_await notifyAll(c);
  co_await notifyAll(c);
  co_await Broadcaster<Client>{}.run();
  co_await Broadcaster<Other>{}.run();
}

// Negative twin: a template never instantiated with a task type.
template <class C> Task<void> neverInstantiated(C &c) {
  c.send(1);
  co_return;
}
