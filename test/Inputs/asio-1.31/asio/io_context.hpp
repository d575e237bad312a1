// coro-tidy test stand-in for asio >= 1.31 <asio/io_context.hpp>.
#pragma once
#include <cstddef>

#include <asio/any_io_executor.hpp>

namespace asio {
class io_context {
public:
  using executor_type = any_io_executor;
  io_context() = default;
  executor_type get_executor() noexcept { return {}; }
  std::size_t run() { return 0; }
};
} // namespace asio
