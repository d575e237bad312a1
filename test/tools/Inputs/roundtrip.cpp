// Every finding here has a fix-it.
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <tuple>

folly::coro::Task<int> flush();
cppcoro::task<void> ping();

folly::coro::Task<void> writer() {
  flush();          // a comment stays
  (void)flush();
  std::ignore = flush();
  static_cast<void>(flush());
  co_return;
}

cppcoro::task<void> pinger() {
  ping();
  co_return;
}
