// coro-tidy test stand-in for <cppcoro/cancellation_token.hpp>.
// A default-constructed cancellation_token can never be cancelled.
#pragma once

namespace cppcoro {
class cancellation_token {
public:
  cancellation_token() noexcept = default;
  bool can_be_cancelled() const noexcept { return cancellable_; }
  bool is_cancellation_requested() const noexcept { return requested_; }
  void throw_if_cancellation_requested() const;

private:
  friend class cancellation_source;
  bool cancellable_ = false;
  bool requested_ = false;
};
} // namespace cppcoro

#include <cppcoro/operation_cancelled.hpp>

inline void cppcoro::cancellation_token::throw_if_cancellation_requested() const {
  if (requested_)
    throw operation_cancelled{};
}

// Upstream declares cancellation_source in its own header; tests may include
// either.
#include <cppcoro/cancellation_source.hpp>
