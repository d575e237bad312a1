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
