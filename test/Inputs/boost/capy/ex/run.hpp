// coro-tidy test stand-in for Boost.Capy <boost/capy/ex/run.hpp>: the
// AWAITED runner `co_await run(ex)(task())`.
// run(ex [, std::stop_token]) returns a [[nodiscard]]
// run_wrapper_ex<Ex, InheritStopToken, Alloc> (non-copyable, non-movable)
// whose `[[nodiscard]] auto operator()(Task t) &&` gives a [[nodiscard]]
// run_awaitable_ex<Task, Ex, InheritStopToken, Alloc> that owns the task and
// must be co_awaited in the same full-expression: the task runs on `ex` and
// the caller resumes on its own executor. Dropping the awaitable destroys
// the task unrun.
#pragma once
#include <coroutine>
#include <stop_token>
#include <type_traits>
#include <utility>

#include <boost/capy/ex/io_env.hpp>
#include <boost/capy/task.hpp>

namespace boost::capy {
namespace detail {
template <class Task, class Ex, bool InheritStopToken, class Alloc = void>
struct [[nodiscard]] run_awaitable_ex {
  Ex ex_;
  io_env env_;
  Task inner_;

  run_awaitable_ex(Ex ex, Task inner) : ex_(std::move(ex)), inner_(std::move(inner)) {}
  bool await_ready() const noexcept { return inner_.await_ready(); }
  decltype(auto) await_resume() { return inner_.await_resume(); }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> cont, io_env const *caller_env) {
    env_.executor = ex_;
    if (caller_env)
      env_.stop_token = caller_env->stop_token;
    return inner_.await_suspend(cont, &env_);
  }
  run_awaitable_ex(run_awaitable_ex const &) = delete;
  run_awaitable_ex(run_awaitable_ex &&) = default;
};
} // namespace detail

template <class Ex, bool InheritStopToken, class Alloc> class [[nodiscard]] run_wrapper_ex {
  Ex ex_;

public:
  explicit run_wrapper_ex(Ex ex) : ex_(std::move(ex)) {}
  run_wrapper_ex(run_wrapper_ex const &) = delete;
  run_wrapper_ex(run_wrapper_ex &&) = delete;

  template <class Task> [[nodiscard]] auto operator()(Task t) && {
    return detail::run_awaitable_ex<Task, Ex, InheritStopToken, Alloc>{std::move(ex_), std::move(t)};
  }
};

template <class Ex> [[nodiscard]] auto run(Ex ex) {
  return run_wrapper_ex<Ex, true, void>(std::move(ex));
}
template <class Ex> [[nodiscard]] auto run(Ex ex, std::stop_token st) {
  (void)st;
  return run_wrapper_ex<Ex, false, void>(std::move(ex));
}
} // namespace boost::capy
