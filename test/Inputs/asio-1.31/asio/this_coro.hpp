// coro-tidy test stand-in for asio >= 1.31 <asio/this_coro.hpp>:
// this_coro::executor, this_coro::cancellation_state, and the cancellation
// shields reset_cancellation_state(...) / throw_if_cancelled(b) (functions
// returning tag objects that the awaitable promise's await_transform answers).
#pragma once
#include <utility>

namespace asio {
struct disable_cancellation {};
struct enable_terminal_cancellation {};
struct enable_partial_cancellation {};
struct enable_total_cancellation {};

namespace this_coro {
struct executor_t {
  constexpr executor_t() {}
};
inline constexpr executor_t executor;

struct cancellation_state_t {
  constexpr cancellation_state_t() {}
};
inline constexpr cancellation_state_t cancellation_state;

struct reset_cancellation_state_0_t {
  constexpr reset_cancellation_state_0_t() {}
};
template <typename Filter> struct reset_cancellation_state_1_t {
  Filter filter;
};
template <typename InFilter, typename OutFilter> struct reset_cancellation_state_2_t {
  InFilter in_filter;
  OutFilter out_filter;
};
constexpr reset_cancellation_state_0_t reset_cancellation_state() { return {}; }
template <typename Filter>
constexpr reset_cancellation_state_1_t<std::decay_t<Filter>>
reset_cancellation_state(Filter &&filter) {
  return {static_cast<Filter &&>(filter)};
}
template <typename InFilter, typename OutFilter>
constexpr reset_cancellation_state_2_t<std::decay_t<InFilter>, std::decay_t<OutFilter>>
reset_cancellation_state(InFilter &&in_filter, OutFilter &&out_filter) {
  return {static_cast<InFilter &&>(in_filter), static_cast<OutFilter &&>(out_filter)};
}

struct throw_if_cancelled_0_t {
  constexpr throw_if_cancelled_0_t() {}
};
struct throw_if_cancelled_1_t {
  bool value;
};
constexpr throw_if_cancelled_0_t throw_if_cancelled() { return {}; }
constexpr throw_if_cancelled_1_t throw_if_cancelled(bool value) { return {value}; }
} // namespace this_coro
} // namespace asio
