#include <folly/coro/Task.h>
folly::coro::Task<int> flush();
folly::coro::Task<void> user() {
  flush();
  co_return;
}
