// coro-tidy test stand-in for <boost/cobalt/wait_group.hpp>: a scope of
// eager promises. boost::cobalt::wait_group(normal_cancel = none,
// exception_cancel = all): push_back(promise<void>) adds one (the group now
// owns it: it stays attached, so destroying the group destroys the promises,
// which CANCELS them); wait() / `co_await wg` (gather: waits for all),
// wait_one() (race), cancel(ct = all), size(), reap() (drop finished ones),
// await_exit(ep) (for cobalt::with: cancels with exception_cancel when ep is
// set, else normal_cancel, then waits).
#pragma once
#include <cstddef>
#include <exception>
#include <list>

#include <boost/cobalt/promise.hpp>

namespace boost::cobalt {
namespace detail {
struct gather_wrapper {
  std::list<promise<void>> &waitables_;
  struct awaitable_type {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() {}
  };
  awaitable_type operator co_await() { return {}; }
};
struct race_wrapper {
  std::list<promise<void>> &waitables_;
  struct awaitable_type {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    std::size_t await_resume() { return 0; }
  };
  awaitable_type operator co_await() { return {}; }
};
} // namespace detail

struct wait_group {
  explicit wait_group(asio::cancellation_type normal_cancel = asio::cancellation_type::none,
                      asio::cancellation_type exception_cancel = asio::cancellation_type::all)
      : ct_normal_(normal_cancel), ct_except_(exception_cancel) {}

  void push_back(promise<void> p) { waitables_.push_back(std::move(p)); }
  std::size_t size() const { return waitables_.size(); }
  std::size_t reap() { return 0; }
  void cancel(asio::cancellation_type ct = asio::cancellation_type::all) {
    for (auto &w : waitables_)
      w.cancel(ct);
  }

  auto wait_one() -> detail::race_wrapper { return detail::race_wrapper{waitables_}; }
  detail::gather_wrapper wait() { return detail::gather_wrapper{waitables_}; }
  detail::gather_wrapper::awaitable_type operator co_await() {
    return detail::gather_wrapper{waitables_}.operator co_await();
  }
  // swallow the exception here.
  detail::gather_wrapper await_exit(std::exception_ptr ep) {
    cancel(ep ? ct_except_ : ct_normal_);
    return detail::gather_wrapper{waitables_};
  }

private:
  std::list<promise<void>> waitables_;
  asio::cancellation_type ct_normal_, ct_except_;
};
} // namespace boost::cobalt
