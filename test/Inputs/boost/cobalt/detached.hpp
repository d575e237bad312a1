// coro-tidy test stand-in for <boost/cobalt/detached.hpp>.
// boost::cobalt::detached: an empty struct whose nested promise_type is
// detail::detached_promise (same bases as task's promise): suspend_never at
// both ends, the return object owns no frame (fire and forget), and
// unhandled_exception does `throw;` (the exception escapes into whoever
// resumed the coroutine, e.g. the io_context's run()).
#pragma once
#include <coroutine>
#include <exception>

#include <boost/cobalt/concepts.hpp>
#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
struct detached;

namespace detail {
struct detached_promise
    : promise_memory_resource_base,
      promise_cancellation_base<asio::cancellation_slot, asio::enable_total_cancellation>,
      promise_throw_if_cancelled_base,
      enable_awaitables<detached_promise>,
      enable_await_allocator<detached_promise>,
      enable_await_executor<detached_promise>,
      enable_await_deferred {
  using promise_cancellation_base<asio::cancellation_slot,
                                  asio::enable_total_cancellation>::await_transform;
  using promise_throw_if_cancelled_base::await_transform;
  using enable_awaitables<detached_promise>::await_transform;
  using enable_await_allocator<detached_promise>::await_transform;
  using enable_await_executor<detached_promise>::await_transform;
  using enable_await_deferred::await_transform;

  [[nodiscard]] detached get_return_object();
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() { throw; }
};
} // namespace detail

struct detached {
  using promise_type = detail::detached_promise;
};

inline detached detail::detached_promise::get_return_object() { return {}; }
} // namespace boost::cobalt
