// Rule 1 for asio >= 1.31: co_spawn without a completion token returns a lazy
// deferred operation that never runs when dropped (stand-in headers).
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- -std=c++20 -isystem %inputs/asio-1.31
#include <asio.hpp>

asio::awaitable<void> session();

void start(asio::io_context &ctx) {
  asio::co_spawn(ctx, session());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: operation returned by 'co_spawn' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  asio::co_spawn(ctx, session(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler
  // Launching a kept deferred operation with use_awaitable gives a lazy
  // awaitable: dropping that skips the work as surely.
  auto op = asio::co_spawn(ctx, session());
  std::move(op)(asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'operator()' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  // Negative twin: a deferred operation that is kept and launched with a
  // handler.
  auto kept = asio::co_spawn(ctx, session());
  std::move(kept)([](std::exception_ptr) {});
}
