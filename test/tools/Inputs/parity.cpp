#include <folly/coro/Task.h>
folly::coro::Task<int> flush();
folly::coro::Task<void> user() {
  flush();
  auto unused = flush();
  co_return;
}
void plain() { (void)flush(); }
