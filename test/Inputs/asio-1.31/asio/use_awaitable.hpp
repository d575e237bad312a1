// coro-tidy test stand-in for asio >= 1.31 <asio/use_awaitable.hpp>.
#pragma once
#include <asio/any_io_executor.hpp>

namespace asio {
template <typename Executor = any_io_executor> struct use_awaitable_t {
  constexpr use_awaitable_t() {}
};
inline constexpr use_awaitable_t<> use_awaitable;
} // namespace asio
