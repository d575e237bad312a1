// coro-tidy test stand-in for <concurrencpp/runtime/runtime.h>:
// concurrencpp::runtime owns the executors (thread_pool_executor(),
// background_executor(), inline_executor(), thread_executor(), timer_queue(),
// make_worker_thread_executor(), make_manual_executor(), all shared_ptrs).
// Its destructor shuts them down: pending and later work fails with
// errors::runtime_shutdown / broken_task.
#pragma once
#include <memory>

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/timers/timer_queue.h>

namespace concurrencpp {
class runtime {
public:
  runtime() = default;
  ~runtime() noexcept = default;
  std::shared_ptr<concurrencpp::timer_queue> timer_queue() const noexcept { return m_tq; }
  std::shared_ptr<concurrencpp::inline_executor> inline_executor() const noexcept { return m_ie; }
  std::shared_ptr<concurrencpp::thread_pool_executor> thread_pool_executor() const noexcept {
    return m_tp;
  }
  std::shared_ptr<concurrencpp::thread_pool_executor> background_executor() const noexcept {
    return m_tp;
  }
  std::shared_ptr<concurrencpp::thread_executor> thread_executor() const noexcept { return m_te; }
  std::shared_ptr<concurrencpp::worker_thread_executor> make_worker_thread_executor() {
    return std::make_shared<concurrencpp::worker_thread_executor>();
  }
  std::shared_ptr<concurrencpp::manual_executor> make_manual_executor() {
    return std::make_shared<concurrencpp::manual_executor>();
  }

private:
  std::shared_ptr<concurrencpp::timer_queue> m_tq = std::make_shared<concurrencpp::timer_queue>();
  std::shared_ptr<concurrencpp::inline_executor> m_ie =
      std::make_shared<concurrencpp::inline_executor>();
  std::shared_ptr<concurrencpp::thread_pool_executor> m_tp =
      std::make_shared<concurrencpp::thread_pool_executor>();
  std::shared_ptr<concurrencpp::thread_executor> m_te =
      std::make_shared<concurrencpp::thread_executor>();
};
} // namespace concurrencpp
