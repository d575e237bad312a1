// coro-tidy test stand-in for <concurrencpp/results/resume_on.h>:
// `co_await concurrencpp::resume_on(executor)` moves the coroutine onto the
// executor (shared_ptr or reference); it throws errors::broken_task when the
// executor could not run it (e.g. after shutdown).
#pragma once
#include <coroutine>
#include <memory>

#include <concurrencpp/errors.h>

namespace concurrencpp {
namespace details {
template <class executor_type> class resume_on_awaitable : public std::suspend_always {
public:
  explicit resume_on_awaitable(executor_type &executor) noexcept : m_executor(executor) {}
  void await_suspend(std::coroutine_handle<void>) {}
  void await_resume() const {}

private:
  executor_type &m_executor;
};
} // namespace details

template <class executor_type> auto resume_on(std::shared_ptr<executor_type> executor) {
  return details::resume_on_awaitable<executor_type>(*executor);
}
template <class executor_type> auto resume_on(executor_type &executor) noexcept {
  return details::resume_on_awaitable<executor_type>(executor);
}
} // namespace concurrencpp
