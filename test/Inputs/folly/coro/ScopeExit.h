// coro-tidy test stand-in for <folly/coro/ScopeExit.h>.
// `co_await folly::coro::co_scope_exit(fn, args...)` registers fn(args...)
// (a Task-returning callable) to run after the enclosing Task's body ends
// (value or exception), in reverse registration order, without the parent's
// cancellation token; the await gives std::tuple<Args&...> referring to the
// copies it keeps.
//  - co_scope_exit is a function OBJECT: `inline constexpr co_scope_exit_fn
//    co_scope_exit{}` directly in folly::coro (not FOLLY_DEFINE_CPO, no
//    folly_cpo__ namespace).
//  - Its operator() returns detail::ScopeExitTask<std::decay_t<Args>...>, a
//    [[nodiscard]] LAZY coroutine type (initial_suspend suspend_always) with
//    no operator co_await: only a folly::coro promise can await it (hidden
//    friend co_viaIfAsync).
#pragma once
#include <coroutine>
#include <tuple>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/Task.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/coro/WithAsyncStack.h>

namespace folly::coro {
namespace detail {
template <typename... Args> class ScopeExitTask;

class ScopeExitTaskPromiseBase {
public:
  class FinalAwaiter {
  public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> coro) noexcept {
      auto c = coro.promise().continuation_;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }

  template <typename Awaitable> auto await_transform(Awaitable &&awaitable) {
    return folly::coro::co_withAsyncStack(folly::coro::co_viaIfAsync(
        executor_, static_cast<Awaitable &&>(awaitable)));
  }

  [[noreturn]] void unhandled_exception() noexcept { std::terminate(); }
  void return_void() noexcept {}

protected:
  std::coroutine_handle<> continuation_;
  Executor::KeepAlive<> executor_;
};

template <typename... Args>
class ScopeExitTaskPromise : public ScopeExitTaskPromiseBase {
public:
  template <typename Action>
  explicit ScopeExitTaskPromise(Action &&, Args &...args) noexcept
      : args_(args...) {}

  ScopeExitTask<Args...> get_return_object() noexcept;

private:
  friend class ScopeExitTask<Args...>;
  std::tuple<Args &...> args_;
};

template <typename... Args> class [[nodiscard]] ScopeExitTask {
public:
  using promise_type = ScopeExitTaskPromise<Args...>;

private:
  class Awaiter;
  using handle_t = std::coroutine_handle<promise_type>;

public:
  explicit ScopeExitTask(handle_t coro) noexcept : coro_(coro) {}
  ~ScopeExitTask() = default; // upstream: DCHECK(!coro_)
  ScopeExitTask(ScopeExitTask &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}

  friend auto co_viaIfAsync(Executor::KeepAlive<>, ScopeExitTask &&t) noexcept {
    return Awaiter{std::exchange(t.coro_, {})};
  }

private:
  class Awaiter {
  public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    Awaiter(const Awaiter &) = delete;
    bool await_ready() const noexcept { return false; }
    // Attaches the exit task to the parent promise and continues at once.
    template <typename Promise>
    bool await_suspend(std::coroutine_handle<Promise>) noexcept {
      return false;
    }
    std::tuple<Args &...> await_resume() noexcept {
      handle_t coro = std::exchange(coro_, {});
      return std::move(coro.promise().args_);
    }

  private:
    handle_t coro_;
  };

  handle_t coro_;
};

template <typename... Args>
inline ScopeExitTask<Args...>
ScopeExitTaskPromise<Args...>::get_return_object() noexcept {
  return ScopeExitTask<Args...>{
      std::coroutine_handle<ScopeExitTaskPromise>::from_promise(*this)};
}
} // namespace detail

class co_scope_exit_fn {
  template <typename Action, typename... Args>
  static detail::ScopeExitTask<Args...> coScopeExitImpl(Action action,
                                                        Args... args) {
    co_await std::move(action)(std::move(args)...);
  }

public:
  template <typename Action, typename... Args>
  detail::ScopeExitTask<std::decay_t<Args>...>
  operator()(Action &&action, Args &&...args) const {
    return coScopeExitImpl(static_cast<Action &&>(action),
                           static_cast<Args &&>(args)...);
  }
};

inline constexpr co_scope_exit_fn co_scope_exit{};
} // namespace folly::coro
