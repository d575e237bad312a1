// coro-tidy test stand-in for standalone asio >= 1.31 <asio/any_io_executor.hpp>.
// Separate include root (test/Inputs/asio-1.31); never mixed with real asio.
#pragma once

namespace asio {
class any_io_executor {
public:
  any_io_executor() noexcept = default;
  template <typename Executor> any_io_executor(const Executor &) noexcept {}
  bool operator==(const any_io_executor &) const noexcept { return true; }
};
} // namespace asio
