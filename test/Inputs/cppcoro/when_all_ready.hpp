// coro-tidy test stand-in for <cppcoro/when_all_ready.hpp> /
// <cppcoro/when_all.hpp>: tasks passed to when_all are owned, not dropped.
#pragma once
#include <tuple>
#include <utility>

#include <cppcoro/task.hpp>

namespace cppcoro {
template <typename... AWAITABLES>
[[nodiscard]] task<void> when_all_ready(AWAITABLES... awaitables) {
  (co_await std::move(awaitables), ...);
}
} // namespace cppcoro
