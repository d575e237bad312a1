// coro-tidy test stand-in for <exec/start_detached.hpp>: exec::start_detached
// (sndr[, env]) starts work with no scope (unstructured) and returns void; an
// error completion calls std::terminate, a stopped one is ignored. The
// customization-point object is the variable
// experimental::execution::start_detached (`namespace exec =
// experimental::execution;`).
#pragma once
#include <stdexec/execution.hpp>

namespace experimental::execution {
struct start_detached_t {
  template <stdexec::sender Sender> void operator()(Sender &&sndr) const {
    (void)sndr;
  }
  template <stdexec::sender Sender, class Env>
  void operator()(Sender &&sndr, Env &&env) const {
    (void)sndr;
    (void)env;
  }
};
inline constexpr start_detached_t start_detached{};
} // namespace experimental::execution

namespace exec = experimental::execution;
