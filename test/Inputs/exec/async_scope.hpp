// coro-tidy test stand-in for <exec/async_scope.hpp>: the legacy
// exec::async_scope (= experimental::execution::__scope::async_scope,
// immovable): spawn(sndr, env = {}) (void; an error completion terminates),
// [[nodiscard]] spawn_future(sndr, env = {}) (a sender to await),
// [[nodiscard]] nest(sndr), [[nodiscard]] when_empty(sndr) /
// [[nodiscard]] on_empty() (the join: a sender that must be awaited),
// get_stop_source(), get_stop_token(), request_stop(). The destructor asserts
// that no work is active (STDEXEC_ASSERT: debug builds).
#pragma once
#include <stdexec/execution.hpp>

namespace experimental::execution {
namespace __scope {
template <class T, bool E> struct __future : stdexec::__sender_base<T, E> {};
template <class Constrained>
struct __when_empty_sender : stdexec::__sender_base<stdexec::__single_value_t<Constrained>> {};
template <class Constrained>
struct __nest_sender : stdexec::__sender_base<stdexec::__single_value_t<Constrained>,
                                              stdexec::__sends_error<Constrained>> {
  Constrained __c_;
};

struct async_scope {
  async_scope() = default;
  async_scope(async_scope &&) = delete;

  template <stdexec::sender Constrained>
  [[nodiscard]] constexpr auto when_empty(Constrained &&c) const
      -> __when_empty_sender<std::decay_t<Constrained>> {
    (void)c;
    return {};
  }
  [[nodiscard]] constexpr auto on_empty() const { return when_empty(stdexec::just()); }

  template <stdexec::sender Constrained>
  [[nodiscard]] constexpr auto nest(Constrained &&c)
      -> __nest_sender<std::decay_t<Constrained>> {
    return {{}, static_cast<Constrained &&>(c)};
  }

  template <class Env = stdexec::env<>, stdexec::sender Sender>
  void spawn(Sender &&sndr, Env env = {}) {
    (void)sndr;
    (void)env;
  }

  template <class Env = stdexec::env<>, stdexec::sender Sender>
  [[nodiscard]] auto spawn_future(Sender &&sndr, Env env = {})
      -> __future<stdexec::__single_value_t<Sender>, stdexec::__sends_error<Sender>> {
    (void)sndr;
    (void)env;
    return {};
  }

  bool request_stop() noexcept { return true; }
};
} // namespace __scope

using __scope::async_scope;
} // namespace experimental::execution

namespace exec = experimental::execution;
