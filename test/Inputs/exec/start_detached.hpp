// coro-tidy test stand-in for <exec/start_detached.hpp>: exec::start_detached
// (sndr) starts work with no scope (unstructured). Customization-point object
// experimental::execution::start_detached.
#pragma once
#include <stdexec/execution.hpp>

namespace experimental::execution {
struct start_detached_t {
  template <stdexec::sender Sender, class Env = stdexec::env<>>
  void operator()(Sender &&sndr, Env env = {}) const {
    (void)sndr;
    (void)env;
  }
};
inline constexpr start_detached_t start_detached{};
} // namespace experimental::execution

namespace exec = experimental::execution;
