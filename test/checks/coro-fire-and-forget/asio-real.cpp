// Rules 1 and 3 against the real Debian Boost.Asio 1.81 headers.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <boost/asio.hpp>
#include <future>

namespace asio = boost::asio;
using asio::awaitable;

awaitable<void> session(asio::ip::tcp::socket socket);
awaitable<std::size_t> flush();

awaitable<void> handler(asio::ip::tcp::socket socket) {
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_await flush();
  co_return;
}

void listen(asio::io_context &ctx, asio::ip::tcp::socket socket) {
  asio::co_spawn(ctx, session(std::move(socket)), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler that reports the exception, or co_await it with 'use_awaitable' or 'experimental::make_parallel_group'
  asio::co_spawn(ctx, flush(), asio::use_future);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'use_future' and its future discarded: failures of this task are silently dropped [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler
  // Negative twins: the future is kept, or a handler sees the exception.
  std::future<std::size_t> kept = asio::co_spawn(ctx, flush(), asio::use_future);
  asio::co_spawn(ctx, flush(), [](std::exception_ptr e, std::size_t) {
    if (e)
      std::rethrow_exception(e);
  });
}

awaitable<void> nested(asio::io_context &ctx) {
  // Awaiting the spawned operation observes it.
  co_await asio::co_spawn(ctx, flush(), asio::use_awaitable);
  auto ex = co_await asio::this_coro::executor;
  (void)ex;
}

// experimental::task<T> is coro<void(), T>: a lazy task, not a generator.
// An awaitable coroutine cannot await it: no co_await advice or fix.
#include <boost/asio/experimental/coro.hpp>
asio::experimental::task<int> lookup(asio::any_io_executor, int);

awaitable<void> resolver() {
  auto ex = co_await asio::this_coro::executor;
  lookup(ex, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'lookup' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  auto idle = lookup(ex, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'idle' is never used, so it never runs; co_await it or hand it to an owner [coro-fire-and-forget]
  auto used = lookup(ex, 3);
  co_await used.async_resume(asio::use_awaitable);
}

// Wrapped detached tokens are detached too.
void wrapped(asio::io_context &ctx, asio::cancellation_slot slot) {
  asio::co_spawn(ctx, flush(), asio::bind_cancellation_slot(slot, asio::detached));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler
  asio::co_spawn(ctx, flush(), asio::bind_executor(ctx.get_executor(), asio::detached));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler
  // Negative twin: a wrapped handler observes the outcome.
  asio::co_spawn(ctx, flush(),
                 asio::bind_executor(ctx.get_executor(),
                                     [](std::exception_ptr, std::size_t) {}));
}

// A spawned coroutine that catches everything loses no error; nothing can
// cancel or join it still.
awaitable<void> guarded() {
  try {
    co_await flush();
  } catch (const std::exception &) {
  }
}
void spawnGuarded(asio::io_context &ctx) {
  asio::co_spawn(ctx, guarded(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached': nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler
  asio::co_spawn(ctx, []() -> awaitable<void> {
    try { co_await flush(); } catch (...) {}
  }, asio::detached);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: 'co_spawn' with 'detached': nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: pass a completion handler
}

// A function object that returns a coroutine which handles its own errors
// (the shape of Asio's chat server): the message says what is true.
#include <memory>
struct chat_session : std::enable_shared_from_this<chat_session> {
  awaitable<void> reader() {
    try {
      co_await asio::this_coro::executor;
    } catch (std::exception &) {
    }
  }
  awaitable<void> writer();
  void start(asio::any_io_executor ex) {
    co_spawn(ex, [self = shared_from_this()] { return self->reader(); }, asio::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_spawn' with 'detached': nothing can cancel or join this task [coro-fire-and-forget]
    co_spawn(ex, [self = shared_from_this()] { return self->writer(); }, asio::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  }
};
