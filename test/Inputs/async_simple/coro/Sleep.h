// coro-tidy test stand-in for <async_simple/coro/Sleep.h>:
// async_simple::coro::sleep(duration) and sleep(executor, duration) give a
// Lazy<void> to co_await (the non-blocking sleep); a terminated sleep throws
// async_simple::SignalException.
#pragma once
#include <chrono>

#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {
template <typename Rep, typename Period>
Lazy<void> sleep(Executor *ex, std::chrono::duration<Rep, Period> dur) {
  (void)ex;
  (void)dur;
  co_return;
}
template <typename Rep, typename Period> Lazy<void> sleep(std::chrono::duration<Rep, Period> dur) {
  auto ex = co_await CurrentExecutor{};
  co_return co_await sleep(ex, dur);
}
} // namespace async_simple::coro
