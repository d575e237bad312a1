// coro-tidy test stand-in for <trantor/utils/NonCopyable.h> (Drogon's
// networking library): trantor::NonCopyable deletes copying.
#pragma once

namespace trantor {
class NonCopyable {
protected:
  NonCopyable() {}
  ~NonCopyable() {}
  NonCopyable(const NonCopyable &) = delete;
  NonCopyable &operator=(const NonCopyable &) = delete;
  NonCopyable(NonCopyable &&) noexcept(true) = default;
  NonCopyable &operator=(NonCopyable &&) noexcept(true) = default;
};
} // namespace trantor
