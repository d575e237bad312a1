#include "relay/relay.h"
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <exception>
#include <iostream>
#include <thread>

namespace relay {

// Stores a record; the key is read after the first suspension.
awaitable<void> store(const std::string &key, std::string value) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(std::chrono::milliseconds(1));
  co_await timer.async_wait(asio::use_awaitable);
  std::cout << key << " = " << value << "\n";
}

// Polls the backend until the process stops.
awaitable<void> poll_backend(tcp::socket &socket) {
  for (;;) {
    try {
      co_await send_all(socket, "ping\n");
      // Waits between polls (on the executor's only thread).
      std::this_thread::sleep_for(std::chrono::seconds(1));
    } catch (const std::exception &e) {
      std::cerr << "poll failed: " << e.what() << "\n";
    }
  }
}

void remember(asio::io_context &io, const std::string &id) {
  asio::co_spawn(io, store("session:" + id, "open"), asio::detached);
}

} // namespace relay
