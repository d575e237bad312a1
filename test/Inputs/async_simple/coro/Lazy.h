// coro-tidy test stand-in for <async_simple/coro/Lazy.h>.
//  - async_simple::coro::Lazy<T = void>: a class, [[nodiscard]] (plus clang
//    coro_only_destroy_when_complete / coro_await_elidable attributes when
//    available), LAZY, derived from detail::LazyBase<T, /*reschedule=*/false>,
//    which holds promise_type = detail::LazyPromise<T> (base
//    detail::LazyPromiseBase: initial_suspend suspend_always, final_suspend
//    FinalAwaiter with await_ready false; await_transform passes every
//    operand to detail::coAwait(executor, x) and answers CurrentExecutor,
//    CurrentLazyLocals<T>, CurrentSlot, ForbidSignal and Yield; no
//    yield_value).
//  - A Lazy can only be awaited inside a Lazy (or DetachedCoroutine): the
//    awaiter's await_suspend static_asserts it. co_await gives T (rethrows);
//    coAwaitTry() gives Try<T>.
//  - Lazy::via(Executor*) && gives a [[nodiscard]] RescheduleLazy<T> (lazy;
//    derived from LazyBase<T, true>), which has detach() and a [[deprecated]]
//    operator co_await. Lazy has NO detach().
//  - start(callback) (a member of detail::LazyBase, `using Base::start;` in
//    Lazy; the callback is invocable with Try<T>) starts the task inside a
//    detail::DetachedCoroutine and reports the result or exception to the
//    callback (owned). directlyStart(callback, executor) likewise, setting
//    the executor. RescheduleLazy::detach() = start() with a callback that
//    RETHROWS an error: it escapes the DetachedCoroutine (printed, then
//    propagated into the executor thread, typically std::terminate).
//  - setLazyLocal(...) && binds local data / a Signal (cancellation);
//    [[deprecated]] setEx(Executor*) &&.
#pragma once
#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>
#include <variant>

#include <async_simple/Executor.h>
#include <async_simple/Signal.h>
#include <async_simple/Try.h>
#include <async_simple/coro/DetachedCoroutine.h>
#include <async_simple/coro/LazyLocalBase.h>
#include <async_simple/coro/ViaCoroutine.h>

#if __has_cpp_attribute(clang::coro_only_destroy_when_complete)
#define CORO_ONLY_DESTROY_WHEN_DONE [[clang::coro_only_destroy_when_complete]]
#else
#define CORO_ONLY_DESTROY_WHEN_DONE
#endif
#if __has_cpp_attribute(clang::coro_await_elidable)
#define ELIDEABLE_AFTER_AWAIT [[clang::coro_await_elidable]]
#else
#define ELIDEABLE_AFTER_AWAIT
#endif

namespace async_simple::coro {
template <typename T> class Lazy;

// co_await Yield{} reschedules the coroutine on its executor.
struct Yield {};
template <typename T = LazyLocalBase> struct CurrentLazyLocals {};
// co_await CurrentSlot{} gives the Slot* of the Lazy's signal (nullptr if none).
struct CurrentSlot {};
struct ForbidSignal {};

namespace detail {
class LazyPromiseBase {
public:
  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <typename PromiseType>
    auto await_suspend(std::coroutine_handle<PromiseType> h) noexcept {
      static_assert(std::is_base_of<LazyPromiseBase, PromiseType>::value,
                    "the final awaiter is only allowed to be called by Lazy");
      return h.promise()._continuation;
    }
    void await_resume() noexcept {}
  };

  struct YieldAwaiter {
    YieldAwaiter(Executor *executor, Slot *slot) : _executor(executor), _slot(slot) {}
    bool await_ready() const noexcept { return signalHelper{Terminate}.hasCanceled(_slot); }
    template <typename PromiseType> void await_suspend(std::coroutine_handle<PromiseType>) {}
    void await_resume() const {
      signalHelper{Terminate}.checkHasCanceled(_slot, "async_simple::Yield/SpinLock is canceled!");
    }

  private:
    Executor *_executor;
    Slot *_slot;
  };

  LazyPromiseBase() noexcept : _executor(nullptr), _lazy_local(nullptr) {}
  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }

  template <typename Awaitable> decltype(auto) await_transform(Awaitable &&awaitable) {
    return detail::coAwait(_executor, std::forward<Awaitable>(awaitable));
  }
  auto await_transform(CurrentExecutor) { return ReadyAwaiter<Executor *>(_executor); }
  template <typename T> auto await_transform(CurrentLazyLocals<T>) {
    return ReadyAwaiter<T *>(_lazy_local ? static_cast<T *>(_lazy_local) : nullptr);
  }
  auto await_transform(CurrentSlot) {
    return ReadyAwaiter<Slot *>(_lazy_local ? _lazy_local->getSlot() : nullptr);
  }
  auto await_transform(ForbidSignal) { return ReadyAwaiter<void>(); }
  auto await_transform(Yield) {
    return YieldAwaiter(_executor, _lazy_local ? _lazy_local->getSlot() : nullptr);
  }

  std::coroutine_handle<> _continuation;
  Executor *_executor;
  LazyLocalBase *_lazy_local;
};

template <typename T> class LazyPromise : public LazyPromiseBase {
public:
  LazyPromise() noexcept {}
  Lazy<T> get_return_object() noexcept;

  template <typename V>
    requires std::is_convertible_v<V &&, T>
  void return_value(V &&value) noexcept(std::is_nothrow_constructible_v<T, V &&>) {
    _value.template emplace<T>(std::forward<V>(value));
  }
  void unhandled_exception() noexcept {
    _value.template emplace<std::exception_ptr>(std::current_exception());
  }

  T &&result() && {
    if (std::holds_alternative<std::exception_ptr>(_value))
      std::rethrow_exception(std::get<std::exception_ptr>(_value));
    return std::move(std::get<T>(_value));
  }
  Try<T> tryResult() noexcept {
    if (std::holds_alternative<std::exception_ptr>(_value))
      return Try<T>(std::get<std::exception_ptr>(_value));
    return Try<T>(std::move(std::get<T>(_value)));
  }

  std::variant<std::monostate, T, std::exception_ptr> _value;
};

template <> class LazyPromise<void> : public LazyPromiseBase {
public:
  LazyPromise() noexcept {}
  Lazy<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void unhandled_exception() noexcept { _exception = std::current_exception(); }
  void result() {
    if (_exception != nullptr)
      std::rethrow_exception(_exception);
  }
  Try<void> tryResult() noexcept { return Try<void>(_exception); }

  std::exception_ptr _exception{nullptr};
};
} // namespace detail

template <typename T> class RescheduleLazy;

namespace detail {
template <typename T> struct LazyAwaiterBase {
  using Handle = std::coroutine_handle<detail::LazyPromise<T>>;
  Handle _handle;

  LazyAwaiterBase(LazyAwaiterBase &&other) : _handle(std::exchange(other._handle, nullptr)) {}
  LazyAwaiterBase(Handle coro) : _handle(coro) {}
  ~LazyAwaiterBase() {
    if (_handle)
      _handle.destroy();
  }
  bool await_ready() const noexcept { return false; }
  auto awaitResume() {
    if constexpr (std::is_void_v<T>)
      _handle.promise().result();
    else
      return std::move(_handle.promise()).result();
  }
  Try<T> awaitResumeTry() noexcept { return _handle.promise().tryResult(); }
};

template <typename T, typename CB>
concept isLazyCallback = std::is_invocable_v<CB, Try<T>>;

template <typename T, bool reschedule> class LazyBase {
public:
  using promise_type = detail::LazyPromise<T>;
  using Handle = std::coroutine_handle<promise_type>;
  using ValueType = T;

  struct AwaiterBase : public detail::LazyAwaiterBase<T> {
    using Base = detail::LazyAwaiterBase<T>;
    AwaiterBase(Handle coro) : Base(coro) {}

    template <typename PromiseType>
    auto await_suspend(std::coroutine_handle<PromiseType> continuation) noexcept(!reschedule) {
      static_assert(std::is_base_of<LazyPromiseBase, PromiseType>::value ||
                        std::is_same_v<detail::DetachedCoroutine::promise_type, PromiseType>,
                    "'co_await Lazy' is only allowed to be called by Lazy or "
                    "DetachedCoroutine");
      this->_handle.promise()._continuation = continuation;
      if constexpr (!reschedule)
        return this->_handle;
    }
  };

  struct TryAwaiter : public AwaiterBase {
    TryAwaiter(Handle coro) : AwaiterBase(coro) {}
    Try<T> await_resume() noexcept { return AwaiterBase::awaitResumeTry(); }
    auto coAwait(Executor *ex) {
      this->_handle.promise()._executor = ex;
      return std::move(*this);
    }
  };

  struct ValueAwaiter : public AwaiterBase {
    ValueAwaiter(Handle coro) : AwaiterBase(coro) {}
    T await_resume() { return AwaiterBase::awaitResume(); }
  };

  ~LazyBase() {
    if (_coro)
      _coro.destroy();
  }
  explicit LazyBase(Handle coro) noexcept : _coro(coro) {}
  LazyBase(LazyBase &&other) noexcept : _coro(std::exchange(other._coro, nullptr)) {}
  LazyBase(const LazyBase &) = delete;
  LazyBase &operator=(const LazyBase &) = delete;

  Executor *getExecutor() { return _coro.promise()._executor; }

  // Starts the task; the callback receives the Try<T> (owned result).
  template <typename F>
    requires isLazyCallback<T, F>
  void start(F &&callback) {
    [[maybe_unused]] auto detached = run(std::move(*this), std::decay_t<F>(std::forward<F>(callback)));
  }

private:
  template <typename F> static detail::DetachedCoroutine run(LazyBase lazy, F cb) {
    auto result = co_await lazy.coAwaitTry();
    cb(std::move(result));
  }

public:
  bool isReady() const { return !_coro || _coro.done(); }

  auto operator co_await() { return ValueAwaiter(std::exchange(_coro, nullptr)); }
  auto coAwaitTry() { return TryAwaiter(std::exchange(_coro, nullptr)); }

protected:
  Handle _coro;
};
} // namespace detail

template <typename T = void>
class [[nodiscard]] CORO_ONLY_DESTROY_WHEN_DONE ELIDEABLE_AFTER_AWAIT Lazy
    : public detail::LazyBase<T, /*reschedule=*/false> {
  using Base = detail::LazyBase<T, false>;

public:
  using Base::Base;

  RescheduleLazy<T> via(Executor *ex) && {
    this->_coro.promise()._executor = ex;
    return RescheduleLazy<T>(std::exchange(this->_coro, nullptr));
  }

  [[deprecated]] Lazy<T> setEx(Executor *ex) && {
    this->_coro.promise()._executor = ex;
    return Lazy<T>(std::exchange(this->_coro, nullptr));
  }

  Lazy<T> setLazyLocal(Signal *signal) && {
    (void)signal;
    return Lazy<T>(std::exchange(this->_coro, nullptr));
  }
  template <typename LazyLocal = LazyLocalBase>
  Lazy<T> setLazyLocal(std::unique_ptr<LazyLocal> base) && {
    (void)base;
    return Lazy<T>(std::exchange(this->_coro, nullptr));
  }

  using Base::start;

  template <typename F>
    requires detail::isLazyCallback<T, F>
  void directlyStart(F &&callback, Executor *executor) {
    this->_coro.promise()._executor = executor;
    return start(std::forward<F>(callback));
  }

  auto coAwait(Executor *ex) {
    this->_coro.promise()._executor = ex;
    return typename Base::ValueAwaiter(std::exchange(this->_coro, nullptr));
  }

private:
  friend class RescheduleLazy<T>;
};

template <typename T = void>
class [[nodiscard]] RescheduleLazy : public detail::LazyBase<T, /*reschedule=*/true> {
  using Base = detail::LazyBase<T, true>;

public:
  // Detached: an error is rethrown out of the detached coroutine.
  void detach() { this->start(RethrowError{}); }

private:
  struct RethrowError {
    void operator()(Try<T> result) const {
      if (result.hasError())
        std::rethrow_exception(result.getException());
    }
  };

public:
  [[deprecated("RescheduleLazy should be only allowed in DetachedCoroutine")]] auto
  operator co_await() {
    return Base::operator co_await();
  }

private:
  friend class Lazy<T>;
  using Base::Base;
};

template <typename T> inline Lazy<T> detail::LazyPromise<T>::get_return_object() noexcept {
  return Lazy<T>(Lazy<T>::Handle::from_promise(*this));
}
inline Lazy<void> detail::LazyPromise<void>::get_return_object() noexcept {
  return Lazy<void>(Lazy<void>::Handle::from_promise(*this));
}
} // namespace async_simple::coro
