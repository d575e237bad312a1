// coro-tidy test stand-in for asio >= 1.31 <asio/detached.hpp>: completion
// token that drops the result and exceptions.
#pragma once

namespace asio {
class detached_t {
public:
  constexpr detached_t() {}
};
inline constexpr detached_t detached;
} // namespace asio
