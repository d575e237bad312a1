// RUN: %check_coro_tidy %s coro-dangling-reference %t -- -- %coro_std
// Against the real Debian Boost.Asio 1.81 headers: co_spawn keeps the
// awaitable it is given; awaiting the spawn with use_awaitable, or waiting
// for its future in the same statement, keeps the temporaries alive.
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <future>
#include <string>

namespace asio = boost::asio;
using asio::awaitable;
using namespace asio::experimental::awaitable_operators;

awaitable<void> send(asio::ip::tcp::socket &socket, const std::string &line);
awaitable<std::size_t> measure(const std::string &text) { co_return text.size(); }
awaitable<std::size_t> measureCopy(std::string text) { co_return text.size(); }
std::string greeting();

void start(asio::io_context &ctx, asio::ip::tcp::socket &socket) {
  asio::co_spawn(ctx, send(socket, "hello\n"), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: the temporary bound to 'line' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:72: note: function 'send' takes 'line' by reference and is assumed to be a coroutine (it is only declared in this unit): its task refers to the argument and does not copy it; take 'line' by value, or co_await the task in the statement that creates it
  std::future<std::size_t> f =
      asio::co_spawn(ctx, measure(greeting()), asio::use_future);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: the temporary bound to 'text' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :15:51: note: coroutine 'measure' takes 'text' by reference
  asio::co_spawn(ctx.get_executor(), measure(std::string(3, 'x')),
                 [](std::exception_ptr, std::size_t) {});
  // CHECK-MESSAGES: :[[@LINE-2]]:46: warning: the temporary bound to 'text' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :15:51: note: coroutine 'measure'
  auto kept = measure("kept");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the temporary bound to 'text' dies at the end of this statement, but the task kept in 'kept' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :15:51: note: coroutine 'measure'

  // Rule 2: the closure dies with the statement.
  std::string name = "n";
  asio::co_spawn(ctx, [name]() -> awaitable<void> { co_return; }(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the lambda and its captures die at the end of this statement, but the task handed to 'co_spawn' reads them later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: captured here; pass it to the lambda as a by-value parameter instead, or keep the lambda alive until its task ends

  // Silent: co_spawn keeps the function object it is given, and calls it.
  asio::co_spawn(ctx, [name]() -> awaitable<void> { co_return; }, asio::detached);
  // Silent: by value, a named argument, waited for in the statement.
  asio::co_spawn(ctx, measureCopy("copy"), asio::detached);
  asio::co_spawn(ctx, send(socket, name), asio::detached);
  std::size_t n = asio::co_spawn(ctx, measure("waited"), asio::use_future).get();
  (void)f, (void)kept, (void)n;
}

awaitable<void> session(asio::ip::tcp::socket &socket) {
  auto ex = co_await asio::this_coro::executor;
  // Awaited in the full-expression: the temporaries live until it completes.
  co_await send(socket, "welcome\n");
  co_await asio::co_spawn(ex, measure(greeting()), asio::use_awaitable);
  co_await (measure("a") && measure(std::string("b")));
  std::size_t size = co_await measure("c");
  co_await [&socket]() -> awaitable<void> { co_await send(socket, "x"); }();
  // Kept: spawned from a coroutine, it outlives the statement.
  asio::co_spawn(ex, send(socket, greeting()), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: the temporary bound to 'line' dies at the end of this statement, but the task handed to 'co_spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:72: note: function 'send'
  (void)size;
}
