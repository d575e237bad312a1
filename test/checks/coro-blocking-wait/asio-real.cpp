// RUN: %check_coro_tidy %s coro-blocking-wait %t -- -- %coro_std
// The real Debian Boost.Asio 1.81 headers: an event loop run from inside a
// coroutine (rule 1), a use_future future waited for (rule 2), a thread
// sleep (rule 3), and their negative twins. Asio has no async sleep in the
// tables: no fixes.
#include <boost/asio.hpp>
#include <chrono>
#include <future>
#include <thread>

namespace asio = boost::asio;
using asio::awaitable;
using namespace std::chrono_literals;

awaitable<int> compute();

awaitable<void> nested(asio::io_context &ctx) {
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::run' runs an event loop inside this coroutine, blocking the thread that runs it until the loop's work is done; co_spawn the work onto this coroutine's executor and co_await it [coro-blocking-wait]
  ctx.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::run_one' runs an event loop inside this coroutine
  ctx.run_for(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::run_for' runs an event loop inside this coroutine
  ctx.run_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::io_context::run_until' runs an event loop inside this coroutine
  // Twins: poll() and a zero run_for do not wait; stop() and restart() do not run.
  ctx.poll();
  ctx.poll_one();
  ctx.run_for(0s);
  ctx.stop();
  ctx.restart();
  co_return;
}

awaitable<int> viaFuture(asio::io_context &ctx) {
  std::future<int> f = asio::co_spawn(ctx, compute(), asio::use_future);
  int v = f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'std::future::get' blocks the thread that runs this coroutine until the future is ready, and deadlocks if the work that fulfils it needs this thread; co_await an awaitable form of the result [coro-blocking-wait]
  // The awaitable form: no wait.
  v += co_await asio::co_spawn(ctx, compute(), asio::use_awaitable);
  co_return v;
}

awaitable<void> naps() {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine, and every coroutine waiting for that thread, while it sleeps; co_await the framework's timer [coro-blocking-wait]
  // CHECK-FIXES: {{^}}  std::this_thread::sleep_for(10ms);{{$}}
  asio::steady_timer timer(co_await asio::this_coro::executor, 10ms);
  co_await timer.async_wait(asio::use_awaitable);
}

// Lambdas posted to the context are no part of the coroutine; a coroutine
// lambda is.
awaitable<void> posts(asio::io_context &ctx, asio::thread_pool &pool) {
  asio::post(pool, [&ctx] { ctx.run(); });
  asio::post(pool, [] { std::this_thread::sleep_for(1s); });
  asio::co_spawn(
      ctx,
      [&ctx]() -> awaitable<void> {
        ctx.run_one();
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::io_context::run_one' runs an event loop inside this coroutine
        co_return;
      },
      asio::detached);
  co_return;
}

struct Server {
  asio::io_context ctx;
  awaitable<void> serve() {
    ctx.run();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'boost::asio::io_context::run' runs an event loop
    co_return;
  }
  void start() { ctx.run(); }
};

void runner(asio::io_context &ctx) { ctx.run(); }

int main() {
  asio::io_context ctx;
  asio::co_spawn(ctx, naps(), asio::detached);
  std::future<int> f = asio::co_spawn(ctx, compute(), asio::use_future);
  ctx.run();
  return f.get();
}
