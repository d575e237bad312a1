// coro-tidy test stand-in for Boost.Capy <boost/capy/ex/run_async.hpp>: the
// RUNNER shape `run_async(ex)(task())`.
// run_async(ex [, std::stop_token] [, memory resource or allocator]
// [, h1 [, h2]]) is a [[nodiscard]] function template returning a
// [[nodiscard]] run_async_wrapper<Ex, Handlers, Alloc> (non-copyable,
// non-movable: "must be used immediately") whose `void operator()(Task t) &&`
// takes the lazy task BY VALUE, releases its handle and starts it on the
// executor: the task escapes the full-expression (detached). A discarded
// `run_async(ex);` starts nothing (the task is never given); the result goes
// to h1 and the exception to h2 (or to h1 if it accepts exception_ptr);
// with no handler the result is discarded and an exception is RETHROWN on
// the executor's thread.
#pragma once
#include <coroutine>
#include <exception>
#include <memory_resource>
#include <stop_token>
#include <utility>

#include <boost/capy/task.hpp>

namespace boost::capy {
namespace detail {
struct default_handler {
  template <class... Args> void operator()(Args &&...) const noexcept {}
  void operator()(std::exception_ptr ep) const { std::rethrow_exception(ep); }
};
template <class H1, class H2> struct handler_pair {
  H1 h1_;
  H2 h2_ = H2{};
};
} // namespace detail

template <class Ex, class Handlers, class Alloc> class [[nodiscard]] run_async_wrapper {
  Ex ex_;
  std::stop_token st_;
  Handlers h_;

public:
  run_async_wrapper(Ex ex, std::stop_token st, Handlers h, Alloc a)
      : ex_(std::move(ex)), st_(std::move(st)), h_(std::move(h)) {
    (void)a;
  }
  run_async_wrapper(run_async_wrapper const &) = delete;
  run_async_wrapper(run_async_wrapper &&) = delete;
  run_async_wrapper &operator=(run_async_wrapper const &) = delete;
  run_async_wrapper &operator=(run_async_wrapper &&) = delete;

  // Launches the task; ownership of its frame passes to the runner.
  template <class Task> void operator()(Task t) && {
    auto h = t.handle();
    t.release();
    ex_.dispatch(h);
  }
};

template <class Ex> [[nodiscard]] auto run_async(Ex ex) {
  return run_async_wrapper<Ex, detail::default_handler, std::pmr::memory_resource *>(
      std::move(ex), std::stop_token{}, detail::default_handler{}, nullptr);
}
template <class Ex, class H1>
  requires(!std::is_same_v<std::decay_t<H1>, std::stop_token>)
[[nodiscard]] auto run_async(Ex ex, H1 h1) {
  using H = detail::handler_pair<H1, detail::default_handler>;
  return run_async_wrapper<Ex, H, std::pmr::memory_resource *>(std::move(ex), std::stop_token{},
                                                                H{std::move(h1)}, nullptr);
}
template <class Ex, class H1, class H2>
  requires(!std::is_same_v<std::decay_t<H1>, std::stop_token>)
[[nodiscard]] auto run_async(Ex ex, H1 h1, H2 h2) {
  using H = detail::handler_pair<H1, H2>;
  return run_async_wrapper<Ex, H, std::pmr::memory_resource *>(
      std::move(ex), std::stop_token{}, H{std::move(h1), std::move(h2)}, nullptr);
}
template <class Ex> [[nodiscard]] auto run_async(Ex ex, std::stop_token st) {
  return run_async_wrapper<Ex, detail::default_handler, std::pmr::memory_resource *>(
      std::move(ex), std::move(st), detail::default_handler{}, nullptr);
}
template <class Ex, class H1> [[nodiscard]] auto run_async(Ex ex, std::stop_token st, H1 h1) {
  using H = detail::handler_pair<H1, detail::default_handler>;
  return run_async_wrapper<Ex, H, std::pmr::memory_resource *>(std::move(ex), std::move(st),
                                                                H{std::move(h1)}, nullptr);
}
} // namespace boost::capy
