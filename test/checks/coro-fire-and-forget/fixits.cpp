// The co_await fix-it: parentheses where the operand is not a postfix
// expression, casts removed, comments and layout kept.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <folly/coro/Task.h>
#include <utility>

using folly::coro::Task;
Task<int> flush();
Task<int> operator|(Task<int> t, int);
struct Client {
  Task<void> send(int);
  Client *next;
};

Task<void> shapes(Client &client, Client *ptr, bool which) {
  flush() | 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'operator|' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await (flush() | 1);{{$}}
  (void)(flush() | 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task returned by 'operator|' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await (flush() | 2);{{$}}
  static_cast<void>(flush() | 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task returned by 'operator|' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await (flush() | 3);{{$}}
  ptr->next->send(1); /* trailing comment */
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await ptr->next->send(1); /* trailing comment */{{$}}
  /* leading */ client.send(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  /* leading */ co_await client.send(2);{{$}}
  client
      .send(3);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await client{{$}}
  // CHECK-FIXES-NEXT: {{^}}      .send(3);{{$}}
  (void) client.send(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task returned by 'send' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await client.send(4);{{$}}
  co_return;
}
