// coro-tidy test stand-in for <seastar/core/when_all.hh>: when_all(futs or
// funcs...) -> future<std::tuple<future<T>...>> (never fails: each element
// holds its own result or exception); when_all_succeed(...) ->
// future<std::tuple<non-void T...>> (fails with the first exception).
#pragma once
#include <tuple>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
template <typename... Futs>
inline auto when_all(Futs &&...futs) noexcept -> future<std::tuple<std::decay_t<Futs>...>> {
  (void)sizeof...(futs);
  return {};
}
template <typename... Futs> inline auto when_all_succeed(Futs &&...futs) noexcept {
  (void)sizeof...(futs);
  return future<std::tuple<typename std::decay_t<Futs>::value_type...>>();
}
} // namespace seastar
