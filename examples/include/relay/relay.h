#pragma once
#include "relay/generator.h"
#include <boost/asio.hpp>
#include <string>

namespace relay {
namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;

/// The greeting lines of a configuration text, read lazily: one line per
/// resumption, so a reader that stops early leaves it suspended.
Generator<std::string> greeting_lines(std::string config);

awaitable<void> send_all(tcp::socket &socket, std::string text);
awaitable<void> flush_metrics();
awaitable<void> session(tcp::socket socket, std::string config);
awaitable<void> listener(tcp::acceptor acceptor, std::string config);
} // namespace relay
