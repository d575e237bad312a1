// RUN: %check_coro_tidy %s coro-unclosed-generator %t -- -- %coro_std
// Rule 1 against Debian's real Boost.Asio 1.81 experimental::coro.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/experimental/coro.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace asio = boost::asio;
asio::experimental::coro<int> ticks(asio::any_io_executor);
asio::awaitable<void> flush();
void use(int);

asio::awaitable<void> consume() {
  auto ex = co_await asio::this_coro::executor;
  auto t = ticks(ex);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: async generator 't' stays suspended after the loop exits early, holding its resources until its scope ends, and its asynchronous cleanup never runs; end its scope with the loop [coro-unclosed-generator]
  while (auto v = co_await t.async_resume(asio::use_awaitable)) {
    if (*v > 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'break' leaves the loop here while 't' is suspended
    use(*v);
  }
  co_await flush();
}
// CHECK-FIXES: {{^}}  {{{$}}
// CHECK-FIXES-NEXT: {{^}}    auto t = ticks(ex);{{$}}
// CHECK-FIXES: {{^}}    while (auto v = co_await t.async_resume(asio::use_awaitable)) {{{$}}
// CHECK-FIXES: {{^}}    }{{$}}
// CHECK-FIXES-NEXT: {{^}}  }{{$}}
// CHECK-FIXES-NEXT: {{^}}  co_await flush();{{$}}

// Negative twin: the loop runs the coroutine to its end.
asio::awaitable<void> drain() {
  auto ex = co_await asio::this_coro::executor;
  auto t = ticks(ex);
  while (auto v = co_await t.async_resume(asio::use_awaitable))
    use(*v);
  co_await flush();
}

// Negative twin: resumed again after the loop.
asio::awaitable<void> resumeLater() {
  auto ex = co_await asio::this_coro::executor;
  auto t = ticks(ex);
  while (auto v = co_await t.async_resume(asio::use_awaitable)) {
    if (*v > 3)
      break;
  }
  co_await flush();
  auto last = co_await t.async_resume(asio::use_awaitable);
  (void)last;
}

// Negative twin: nothing suspends after the loop.
asio::awaitable<void> nothingAfter() {
  auto ex = co_await asio::this_coro::executor;
  auto t = ticks(ex);
  while (auto v = co_await t.async_resume(asio::use_awaitable)) {
    if (*v > 3)
      break;
  }
  use(0);
}
