// coro-tidy test stand-in for <folly/coro/AutoCleanup.h> (+ AutoCleanup-fwd.h).
// folly::coro::AutoCleanup<T, CleanupFn = co_cleanup_fn> wraps an ARGUMENT of
// a CleanableAsyncGenerator coroutine: when that generator's promise is
// created it schedules a co_scope_exit that awaits cleanupFn(std::move(object))
// when the generator's own cleanup() is awaited. It holds a pointer to the
// object (T*), is move-only (no assignment), and asserts in debug builds that
// it was scheduled.
#pragma once
#include <memory>
#include <type_traits>
#include <utility>

#include <folly/coro/Cleanup.h>

namespace folly::coro {
template <typename T, typename CleanupFn = co_cleanup_fn> class AutoCleanup;

template <typename T> struct is_auto_cleanup : std::false_type {};
template <typename T, typename CleanupFn>
struct is_auto_cleanup<AutoCleanup<T, CleanupFn>> : std::true_type {};
template <typename T>
constexpr bool is_auto_cleanup_v = is_auto_cleanup<T>::value;

template <typename T, typename CleanupFn> class AutoCleanup {
public:
  using type = T;
  using cleanup_fn = CleanupFn;

  explicit AutoCleanup(T &&object, CleanupFn cleanupFn = CleanupFn{}) noexcept
      : ptr_{std::addressof(object)}, cleanupFn_{std::move(cleanupFn)} {}
  AutoCleanup(const AutoCleanup &) = delete;
  AutoCleanup(AutoCleanup &&other) noexcept
      : ptr_{std::exchange(other.ptr_, nullptr)},
        cleanupFn_{std::move(other.cleanupFn_)} {}
  ~AutoCleanup() = default; // upstream: DCHECK that it was scheduled
  AutoCleanup &operator=(const AutoCleanup &) = delete;
  AutoCleanup &operator=(AutoCleanup &&) = delete;

  std::add_lvalue_reference_t<T> operator*() const noexcept { return *get(); }
  T *operator->() const noexcept { return get(); }
  T *get() const noexcept { return ptr_; }

private:
  T *ptr_;
  CleanupFn cleanupFn_;
};
} // namespace folly::coro
