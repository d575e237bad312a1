// coro-tidy test stand-in for <folly/coro/Collect.h>: collectAll(tasks...)
// awaits several tasks (structured: the tasks are passed, not dropped).
#pragma once
#include <tuple>
#include <utility>

#include <folly/Unit.h>
#include <folly/coro/Task.h>

namespace folly::coro {
template <typename... T>
Task<std::tuple<lift_unit_t<T>...>> collectAll(Task<T>... tasks) {
  (void)std::tuple<Task<T>...>(std::move(tasks)...);
  co_return std::tuple<lift_unit_t<T>...>();
}
} // namespace folly::coro
