// Rules 1 and 3 against Debian's real standalone asio 1.22 (asio:: names).
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1
#include <asio.hpp>

asio::awaitable<void> session();
asio::awaitable<int> flush();

asio::awaitable<void> handler() {
  flush();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'flush' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await flush();{{$}}
  co_await flush();
}

void start(asio::io_context &ctx) {
  asio::co_spawn(ctx, session(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached': errors are lost and nothing can cancel or join this task [coro-fire-and-forget]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass a completion handler that reports the exception, or co_await it with 'use_awaitable' or 'experimental::make_parallel_group'
  asio::co_spawn(ctx, session(), [](std::exception_ptr) {});
}
