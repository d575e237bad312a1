// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1
// Standalone asio 1.22 (Debian libasio-dev): the same event-loop waits, in
// asio::.
#include <asio.hpp>
#include <chrono>
#include <future>

using namespace std::chrono_literals;

asio::awaitable<int> compute();

asio::awaitable<void> nested(asio::io_context &ctx) {
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run' runs an event loop inside this coroutine, blocking the thread that runs it until the loop's work is done; co_spawn the work onto this coroutine's executor and co_await it [coro-blocking-wait]
  ctx.run_for(5ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::io_context::run_for' runs an event loop inside this coroutine
  std::future<int> f = asio::co_spawn(ctx, compute(), asio::use_future);
  std::future<int> g = asio::co_spawn(ctx, compute(), asio::use_future);
  if (f.wait_for(0s) != std::future_status::ready)
    co_return;
  int v = f.get();
  g.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::future::wait' blocks the thread that runs this coroutine until the future is ready
  ctx.poll();
  (void)v;
}

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, nested(ctx), asio::detached);
  ctx.run();
}
