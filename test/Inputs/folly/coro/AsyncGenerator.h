// coro-tidy test stand-in for <folly/coro/AsyncGenerator.h>.
//  - AsyncGenerator<Ref, Val = remove_cvref_t<Ref>, RequiresCleanup = false>:
//    [[nodiscard]], lazy, promise has yield_value, NO begin(); consumed with
//    `while (auto item = co_await gen.next())`.
//  - next() returns an awaitable whose await_resume gives a NextResult with
//    explicit operator bool and operator*.
//  - CleanableAsyncGenerator<Ref, Val> = AsyncGenerator<Ref, Val, true>; its
//    owner must `co_await std::move(gen).cleanup()` (a Task<void>).
#pragma once
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <folly/coro/Coroutine.h>
#include <folly/coro/Task.h>

namespace folly::coro {
template <typename Reference, typename Value = std::remove_cvref_t<Reference>,
          bool RequiresCleanup = false>
class AsyncGenerator;

namespace detail {
template <typename Reference, typename Value, bool RequiresCleanup>
class AsyncGeneratorPromise {
public:
  struct YieldAwaiter {
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<AsyncGeneratorPromise> h) noexcept {
      auto next = h.promise().continuation_;
      return next ? next : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  AsyncGenerator<Reference, Value, RequiresCleanup> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  YieldAwaiter final_suspend() noexcept { return {}; }

  template <typename U>
    requires std::is_convertible_v<U &&, Reference>
  YieldAwaiter yield_value(U &&value) {
    value_.emplace(static_cast<U &&>(value));
    return {};
  }
  void return_void() noexcept {}
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }

  template <typename Awaitable>
  Awaitable &&await_transform(Awaitable &&awaitable) noexcept {
    return static_cast<Awaitable &&>(awaitable);
  }

  std::coroutine_handle<> continuation_;
  std::optional<Value> value_;
  std::exception_ptr exception_;
};
} // namespace detail

template <typename Reference, typename Value, bool RequiresCleanup>
class [[nodiscard]] AsyncGenerator {
public:
  using promise_type =
      detail::AsyncGeneratorPromise<Reference, Value, RequiresCleanup>;
  using handle_t = std::coroutine_handle<promise_type>;
  using value_type = Value;
  using reference = Reference;

  AsyncGenerator() noexcept = default;
  AsyncGenerator(AsyncGenerator &&other) noexcept
      : coro_(std::exchange(other.coro_, {})) {}
  AsyncGenerator &operator=(AsyncGenerator &&other) noexcept {
    std::swap(coro_, other.coro_);
    return *this;
  }
  AsyncGenerator(const AsyncGenerator &) = delete;
  // Destroys a suspended frame synchronously (RAII runs, no async cleanup).
  ~AsyncGenerator() {
    if (coro_)
      coro_.destroy();
  }

  class NextResult {
  public:
    NextResult() noexcept = default;
    explicit NextResult(Value *value) noexcept : value_(value) {}
    explicit operator bool() const noexcept { return value_ != nullptr; }
    bool has_value() const noexcept { return value_ != nullptr; }
    Reference value() { return **this; }
    Reference operator*() {
      if constexpr (std::is_lvalue_reference_v<Reference>)
        return *value_;
      else
        return static_cast<Reference>(std::move(*value_));
    }
    Value *operator->() noexcept { return value_; }

  private:
    Value *value_ = nullptr;
  };

  class NextAwaitable {
  public:
    explicit NextAwaitable(handle_t coro) noexcept : coro_(coro) {}
    bool await_ready() noexcept { return !coro_; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      coro_.promise().continuation_ = c;
      return coro_;
    }
    NextResult await_resume() {
      if (!coro_ || coro_.done() || !coro_.promise().value_)
        return NextResult();
      return NextResult(&*coro_.promise().value_);
    }

  private:
    handle_t coro_;
  };

  NextAwaitable next() noexcept { return NextAwaitable(coro_); }

  // Only for CleanableAsyncGenerator: must be awaited before destruction.
  Task<void> cleanup() &&
    requires RequiresCleanup
  {
    auto coro = std::exchange(coro_, {});
    if (coro)
      coro.destroy();
    co_return;
  }

private:
  friend promise_type;
  explicit AsyncGenerator(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

template <typename Reference, typename Value = std::remove_cvref_t<Reference>>
using CleanableAsyncGenerator = AsyncGenerator<Reference, Value, true>;

namespace detail {
template <typename Reference, typename Value, bool RequiresCleanup>
AsyncGenerator<Reference, Value, RequiresCleanup>
AsyncGeneratorPromise<Reference, Value, RequiresCleanup>::
    get_return_object() noexcept {
  return AsyncGenerator<Reference, Value, RequiresCleanup>(
      std::coroutine_handle<AsyncGeneratorPromise>::from_promise(*this));
}
} // namespace detail
} // namespace folly::coro
