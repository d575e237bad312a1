// coro-tidy test stand-in for <unifex/sync_wait.hpp>: blocking wait.
// A customization-point object: `inline constexpr _sync_wait_cpo::_fn
// sync_wait{}` directly in unifex (the variable unifex::sync_wait). It
// returns std::optional<T> (std::optional<unifex::unit> for void; empty when
// the sender completes with done, i.e. stopped) and rethrows an error. A
// different result type from co_await (which gives T and unwinds on done).
// sync_wait() with no argument gives a pipeable adaptor.
#pragma once
#include <optional>
#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _sync_wait_cpo {
class _fn {
public:
  template <typename Sender>
    requires unifex::sender<Sender>
  auto operator()(Sender &&sender) const
      -> std::optional<sender_single_value_result_t<std::remove_cvref_t<Sender>>> {
    (void)sender;
    return {};
  }
};
} // namespace _sync_wait_cpo

inline constexpr _sync_wait_cpo::_fn sync_wait{};
} // namespace unifex
