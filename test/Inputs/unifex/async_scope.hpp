// coro-tidy test stand-in for <unifex/async_scope.hpp>:
// unifex::v1::async_scope (spawn, spawn_on, detached_spawn*, complete(),
// cleanup()) with `using v1::async_scope;` in unifex. Also pulls in
// unifex::v2::async_scope (upstream: <unifex/v2/async_scope.hpp>).
#pragma once
#include <utility>

#include <unifex/sender_concepts.hpp>
#include <unifex/v2/async_scope.hpp>

namespace unifex {
namespace v1 {
template <typename T> struct _future : _result_sender_base<T> {};

class async_scope {
public:
  async_scope() noexcept = default;
  async_scope(const async_scope &) = delete;

  template <typename Sender>
  _future<sender_single_value_t<Sender>> spawn(Sender &&sender) {
    (void)sender;
    return {};
  }
  template <typename Scheduler, typename Sender>
  _future<sender_single_value_t<Sender>> spawn_on(Scheduler &&scheduler,
                                                  Sender &&sender) {
    (void)scheduler;
    (void)sender;
    return {};
  }
  template <typename Scheduler, typename Fun>
  auto spawn_call_on(Scheduler &&scheduler, Fun &&fun) {
    (void)scheduler;
    return spawn(fun());
  }
  template <typename Sender> void detached_spawn(Sender &&sender) {
    (void)sender;
  }
  template <typename Scheduler, typename Sender>
  void detached_spawn_on(Scheduler &&scheduler, Sender &&sender) {
    (void)scheduler;
    (void)sender;
  }
  template <typename Scheduler, typename Fun>
  void detached_spawn_call_on(Scheduler &&scheduler, Fun &&fun) {
    (void)scheduler;
    (void)fun;
  }

  struct _complete_sender : _result_sender_base<void> {};
  [[nodiscard]] _complete_sender complete() noexcept { return {}; }
  [[nodiscard]] _complete_sender cleanup() noexcept { return {}; }
  void request_stop() noexcept {}
};
} // namespace v1

using v1::async_scope;
} // namespace unifex
