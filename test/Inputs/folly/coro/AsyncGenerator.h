// coro-tidy test stand-in for <folly/coro/AsyncGenerator.h>.
//  - folly::coro::AsyncGenerator<Reference, Value = remove_cvref_t<Reference>,
//    RequiresCleanup = false>: a class, [[nodiscard]], lazy. NO begin():
//    consumed with `while (auto item = co_await gen.next())`.
//  - The promise (detail::AsyncGeneratorPromise, final, derived from
//    BasePromise) declares yield_value(Reference&&), a template
//    yield_value(U&&) for non-reference Reference, yield_value(co_error&&)
//    and yield_value(co_result<Value, ContainerRef>); final_suspend and every
//    yield give a YieldAwaiter (await_ready false).
//  - next() gives a NextSemiAwaitable: no operator co_await; awaited inside a
//    Task through its viaIfAsync(executor) member (-> NextAwaitable) and its
//    co_withCancellation hidden friend. NextAwaitable::await_resume gives a
//    NextResult: explicit operator bool, has_value(), value(), operator*,
//    operator->.
//  - CleanableAsyncGenerator<Ref, Val> = AsyncGenerator<Ref, Val, true>.
//    cleanup() && (static_assert(RequiresCleanup)) gives a [[nodiscard]]
//    CleanupSemiAwaitable (viaIfAsync -> [[nodiscard]] CleanupAwaitable); the
//    owner must `co_await std::move(gen).cleanup()`, otherwise the destructor
//    aborts the process (upstream: LOG(FATAL) "cleanup() hasn't been called!";
//    move-assignment over a live one CHECK-fails likewise).
//  - co_cleanup(std::move(gen)) (Cleanup.h) is customized for
//    CleanableAsyncGenerator through tag_invoke.
//  - Destroying a suspended generator destroys its frame synchronously.
#pragma once
#include <cstdlib>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/coro/BasePromise.h>
#include <folly/coro/Cleanup.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Error.h>
#include <folly/coro/Result.h>
#include <folly/coro/Task.h>

namespace folly::coro {
template <typename Reference, typename Value = std::remove_cvref_t<Reference>,
          bool RequiresCleanup = false>
class AsyncGenerator;

namespace detail {
template <typename Reference, typename Value, bool RequiresCleanup>
class AsyncGeneratorPromise;
} // namespace detail

template <typename Reference, typename Value, bool RequiresCleanup>
class [[nodiscard]] AsyncGenerator {
public:
  using promise_type =
      detail::AsyncGeneratorPromise<Reference, Value, RequiresCleanup>;

private:
  using handle_t = std::coroutine_handle<promise_type>;

public:
  using value_type = Value;
  using reference = Reference;
  using pointer = std::add_pointer_t<Reference>;

  AsyncGenerator() noexcept : coro_() {}
  AsyncGenerator(AsyncGenerator &&other) noexcept
      : coro_(std::exchange(other.coro_, {})) {}
  ~AsyncGenerator() {
    if (coro_) {
      if constexpr (RequiresCleanup) {
        std::abort(); // upstream: LOG(FATAL) "cleanup() hasn't been called!"
      }
      coro_.destroy();
    }
  }

  class CleanupSemiAwaitable;

  class [[nodiscard]] CleanupAwaitable {
  public:
    struct Awaiter {
      bool await_ready() noexcept { return true; }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      void await_resume() noexcept {}
    };
    Awaiter operator co_await() && noexcept { return Awaiter{}; }

  private:
    friend CleanupSemiAwaitable;
    explicit CleanupAwaitable(Executor::KeepAlive<> executor) noexcept
        : executor_(std::move(executor)) {}
    Executor::KeepAlive<> executor_;
  };

  class [[nodiscard]] CleanupSemiAwaitable {
  public:
    CleanupAwaitable viaIfAsync(Executor::KeepAlive<> executor) noexcept {
      return CleanupAwaitable{std::move(executor)};
    }

  private:
    friend AsyncGenerator;
    CleanupSemiAwaitable() noexcept = default;
  };

  CleanupSemiAwaitable cleanup() && {
    static_assert(RequiresCleanup);
    if (coro_)
      std::exchange(coro_, {}).destroy();
    return CleanupSemiAwaitable{};
  }

  AsyncGenerator &operator=(AsyncGenerator &&other) noexcept {
    auto oldCoro = std::exchange(coro_, std::exchange(other.coro_, {}));
    if (oldCoro) {
      if constexpr (RequiresCleanup)
        std::abort(); // upstream: CHECK "cleanup() hasn't been called!"
      oldCoro.destroy();
    }
    return *this;
  }

  void swap(AsyncGenerator &other) noexcept { std::swap(coro_, other.coro_); }

  class NextAwaitable;
  class NextSemiAwaitable;

  class NextResult {
  public:
    NextResult() noexcept = default;
    bool has_value() const noexcept { return value_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }
    decltype(auto) value() & { return static_cast<Reference>(*value_); }
    decltype(auto) value() && { return static_cast<Reference>(*value_); }
    decltype(auto) operator*() & { return value(); }
    decltype(auto) operator*() && { return std::move(*this).value(); }
    decltype(auto) operator->() { return value_; }

  private:
    friend NextAwaitable;
    explicit NextResult(std::remove_reference_t<Reference> *value) noexcept
        : value_(value) {}
    std::remove_reference_t<Reference> *value_ = nullptr;
  };

  class NextAwaitable {
  public:
    bool await_ready() noexcept { return !coro_; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().setContinuation(continuation);
      return coro_;
    }
    NextResult await_resume() {
      if (!coro_ || !coro_.promise().hasValue()) {
        if (coro_)
          coro_.promise().throwIfException();
        return NextResult{};
      }
      return NextResult{coro_.promise().valuePointer()};
    }

  private:
    friend NextSemiAwaitable;
    explicit NextAwaitable(handle_t coro) noexcept : coro_(coro) {}
    handle_t coro_;
  };

  class NextSemiAwaitable {
  public:
    NextAwaitable viaIfAsync(Executor::KeepAlive<> executor) noexcept {
      if (coro_)
        coro_.promise().setExecutor(std::move(executor));
      return NextAwaitable{coro_};
    }

    friend NextSemiAwaitable co_withCancellation(CancellationToken cancelToken,
                                                 NextSemiAwaitable &&awaitable) {
      if (awaitable.coro_)
        awaitable.coro_.promise().setCancellationToken(std::move(cancelToken));
      return NextSemiAwaitable{std::exchange(awaitable.coro_, {})};
    }

  private:
    friend AsyncGenerator;
    explicit NextSemiAwaitable(handle_t coro) noexcept : coro_(coro) {}
    handle_t coro_;
  };

  NextSemiAwaitable next() noexcept { return NextSemiAwaitable{coro_}; }

private:
  friend promise_type;
  explicit AsyncGenerator(std::coroutine_handle<promise_type> coro) noexcept
      : coro_(coro) {}
  std::coroutine_handle<promise_type> coro_;
};

template <typename Reference, typename Value = std::remove_cvref_t<Reference>>
using CleanableAsyncGenerator =
    AsyncGenerator<Reference, Value, true /* RequiresCleanup */>;

namespace detail {
template <typename Reference, typename Value, bool RequiresCleanup>
class AsyncGeneratorPromise final : public BasePromise<> {
  class YieldAwaiter {
  public:
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<AsyncGeneratorPromise> h) noexcept {
      auto c = h.promise().continuation();
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

public:
  AsyncGenerator<Reference, Value, RequiresCleanup>
  get_return_object() noexcept {
    return AsyncGenerator<Reference, Value, RequiresCleanup>{
        std::coroutine_handle<AsyncGeneratorPromise>::from_promise(*this)};
  }

  suspend_always initial_suspend() noexcept { return {}; }
  YieldAwaiter final_suspend() noexcept { return {}; }

  YieldAwaiter yield_value(Reference &&value) noexcept(
      std::is_nothrow_move_constructible<Reference>::value) {
    value_.emplace(static_cast<Reference &&>(value));
    return YieldAwaiter{};
  }

  template <typename U>
    requires(!std::is_reference_v<Reference> &&
             std::is_convertible_v<U &&, Reference>)
  YieldAwaiter yield_value(U &&value) noexcept(
      std::is_nothrow_constructible_v<Reference, U>) {
    value_.emplace(static_cast<U &&>(value));
    return {};
  }

  YieldAwaiter yield_value(co_error &&error) noexcept {
    exception_ = std::move(error.exception());
    return {};
  }

  template <typename ContainerRef>
  YieldAwaiter yield_value(co_result<Value, ContainerRef> res) {
    (void)std::move(res).result();
    return {};
  }

  using BasePromise<>::await_transform;

  auto await_transform(co_safe_point_t) noexcept {
    return ReadyAwaitable<Unit>{Unit{}};
  }

  void unhandled_exception() noexcept { exception_ = std::current_exception(); }
  void return_void() noexcept { value_.reset(); }

  bool hasValue() const noexcept { return value_.has_value(); }
  void throwIfException() {
    if (exception_)
      std::rethrow_exception(exception_);
  }
  std::remove_reference_t<Reference> *valuePointer() noexcept {
    if constexpr (std::is_reference_v<Reference>)
      return &value_->get();
    else
      return &*value_;
  }

private:
  using Stored =
      std::conditional_t<std::is_reference_v<Reference>,
                         std::reference_wrapper<std::remove_reference_t<Reference>>,
                         Reference>;
  std::optional<Stored> value_;
  std::exception_ptr exception_;
};
} // namespace detail

template <typename Reference, typename Value>
auto tag_invoke(cpo_t<co_cleanup>,
                CleanableAsyncGenerator<Reference, Value> &&gen) {
  return std::move(gen).cleanup();
}
} // namespace folly::coro
