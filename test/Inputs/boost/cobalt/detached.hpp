// coro-tidy test stand-in for <boost/cobalt/detached.hpp>.
// boost::cobalt::detached: an empty return type whose promise never suspends
// at either end (fire and forget; the return object owns no frame).
#pragma once
#include <coroutine>
#include <exception>

#include <boost/cobalt/this_coro.hpp>

namespace boost::cobalt {
struct detached;

namespace detail {
struct detached_promise : promise_cancellation_base {
  detached get_return_object() noexcept;
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() noexcept {}
  void unhandled_exception() { throw; }
};
} // namespace detail

struct detached {
  using promise_type = detail::detached_promise;
};

inline detached detail::detached_promise::get_return_object() noexcept { return {}; }
} // namespace boost::cobalt
