// coro-tidy test stand-in for <unifex/sender_concepts.hpp>.
// Stand-in senders publish unifex-style value_types / error_types /
// sends_done plus their single result type as `_result_t` (upstream
// computes it from value_types). `_needs_scheduler` marks senders that only
// connect to a receiver whose environment has a scheduler (unifex::task:
// upstream, get_scheduler(receiver) must be valid), so spawning a task needs
// spawn_on(scheduler, task) or on(scheduler, task).
#pragma once
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

namespace unifex {
struct unit {};

template <typename S>
concept sender = requires { typename std::remove_cvref_t<S>::_result_t; };

template <typename S>
using sender_single_value_t = typename std::remove_cvref_t<S>::_result_t;

// The value sync_wait gives for a sender: unit for void.
template <typename S>
using sender_single_value_result_t =
    std::conditional_t<std::is_void_v<sender_single_value_t<S>>, unit,
                       sender_single_value_t<S>>;

template <typename S>
inline constexpr bool _needs_scheduler = std::remove_cvref_t<S>::_needs_scheduler;

template <typename T, bool NeedsScheduler = false> struct _result_sender_base {
  using _result_t = T;
  static constexpr bool _needs_scheduler = NeedsScheduler;
  template <template <typename...> class Variant,
            template <typename...> class Tuple>
  using value_types =
      Variant<std::conditional_t<std::is_void_v<T>, Tuple<>, Tuple<T>>>;
  template <template <typename...> class Variant>
  using error_types = Variant<std::exception_ptr>;
  static constexpr bool sends_done = true;
};
} // namespace unifex
