// coro-tidy test stand-in for <cppcoro/cancellation_source.hpp>.
#pragma once
#include <cppcoro/cancellation_token.hpp>

namespace cppcoro {
class cancellation_source {
public:
  cancellation_source() = default;
  cancellation_token token() const noexcept {
    cancellation_token t;
    t.cancellable_ = true;
    t.requested_ = requested_;
    return t;
  }
  void request_cancellation() noexcept { requested_ = true; }
  bool is_cancellation_requested() const noexcept { return requested_; }
  bool can_be_cancelled() const noexcept { return true; }

private:
  bool requested_ = false;
};
} // namespace cppcoro
