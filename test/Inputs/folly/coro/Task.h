// coro-tidy test stand-in for <folly/coro/Task.h>.
//  - folly::coro::Task<T>: [[nodiscard]], lazy (initial_suspend ->
//    std::suspend_always), final_suspend -> FinalAwaiter (await_ready false),
//    promise_type = detail::TaskPromise<T>, co_await only on an rvalue.
//  - Task::semi() && -> folly::SemiFuture (lazy: nothing runs if dropped).
//  - folly::coro::TaskWithExecutor<T>: [[nodiscard]], made by co_withExecutor;
//    start() && returns a SemiFuture that is NOT nodiscard.
#pragma once
#include <exception>
#include <optional>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/Unit.h>
#include <folly/coro/Coroutine.h>
#include <folly/futures/Future.h>

namespace folly::coro {
template <typename T = void> class Task;
template <typename T = void> class TaskWithExecutor;

namespace detail {
class TaskPromiseBase {
public:
  class FinalAwaiter {
  public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> h) noexcept {
      auto next = h.promise().continuation_;
      return next ? next : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }

  // Like folly, every co_await in a Task goes through await_transform.
  template <typename Awaitable>
  Awaitable &&await_transform(Awaitable &&awaitable) noexcept {
    return static_cast<Awaitable &&>(awaitable);
  }

  std::coroutine_handle<> continuation_;
  std::exception_ptr exception_;
  Executor::KeepAlive<> executor_;
  CancellationToken cancelToken_;
};

template <typename T> class TaskPromise : public TaskPromiseBase {
public:
  Task<T> get_return_object() noexcept;
  template <typename U = T> void return_value(U &&value) {
    result_.emplace(static_cast<U &&>(value));
  }
  std::optional<T> result_;
};

template <> class TaskPromise<void> : public TaskPromiseBase {
public:
  Task<void> get_return_object() noexcept;
  void return_void() noexcept {}
};
} // namespace detail

template <typename T> class [[nodiscard]] Task {
public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = T;
  using handle_t = std::coroutine_handle<promise_type>;

  Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
  Task &operator=(Task &&other) noexcept {
    std::swap(coro_, other.coro_);
    return *this;
  }
  Task(const Task &) = delete;
  ~Task() {
    if (coro_)
      coro_.destroy();
  }

  // Lazy: the SemiFuture starts the task only when it is consumed.
  SemiFuture<lift_unit_t<T>> semi() && { return {}; }

  [[deprecated("use co_withExecutor(executor, task)")]]
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept;

  class Awaiter {
  public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    ~Awaiter() {
      if (coro_)
        coro_.destroy();
    }
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      coro_.promise().continuation_ = c;
      return coro_;
    }
    T await_resume() {
      if (coro_.promise().exception_)
        std::rethrow_exception(coro_.promise().exception_);
      if constexpr (!std::is_void_v<T>)
        return std::move(*coro_.promise().result_);
    }

  private:
    handle_t coro_;
  };

  Awaiter operator co_await() && noexcept {
    return Awaiter(std::exchange(coro_, {}));
  }

private:
  friend promise_type;
  friend class TaskWithExecutor<T>;
  explicit Task(handle_t coro) noexcept : coro_(coro) {}
  handle_t coro_;
};

template <typename T> class [[nodiscard]] TaskWithExecutor {
public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = T;

  TaskWithExecutor(TaskWithExecutor &&) noexcept = default;
  TaskWithExecutor(const TaskWithExecutor &) = delete;

  Executor *executor() const noexcept { return executor_.get(); }

  // Starts the task; the returned SemiFuture is NOT [[nodiscard]].
  SemiFuture<lift_unit_t<T>> start() && { return {}; }
  template <typename F>
  void start(F &&tryCallback, CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    (void)cancelToken;
  }
  SemiFuture<lift_unit_t<T>> startInlineUnsafe() && { return {}; }
  template <typename F>
  void startInlineUnsafe(F &&tryCallback, CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    (void)cancelToken;
  }

  typename Task<T>::Awaiter operator co_await() && noexcept {
    return std::move(task_).operator co_await();
  }

private:
  template <typename U>
  friend TaskWithExecutor<U> co_withExecutor(Executor::KeepAlive<>, Task<U>);
  friend class Task<T>;
  TaskWithExecutor(Task<T> task, Executor::KeepAlive<> ex) noexcept
      : task_(std::move(task)), executor_(ex) {}
  Task<T> task_;
  Executor::KeepAlive<> executor_;
};

template <typename T>
TaskWithExecutor<T> co_withExecutor(Executor::KeepAlive<> executor,
                                    Task<T> task) {
  return TaskWithExecutor<T>(std::move(task), executor);
}

template <typename T>
TaskWithExecutor<T>
Task<T>::scheduleOn(Executor::KeepAlive<> executor) && noexcept {
  return TaskWithExecutor<T>(std::move(*this), executor);
}

namespace detail {
template <typename T> Task<T> TaskPromise<T>::get_return_object() noexcept {
  return Task<T>(std::coroutine_handle<TaskPromise<T>>::from_promise(*this));
}
inline Task<void> TaskPromise<void>::get_return_object() noexcept {
  return Task<void>(
      std::coroutine_handle<TaskPromise<void>>::from_promise(*this));
}
} // namespace detail
} // namespace folly::coro
