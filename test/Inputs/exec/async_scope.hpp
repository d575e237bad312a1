// coro-tidy test stand-in for <exec/async_scope.hpp>: legacy
// exec::async_scope (spawn, spawn_future, nest, on_empty, request_stop).
#pragma once
#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __scope {
template <class T> struct __future : stdexec::__sender_base<T> {};
struct __when_empty_sender : stdexec::__sender_base<void> {};

class async_scope {
public:
  async_scope() noexcept = default;
  async_scope(async_scope &&) = delete;

  template <stdexec::sender Sender> void spawn(Sender &&sndr) { (void)sndr; }
  template <stdexec::sender Sender>
  __future<stdexec::__single_value_t<Sender>> spawn_future(Sender &&sndr) {
    (void)sndr;
    return {};
  }
  template <stdexec::sender Sender> [[nodiscard]] Sender &&nest(Sender &&sndr) {
    return static_cast<Sender &&>(sndr);
  }
  [[nodiscard]] __when_empty_sender on_empty() const noexcept { return {}; }
  bool request_stop() noexcept { return true; }
};
} // namespace __scope

using __scope::async_scope;
} // namespace experimental::execution

namespace exec = experimental::execution;
