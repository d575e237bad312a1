// coro-tidy test stand-in for <cppcoro/sync_wait.hpp>: blocking wait.
#pragma once
#include <exception>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {
template <typename AWAITABLE>
auto sync_wait(AWAITABLE &&awaitable) ->
    typename awaitable_traits<AWAITABLE &&>::await_result_t {
  (void)awaitable;
  std::terminate();
}
} // namespace cppcoro
