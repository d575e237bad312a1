// coro-tidy test stand-in for <seastar/core/sleep.hh>:
// seastar::sleep(duration) -> future<> (the non-blocking sleep, to co_await;
// std::this_thread::sleep_for blocks the reactor); sleep_abortable(d) and
// sleep_abortable(d, abort_source&) -> future<> that fails with
// seastar::sleep_aborted (: abort_requested_exception) when aborted.
#pragma once
#include <chrono>

#include <seastar/core/abort_source.hh>
#include <seastar/core/future.hh>

namespace seastar {
using steady_clock_type = std::chrono::steady_clock;

class sleep_aborted : public abort_requested_exception {
public:
  sleep_aborted() = default;
  virtual const char *what() const noexcept override { return "Sleep is aborted"; }
};

template <typename Clock = steady_clock_type, typename Rep, typename Period>
future<> sleep(std::chrono::duration<Rep, Period> dur) {
  (void)dur;
  return future<>();
}

template <typename Clock = steady_clock_type>
future<> sleep_abortable(typename Clock::duration dur) {
  (void)dur;
  return future<>();
}
template <typename Clock = steady_clock_type>
future<> sleep_abortable(typename Clock::duration dur, abort_source &as) {
  (void)dur;
  (void)as;
  return future<>();
}
} // namespace seastar
