// coro-tidy test stand-in for <concurrencpp/timers/timer_queue.h>:
// timer_queue::make_delay_object(ms, executor) gives a lazy_result<void> to
// co_await (the non-blocking sleep); make_timer / make_one_shot_timer.
#pragma once
#include <chrono>
#include <memory>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/lazy_result.h>

namespace concurrencpp {
class timer_queue {
  lazy_result<void> make_delay_object_impl(std::chrono::milliseconds due_time,
                                           std::shared_ptr<concurrencpp::executor> executor) {
    (void)due_time;
    (void)executor;
    co_return;
  }

public:
  lazy_result<void> make_delay_object(std::chrono::milliseconds due_time,
                                      std::shared_ptr<concurrencpp::executor> executor) {
    return make_delay_object_impl(due_time, std::move(executor));
  }
};
} // namespace concurrencpp
