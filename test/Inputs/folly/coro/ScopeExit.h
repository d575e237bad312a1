// coro-tidy test stand-in for <folly/coro/ScopeExit.h>.
// `co_await folly::coro::co_scope_exit(fn, args...)` registers fn (returning a
// Task<void>) to run after the coroutine ends, in reverse order, without the
// parent's cancellation token. The await yields references to the stored args.
#pragma once
#include <coroutine>
#include <tuple>
#include <type_traits>
#include <utility>

#include <folly/coro/Task.h>

namespace folly::coro {
namespace detail {
template <typename Action, typename... Args> class ScopeExitAwaitable {
public:
  ScopeExitAwaitable(Action action, Args... args)
      : action_(std::move(action)), args_(std::move(args)...) {}
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  std::tuple<Args &...> await_resume() noexcept {
    return std::apply([](Args &...a) { return std::tuple<Args &...>(a...); },
                      args_);
  }

private:
  Action action_;
  std::tuple<Args...> args_;
};
} // namespace detail

template <typename Action, typename... Args>
  requires std::is_invocable_v<std::decay_t<Action> &, std::decay_t<Args> &...>
detail::ScopeExitAwaitable<std::decay_t<Action>, std::decay_t<Args>...>
co_scope_exit(Action &&action, Args &&...args) {
  return {static_cast<Action &&>(action), static_cast<Args &&>(args)...};
}
} // namespace folly::coro
