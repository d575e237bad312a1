// coro-tidy test stand-in for <unifex/sync_wait.hpp>: blocking wait, a
// customization-point object (unifex::_sync_wait_cpo::sync_wait) returning
// std::optional<T> (std::optional<unifex::unit> for void; empty when stopped).
#pragma once
#include <optional>
#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _sync_wait_cpo {
inline constexpr struct _fn {
  template <typename Sender>
    requires unifex::sender<Sender>
  auto operator()(Sender &&sender) const {
    (void)sender;
    using T = sender_single_value_t<Sender>;
    return std::optional<std::conditional_t<std::is_void_v<T>, unit, T>>();
  }
} sync_wait{};
} // namespace _sync_wait_cpo

using _sync_wait_cpo::sync_wait;
} // namespace unifex
