// coro-tidy test stand-in for Boost.Capy <boost/capy/ex/thread_pool.hpp>:
// boost::capy::thread_pool(n) with get_executor() -> thread_pool::executor_type
// (dispatch(handle), context()).
#pragma once
#include <coroutine>
#include <cstddef>

namespace boost::capy {
class thread_pool {
public:
  class executor_type {
  public:
    explicit executor_type(thread_pool &pool) noexcept : pool_(&pool) {}
    std::coroutine_handle<> dispatch(std::coroutine_handle<> h) const { return h; }
    thread_pool &context() const noexcept { return *pool_; }
    bool operator==(executor_type const &) const noexcept = default;

  private:
    thread_pool *pool_;
  };

  explicit thread_pool(std::size_t num_threads = 0) { (void)num_threads; }
  executor_type get_executor() noexcept { return executor_type(*this); }
  void join() {}
};
} // namespace boost::capy
