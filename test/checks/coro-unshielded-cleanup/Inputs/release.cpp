#include <folly/coro/Task.h>
struct Conn {
  folly::coro::Task<void> send(int);
  folly::coro::Task<void> close();
};
folly::coro::Task<void> f(Conn c) {
  co_await c.send(1);
  co_await c.close();
}
