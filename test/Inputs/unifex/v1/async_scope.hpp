// coro-tidy test stand-in for <unifex/v1/async_scope.hpp>.
// unifex::v1 is an INLINE namespace: the scope is
// unifex::v1::_async_scope::async_scope, reachable as unifex::async_scope and
// unifex::v1::async_scope (`using v1::_async_scope::async_scope;` inside v1).
//  - spawn(sender) -> spawn_future(sender, *this): a [[nodiscard]]
//    unifex::v2::future<v1::async_scope, T> (dropping it abandons the work);
//    spawn_on(scheduler, sender), spawn_call_on(scheduler, fn) likewise.
//  - detached_spawn(sender) -> spawn_detached(sender, *this) (void; only for
//    senders of no value; an error terminates); detached_spawn_on(scheduler,
//    sender), detached_spawn_call_on(scheduler, fn).
//  - A task needs a scheduler: spawn_on / detached_spawn_on (= on(scheduler,
//    task)); spawn(task()) does not compile upstream.
//  - [[nodiscard]] attach(sender) (and attach_call/attach_on/attach_call_on)
//    give nested senders.
//  - [[nodiscard]] complete() gives a sender that joins (waits for all work);
//    [[nodiscard]] cleanup() requests stop, then joins. One of them must be
//    awaited before destruction: the v2 scope member asserts (debug builds).
//  - get_stop_token(), request_stop().
#pragma once
#include <utility>

#include <unifex/on.hpp>
#include <unifex/sender_concepts.hpp>
#include <unifex/spawn_detached.hpp>
#include <unifex/spawn_future.hpp>
#include <unifex/v2/async_scope.hpp>

namespace unifex {
struct inplace_stop_token {
  bool stop_requested() const noexcept { return false; }
};

inline namespace v1 {
namespace _async_scope {
struct _complete_sender : _result_sender_base<void> {};

struct async_scope {
  template <typename Sender>
  auto spawn(Sender &&sender)
      -> decltype(spawn_future(static_cast<Sender &&>(sender), *this)) {
    return spawn_future(static_cast<Sender &&>(sender), *this);
  }

  template <typename Sender, typename Scheduler>
  auto spawn_on(Scheduler &&scheduler, Sender &&sender)
      -> decltype(spawn(on(static_cast<Scheduler &&>(scheduler),
                           static_cast<Sender &&>(sender)))) {
    return spawn(on(static_cast<Scheduler &&>(scheduler), static_cast<Sender &&>(sender)));
  }

  template <typename Scheduler, typename Fun>
  auto spawn_call_on(Scheduler &&scheduler, Fun &&fun) {
    return spawn_on(static_cast<Scheduler &&>(scheduler), fun());
  }

  template <typename Sender>
  auto detached_spawn(Sender &&sender)
      -> decltype(spawn_detached(static_cast<Sender &&>(sender), *this)) {
    spawn_detached(static_cast<Sender &&>(sender), *this);
  }

  template <typename Sender, typename Scheduler>
  auto detached_spawn_on(Scheduler &&scheduler, Sender &&sender)
      -> decltype(detached_spawn(on(static_cast<Scheduler &&>(scheduler),
                                    static_cast<Sender &&>(sender)))) {
    detached_spawn(on(static_cast<Scheduler &&>(scheduler), static_cast<Sender &&>(sender)));
  }

  template <typename Scheduler, typename Fun>
  void detached_spawn_call_on(Scheduler &&scheduler, Fun &&fun) {
    (void)scheduler;
    (void)fun;
  }

  template <typename Sender> [[nodiscard]] auto attach(Sender &&sender) noexcept {
    return scope_.nest(static_cast<Sender &&>(sender));
  }

  [[nodiscard]] auto complete() noexcept {
    scope_.end_scope();
    return _complete_sender{};
  }
  [[nodiscard]] auto cleanup() noexcept {
    request_stop();
    return _complete_sender{};
  }

  inplace_stop_token get_stop_token() noexcept { return {}; }
  void request_stop() noexcept { scope_.end_scope(); }

  template <typename Sender> auto nest(Sender &&sender) noexcept {
    return attach(static_cast<Sender &&>(sender));
  }

private:
  unifex::v2::async_scope scope_;
};
} // namespace _async_scope

using v1::_async_scope::async_scope;

template <typename... Ts>
using future = unifex::v2::future<unifex::v1::async_scope, Ts...>;
} // namespace v1
} // namespace unifex
