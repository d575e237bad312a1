#include "relay/relay.h"
#include <exception>

namespace relay {

awaitable<void> send_all(tcp::socket &socket, std::string text) {
  co_await asio::async_write(socket, asio::buffer(text), asio::use_awaitable);
}

awaitable<void> flush_metrics() { co_return; }

// Sends the greeting, up to the first empty line.
awaitable<void> greet(tcp::socket &socket, const std::string &config) {
  auto lines = greeting_lines(config);
  for (const std::string &line : lines) {
    if (line.empty())
      break; // leaves `lines` suspended for the rest of the function
    co_await send_all(socket, line + "\n");
  }
  co_await send_all(socket, "ready\n");
}

// Echoes everything back until the peer leaves or the session is cancelled.
awaitable<void> session(tcp::socket socket, std::string config) {
  std::exception_ptr failure;
  try {
    co_await greet(socket, config);
    char data[1024];
    for (;;) {
      std::size_t n = co_await socket.async_read_some(asio::buffer(data),
                                                      asio::use_awaitable);
      co_await send_all(socket, std::string(data, n));
    }
  } catch (...) {
    failure = std::current_exception();
  }
  // Cleanup: say goodbye and flush the metrics, then report the failure.
  co_await send_all(socket, "bye\n");
  flush_metrics();
  if (failure)
    std::rethrow_exception(failure);
}

awaitable<void> listener(tcp::acceptor acceptor, std::string config) {
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(acceptor.get_executor(), session(std::move(socket), config),
                   asio::detached);
  }
}

} // namespace relay
