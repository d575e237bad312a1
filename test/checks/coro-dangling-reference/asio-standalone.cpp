// Standalone asio: the real Debian asio 1.22, and the asio 1.31 stand-in
// where co_spawn without a token is a lazy deferred operation.
// RUN: %check_coro_tidy -check-suffixes=REAL %s coro-dangling-reference %t -- -- \
// RUN:   -std=c++20 -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1
// RUN: %check_coro_tidy -check-suffixes=DEFERRED %s coro-dangling-reference %t -- -- \
// RUN:   -std=c++20 -DDEFERRED -isystem %inputs/asio-1.31
#include <asio.hpp>
#include <string>

asio::awaitable<void> send(const std::string &line);
std::string greeting();

void start(asio::io_context &ctx) {
  asio::co_spawn(ctx, send(greeting()), asio::detached);
  // CHECK-MESSAGES-REAL: :[[@LINE-1]]:28: warning: the temporary bound to 'line' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES-DEFERRED: :[[@LINE-2]]:28: warning: the temporary bound to 'line' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  std::string line = greeting();
  asio::co_spawn(ctx, send(line), asio::detached);
#ifdef DEFERRED
  // A deferred operation that is kept runs later; a dropped one never runs.
  auto op = asio::co_spawn(ctx, send("deferred"));
  // CHECK-MESSAGES-DEFERRED: :[[@LINE-1]]:38: warning: the temporary bound to 'line' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  asio::co_spawn(ctx, send("dropped"));
  (void)op;
#endif
}

asio::awaitable<void> session() {
  auto ex = co_await asio::this_coro::executor;
  co_await send(greeting());
  co_await asio::co_spawn(ex, send(greeting()), asio::use_awaitable);
#ifdef DEFERRED
  co_await asio::co_spawn(ex, send("awaited"));
#endif
}
