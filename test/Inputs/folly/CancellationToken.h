// coro-tidy test stand-in for <folly/CancellationToken.h>.
// A default-constructed CancellationToken can never be cancelled.
#pragma once

namespace folly {
class CancellationToken {
public:
  CancellationToken() noexcept = default;
  bool isCancellationRequested() const noexcept { return requested_; }
  bool canBeCancelled() const noexcept { return cancellable_; }

private:
  friend class CancellationSource;
  bool cancellable_ = false;
  bool requested_ = false;
};

class CancellationSource {
public:
  CancellationSource() = default;
  CancellationToken getToken() const noexcept {
    CancellationToken t;
    t.cancellable_ = true;
    t.requested_ = requested_;
    return t;
  }
  bool requestCancellation() noexcept { return requested_ = true; }
  bool isCancellationRequested() const noexcept { return requested_; }

private:
  bool requested_ = false;
};
} // namespace folly
