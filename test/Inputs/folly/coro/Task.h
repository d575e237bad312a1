// coro-tidy test stand-in for <folly/coro/Task.h>.
//  - folly::coro::Task<T = void>: a class, [[nodiscard]], lazy
//    (initial_suspend -> suspend_always), final_suspend -> FinalAwaiter
//    (await_ready false). promise_type = detail::TaskPromise<T> (final),
//    derived from detail::TaskPromiseCrtpBase -> TaskPromiseBase -> BasePromise.
//  - The promise declares yield_value(co_error) and
//    yield_value(co_result<StorageType, ContainerRef>) (TaskPromise<void>:
//    also yield_value(co_result<Unit, ContainerRef>)): the ERROR channel
//    (`co_yield co_error(e)` completes the task). A Task is not a generator.
//  - The promise's await_transform wraps every operand (see BasePromise.h),
//    and answers co_safe_point. Task has NO operator co_await: awaiting a Task
//    inside a Task goes through its hidden friends co_withCancellation and
//    co_viaIfAsync; only an rvalue can be awaited (`co_await std::move(t)`).
//  - co_withExecutor(executor, task) is a customization-point object
//    (folly::coro::folly_cpo__::co_withExecutor) that calls Task's hidden
//    friend and gives a [[nodiscard]] TaskWithExecutor<T>.
//    Task::scheduleOn(ex) && is [[deprecated]].
//  - TaskWithExecutor<T>::start() && and startInlineUnsafe() && return a
//    folly::SemiFuture<lift_unit_t<T>> that is NOT [[nodiscard]]; the
//    overloads start(tryCallback, CancellationToken = {}) && and
//    startInlineUnsafe(tryCallback, token) && return void. TaskWithExecutor
//    has operator co_await() &&, so it can be awaited anywhere.
//  - Task::semi() && gives a lazy SemiFuture: the task runs only when the
//    SemiFuture is consumed.
#pragma once
#include <exception>
#include <functional>
#include <type_traits>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/BasePromise.h>
#include <folly/coro/Coroutine.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Error.h>
#include <folly/coro/Invoke.h>
#include <folly/coro/Result.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/coro/WithAsyncStack.h>
#include <folly/coro/WithCancellation.h>
#include <folly/futures/Future.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly::coro {
template <typename T = void> class Task;
template <typename T = void> class TaskWithExecutor;

namespace detail {
template <typename T> struct lift_lvalue_reference {
  using type = T;
};
template <typename T> struct lift_lvalue_reference<T &> {
  using type = std::reference_wrapper<T>;
};
template <typename T>
using lift_lvalue_reference_t = typename lift_lvalue_reference<T>::type;

class TaskPromiseBase : public BasePromise<> {
protected:
  class FinalAwaiter {
  public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> coro) noexcept {
      auto next = coro.promise().continuation();
      return next ? next : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  TaskPromiseBase() noexcept = default;
  ~TaskPromiseBase() = default;

public:
  suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }
  Executor::KeepAlive<> getExecutor() const noexcept { return executor_; }
};

template <typename Promise, typename T>
class TaskPromiseCrtpBase : public TaskPromiseBase {
public:
  using StorageType = lift_lvalue_reference_t<T>;

  Task<T> get_return_object() noexcept;

  void unhandled_exception() noexcept {
    result_ = Try<StorageType>(std::current_exception());
  }

  Try<StorageType> &result() { return result_; }

  // The error channel: `co_yield co_error(e)` completes the task.
  auto yield_value(co_error ex) {
    result_ = Try<StorageType>(std::move(ex.exception()));
    return final_suspend();
  }

  template <typename ContainerRef>
  auto yield_value(co_result<StorageType, ContainerRef> result) {
    result_ = std::move(result).result();
    return final_suspend();
  }

  using BasePromise<>::await_transform;

  auto await_transform(co_safe_point_t) noexcept {
    return ReadyAwaitable<Unit>{Unit{}};
  }

protected:
  TaskPromiseCrtpBase() noexcept = default;
  ~TaskPromiseCrtpBase() = default;

  Try<StorageType> result_;
};

template <typename T>
class TaskPromise final : public TaskPromiseCrtpBase<TaskPromise<T>, T> {
public:
  using StorageType =
      typename TaskPromiseCrtpBase<TaskPromise<T>, T>::StorageType;

  TaskPromise() noexcept = default;

  template <typename U = T>
    requires std::is_convertible_v<U &&, StorageType>
  void return_value(U &&value) {
    this->result_.emplace(static_cast<U &&>(value));
  }
};

template <>
class TaskPromise<void> final
    : public TaskPromiseCrtpBase<TaskPromise<void>, void> {
public:
  using StorageType = void;

  TaskPromise() noexcept = default;

  void return_void() noexcept { this->result_.emplace(); }

  using TaskPromiseCrtpBase<TaskPromise<void>, void>::yield_value;

  template <typename ContainerRef>
  auto yield_value(co_result<Unit, ContainerRef> result) {
    (void)std::move(result).result();
    return final_suspend();
  }
};

namespace adl {
// ADL prefers the hidden friend `co_withExecutor` of Task over this dummy.
void co_withExecutor();

struct WithExecutorFunction {
  template <typename Awaitable>
  auto operator()(Executor::KeepAlive<> executor, Awaitable awaitable) const
      -> decltype(co_withExecutor(std::move(executor), std::move(awaitable))) {
    return co_withExecutor(std::move(executor), std::move(awaitable));
  }
};
} // namespace adl
} // namespace detail

// Semi-awaitables like Task use this CPO to attach executors:
//   auto taskWithExec = co_withExecutor(std::move(exec), std::move(task));
FOLLY_DEFINE_CPO(detail::adl::WithExecutorFunction, co_withExecutor)

template <typename T> class [[nodiscard]] TaskWithExecutor {
  using handle_t = std::coroutine_handle<detail::TaskPromise<T>>;
  using StorageType = typename detail::TaskPromise<T>::StorageType;

public:
  ~TaskWithExecutor() {
    if (coro_)
      coro_.destroy();
  }
  TaskWithExecutor(TaskWithExecutor &&t) noexcept
      : coro_(std::exchange(t.coro_, {})) {}
  TaskWithExecutor &operator=(TaskWithExecutor t) noexcept {
    swap(t);
    return *this;
  }
  void swap(TaskWithExecutor &t) noexcept { std::swap(coro_, t.coro_); }

  Executor *executor() const noexcept {
    return coro_.promise().getExecutor().get();
  }

  // Start eager execution; the SemiFuture is NOT [[nodiscard]].
  SemiFuture<lift_unit_t<StorageType>> start() && { return {}; }
  template <typename F>
  void start(F &&tryCallback, CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    coro_.promise().setCancellationToken(std::move(cancelToken));
  }
  template <typename F>
  void startInlineUnsafe(F &&tryCallback,
                         CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    coro_.promise().setCancellationToken(std::move(cancelToken));
  }
  SemiFuture<lift_unit_t<StorageType>> startInlineUnsafe() && { return {}; }

  class Awaiter {
  public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    ~Awaiter() {
      if (coro_)
        coro_.destroy();
    }
    bool await_ready() const noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().setContinuation(continuation);
      return coro_;
    }
    T await_resume() { return std::move(coro_.promise().result()).value(); }

  private:
    handle_t coro_;
  };

  Awaiter operator co_await() && noexcept {
    return Awaiter{std::exchange(coro_, {})};
  }

  friend detail::ViaIfAsyncAwaitable<TaskWithExecutor>
  co_viaIfAsync(Executor::KeepAlive<> executor, TaskWithExecutor &&task) {
    return detail::ViaIfAsyncAwaitable<TaskWithExecutor>{std::move(executor),
                                                        std::move(task)};
  }

  friend TaskWithExecutor co_withCancellation(CancellationToken cancelToken,
                                              TaskWithExecutor &&task) noexcept {
    task.coro_.promise().setCancellationToken(std::move(cancelToken));
    return std::move(task);
  }

private:
  friend class Task<T>;
  explicit TaskWithExecutor(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

template <typename T> class [[nodiscard]] Task {
public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = typename promise_type::StorageType;

private:
  class Awaiter;
  using handle_t = std::coroutine_handle<promise_type>;

  void setExecutor(Executor::KeepAlive<> &&e) noexcept {
    coro_.promise().setExecutor(std::move(e));
  }
  TaskWithExecutor<T> asTaskWithExecutor() && {
    return TaskWithExecutor<T>{std::exchange(coro_, {})};
  }

public:
  Task(const Task &t) = delete;
  Task(Task &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~Task() {
    if (coro_)
      coro_.destroy();
  }
  Task &operator=(Task t) noexcept {
    swap(t);
    return *this;
  }
  void swap(Task &t) noexcept { std::swap(coro_, t.coro_); }

  friend TaskWithExecutor<T> co_withExecutor(Executor::KeepAlive<> executor,
                                             Task task) noexcept {
    task.setExecutor(std::move(executor));
    return std::move(task).asTaskWithExecutor();
  }

  [[deprecated("Legacy form, prefer `co_withExecutor(exec, yourTask())`.")]]
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept {
    return co_withExecutor(std::move(executor), std::move(*this));
  }

  // Lazy: the task runs only when the SemiFuture is consumed.
  SemiFuture<lift_unit_t<StorageType>> semi() && { return {}; }

  friend auto co_viaIfAsync(Executor::KeepAlive<> executor,
                            Task<T> &&t) noexcept {
    t.setExecutor(std::move(executor));
    return Awaiter{std::exchange(t.coro_, {})};
  }

  friend Task co_withCancellation(CancellationToken cancelToken,
                                  Task &&task) noexcept {
    task.coro_.promise().setCancellationToken(std::move(cancelToken));
    return std::move(task);
  }

  template <typename F, typename... A, typename F_, typename... A_>
  friend Task tag_invoke(tag_t<co_invoke_fn>, tag_t<Task, F, A...>, F_ f,
                         A_... a) {
    co_return co_await std::invoke(static_cast<F &&>(f), static_cast<A &&>(a)...);
  }

private:
  friend class detail::TaskPromiseCrtpBase<detail::TaskPromise<T>, T>;
  friend class TaskWithExecutor<T>;

  class Awaiter {
  public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    Awaiter(const Awaiter &) = delete;
    ~Awaiter() {
      if (coro_)
        coro_.destroy();
    }
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().setContinuation(continuation);
      return coro_;
    }
    T await_resume() { return std::move(coro_.promise().result()).value(); }

  private:
    handle_t coro_;
  };

  Task(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

template <class T> Task<T> makeTask(T t) { co_return t; }
inline Task<void> makeTask() { co_return; }

template <class T> Task<T> makeErrorTask(std::exception_ptr ew) {
  co_yield co_error(std::move(ew));
}

template <typename Promise, typename T>
inline Task<T>
detail::TaskPromiseCrtpBase<Promise, T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<Promise>::from_promise(
      *static_cast<Promise *>(this))};
}
} // namespace folly::coro
