// coro-tidy test stand-in for Drogon's <drogon/utils/coroutine.h>.
//  - drogon::Task<T = void>: a struct, [[nodiscard]], LAZY (nested
//    promise_type: initial_suspend suspend_always, final_suspend
//    final_awaiter, unhandled_exception stores the exception, no
//    yield_value); operator co_await() const gives task_awaiter (rethrows);
//    the handle is the public member coro_. Task<void> is a specialization.
//  - drogon::AsyncTask: a struct (NOT [[nodiscard]]), EAGER and DETACHED:
//    suspend_never at both ends; it stores the coroutine handle in the public
//    member coro_ but never destroys it (no destructor; the frame frees
//    itself); not awaitable by design; an exception escaping it logs
//    "Exception escaping AsyncTask." (LOG_FATAL) and calls std::terminate.
//  - drogon::async_run(coro): `coro` is a CALLABLE returning an awaitable
//    (e.g. a lambda returning Task<>), not a task: it is called inside a new
//    AsyncTask and awaited there (detached spawn; an escaping exception
//    terminates). async_func(coro) returns a std::function<void()> doing it.
//  - drogon::sync_wait(awaitable) BLOCKS the calling thread (it runs the
//    awaitable in an AsyncTask on a new std::thread and waits on a condition
//    variable) and returns its result (rethrows).
//  - drogon::co_future(awaitable) noexcept -> std::future<await_result_t<A>>:
//    starts it in an AsyncTask; a discarded future drops the result and the
//    exception (std::future is not [[nodiscard]]).
//  - drogon::when_all(Tasks... tasks) (by value) / when_all(std::vector<Task<T>>)
//    give an internal::WhenAllAwaiter to co_await.
//  - sleepCoro(loop, delay), queueInLoopCoro(loop, fn), switchThreadCoro(loop),
//    untilQuit(loop) give [[nodiscard]] awaiters (internal::TimerAwaiter, ...).
//  - drogon::CallbackAwaiter<T> (derived from trantor::NonCopyable): the base
//    for callback-to-coroutine adapters.
#pragma once
#include <atomic>
#include <cassert>
#include <chrono>
#include <condition_variable>
#include <coroutine>
#include <exception>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>

namespace drogon {
namespace internal {
template <typename T> auto getAwaiter(T &&value) {
  if constexpr (requires { std::forward<T>(value).operator co_await(); })
    return std::forward<T>(value).operator co_await();
  else if constexpr (requires { operator co_await(std::forward<T>(value)); })
    return operator co_await(std::forward<T>(value));
  else
    return std::forward<T>(value);
}

template <typename T> struct await_result {
  using awaiter_t = decltype(getAwaiter(std::declval<T>()));
  using type = decltype(std::declval<awaiter_t>().await_resume());
};
template <typename T> using await_result_t = typename await_result<T>::type;

template <typename T>
inline constexpr bool is_awaitable_v =
    requires(T &&t) { getAwaiter(std::forward<T>(t)).await_ready(); };
} // namespace internal

template <typename T> using await_result_t = internal::await_result_t<T>;
template <typename T> using await_result = internal::await_result<T>;
template <typename T> inline constexpr bool is_awaitable_v = internal::is_awaitable_v<T>;

struct final_awaiter {
  bool await_ready() noexcept { return false; }
  template <typename T> auto await_suspend(std::coroutine_handle<T> handle) noexcept {
    return handle.promise().continuation_;
  }
  void await_resume() noexcept {}
};

template <typename Promise> struct task_awaiter {
  using handle_type = std::coroutine_handle<Promise>;

public:
  explicit task_awaiter(handle_type coro) : coro_(coro) {}
  bool await_ready() noexcept { return !coro_ || coro_.done(); }
  auto await_suspend(std::coroutine_handle<> handle) noexcept {
    coro_.promise().setContinuation(handle);
    return coro_;
  }
  auto await_resume() {
    if constexpr (std::is_void_v<decltype(coro_.promise().result())>) {
      coro_.promise().result(); // throw exception if any
      return;
    } else {
      return std::move(coro_.promise().result());
    }
  }

private:
  handle_type coro_;
};

template <typename T = void> struct [[nodiscard]] Task {
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;

  Task(handle_type h) : coro_(h) {}
  Task(const Task &) = delete;
  Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
  ~Task() {
    if (coro_)
      coro_.destroy();
  }
  Task &operator=(const Task &) = delete;
  Task &operator=(Task &&other) noexcept {
    if (std::addressof(other) == this)
      return *this;
    if (coro_)
      coro_.destroy();
    coro_ = std::exchange(other.coro_, nullptr);
    return *this;
  }

  struct promise_type {
    Task<T> get_return_object() { return Task<T>{handle_type::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    void return_value(const T &v) { value = v; }
    void return_value(T &&v) { value = std::move(v); }
    auto final_suspend() noexcept { return final_awaiter{}; }
    void unhandled_exception() { exception_ = std::current_exception(); }
    T &&result() && {
      if (exception_ != nullptr)
        std::rethrow_exception(exception_);
      return std::move(value.value());
    }
    T &result() & {
      if (exception_ != nullptr)
        std::rethrow_exception(exception_);
      return value.value();
    }
    void setContinuation(std::coroutine_handle<> handle) { continuation_ = handle; }

    std::optional<T> value;
    std::exception_ptr exception_;
    std::coroutine_handle<> continuation_{std::noop_coroutine()};
  };

  auto operator co_await() const noexcept { return task_awaiter(coro_); }

  handle_type coro_;
};

template <> struct [[nodiscard]] Task<void> {
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;

  Task(handle_type handle) : coro_(handle) {}
  Task(const Task &) = delete;
  Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
  ~Task() {
    if (coro_)
      coro_.destroy();
  }
  Task &operator=(const Task &) = delete;
  Task &operator=(Task &&other) noexcept {
    if (std::addressof(other) == this)
      return *this;
    if (coro_)
      coro_.destroy();
    coro_ = std::exchange(other.coro_, nullptr);
    return *this;
  }

  struct promise_type {
    Task<> get_return_object() { return Task<>{handle_type::from_promise(*this)}; }
    std::suspend_always initial_suspend() { return {}; }
    void return_void() {}
    auto final_suspend() noexcept { return final_awaiter{}; }
    void unhandled_exception() { exception_ = std::current_exception(); }
    void result() {
      if (exception_ != nullptr)
        std::rethrow_exception(exception_);
    }
    void setContinuation(std::coroutine_handle<> handle) { continuation_ = handle; }

    std::exception_ptr exception_;
    std::coroutine_handle<> continuation_{std::noop_coroutine()};
  };

  auto operator co_await() const noexcept { return task_awaiter(coro_); }

  handle_type coro_;
};

/// Fires a coroutine and doesn't force waiting nor deallocates upon promise
/// destructs. Not awaitable; an escaping exception kills the process.
struct AsyncTask {
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;

  AsyncTask() = default;
  AsyncTask(handle_type h) : coro_(h) {}
  AsyncTask(const AsyncTask &) = delete;
  AsyncTask(AsyncTask &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
  AsyncTask &operator=(const AsyncTask &) = delete;
  AsyncTask &operator=(AsyncTask &&other) noexcept {
    if (std::addressof(other) == this)
      return *this;
    coro_ = std::exchange(other.coro_, nullptr);
    return *this;
  }

  struct promise_type {
    AsyncTask get_return_object() noexcept {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    void unhandled_exception() {
      // LOG_FATAL << "Exception escaping AsyncTask.";
      std::terminate();
    }
    void return_void() noexcept {}
    std::suspend_never final_suspend() const noexcept { return {}; }
  };

  handle_type coro_;
};

template <typename T = void> struct CallbackAwaiter : public trantor::NonCopyable {
  bool await_ready() noexcept { return false; }
  bool hasException() const noexcept { return exception_ != nullptr; }
  const T &await_resume() const noexcept(false) {
    if (exception_)
      std::rethrow_exception(exception_);
    return result_.value();
  }

private:
  std::optional<T> result_;
  std::exception_ptr exception_{nullptr};

protected:
  void setException(const std::exception_ptr &e) { exception_ = e; }
  void setValue(const T &v) { result_.emplace(v); }
  void setValue(T &&v) { result_.emplace(std::move(v)); }
};

template <> struct CallbackAwaiter<void> : public trantor::NonCopyable {
  bool await_ready() noexcept { return false; }
  void await_resume() noexcept(false) {
    if (exception_)
      std::rethrow_exception(exception_);
  }
  bool hasException() const noexcept { return exception_ != nullptr; }

private:
  std::exception_ptr exception_{nullptr};

protected:
  void setException(const std::exception_ptr &e) { exception_ = e; }
};

namespace internal {
// The detached coroutines behind co_future and async_run.
template <typename Result, typename Await>
AsyncTask fulfil(std::promise<Result> prom, Await await) {
  try {
    if constexpr (std::is_void_v<Result>) {
      co_await std::move(await);
      prom.set_value();
    } else {
      prom.set_value(co_await std::move(await));
    }
  } catch (...) {
    prom.set_exception(std::current_exception());
  }
}

template <typename Coro> AsyncTask invoke_and_await(Coro coro) {
  co_await coro();
}
} // namespace internal

// Blocks the calling thread until the awaitable completes (upstream: runs it
// in an AsyncTask on a new std::thread and waits on a condition variable).
template <typename Await> auto sync_wait(Await &&await) -> std::decay_t<await_result_t<Await>> {
  static_assert(is_awaitable_v<std::decay_t<Await>>);
  (void)await;
  std::terminate();
}

// Starts the awaitable at once; the future carries its result or exception.
template <typename Await>
inline auto co_future(Await &&await) noexcept -> std::future<await_result_t<Await>> {
  std::promise<await_result_t<Await>> prom;
  auto fut = prom.get_future();
  internal::fulfil(std::move(prom), std::forward<Await>(await));
  return fut;
}

namespace internal {
struct [[nodiscard]] TimerAwaiter : CallbackAwaiter<void> {
  TimerAwaiter(trantor::EventLoop *loop, const std::chrono::duration<double> &delay)
      : loop_(loop), delay_(delay.count()) {}
  TimerAwaiter(trantor::EventLoop *loop, double delay) : loop_(loop), delay_(delay) {}
  void await_suspend(std::coroutine_handle<> handle) {
    loop_->runAfter(delay_, [handle]() { handle.resume(); });
  }

private:
  trantor::EventLoop *loop_;
  double delay_;
};

struct [[nodiscard]] LoopAwaiter : CallbackAwaiter<void> {
  LoopAwaiter(trantor::EventLoop *workLoop, std::function<void()> &&taskFunc,
              trantor::EventLoop *resumeLoop = nullptr)
      : workLoop_(workLoop), resumeLoop_(resumeLoop), taskFunc_(std::move(taskFunc)) {}
  void await_suspend(std::coroutine_handle<> handle) { (void)handle; }

private:
  trantor::EventLoop *workLoop_{nullptr};
  trantor::EventLoop *resumeLoop_{nullptr};
  std::function<void()> taskFunc_;
};

struct [[nodiscard]] SwitchThreadAwaiter : CallbackAwaiter<void> {
  explicit SwitchThreadAwaiter(trantor::EventLoop *loop) : loop_(loop) {}
  void await_suspend(std::coroutine_handle<> handle) {
    loop_->runInLoop([handle]() { handle.resume(); });
  }

private:
  trantor::EventLoop *loop_;
};

struct [[nodiscard]] EndAwaiter : CallbackAwaiter<void> {
  EndAwaiter(trantor::EventLoop *loop) : loop_(loop) {}
  void await_suspend(std::coroutine_handle<> handle) { (void)handle; }

private:
  trantor::EventLoop *loop_{nullptr};
};

// void results become `bool` (upstream: void_to_false_t).
template <typename T> using void_to_false_t = std::conditional_t<std::is_void_v<T>, bool, T>;

template <typename... Tasks>
struct WhenAllAwaiter
    : public CallbackAwaiter<std::tuple<void_to_false_t<await_result_t<Tasks>>...>> {
  WhenAllAwaiter(Tasks... tasks) : tasks_(std::move(tasks)...) {}
  void await_suspend(std::coroutine_handle<>) {}

private:
  std::tuple<Tasks...> tasks_;
};

template <typename T>
struct WhenAllAwaiter<std::vector<Task<T>>> : public CallbackAwaiter<std::vector<T>> {
  WhenAllAwaiter(std::vector<Task<T>> tasks) : tasks_(std::move(tasks)) {}
  void await_suspend(std::coroutine_handle<>) {}

private:
  std::vector<Task<T>> tasks_;
};

template <> struct WhenAllAwaiter<std::vector<Task<void>>> : public CallbackAwaiter<void> {
  WhenAllAwaiter(std::vector<Task<void>> tasks) : tasks_(std::move(tasks)) {}
  void await_suspend(std::coroutine_handle<>) {}

private:
  std::vector<Task<void>> tasks_;
};
} // namespace internal

inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop,
                                        const std::chrono::duration<double> &delay) noexcept {
  assert(loop);
  return {loop, delay};
}
inline internal::TimerAwaiter sleepCoro(trantor::EventLoop *loop, double delay) noexcept {
  assert(loop);
  return {loop, delay};
}
inline internal::LoopAwaiter queueInLoopCoro(trantor::EventLoop *workLoop,
                                             std::function<void()> taskFunc,
                                             trantor::EventLoop *resumeLoop = nullptr) {
  assert(workLoop);
  return {workLoop, std::move(taskFunc), resumeLoop};
}
inline internal::SwitchThreadAwaiter switchThreadCoro(trantor::EventLoop *loop) noexcept {
  assert(loop);
  return internal::SwitchThreadAwaiter{loop};
}
inline internal::EndAwaiter untilQuit(trantor::EventLoop *loop) {
  assert(loop);
  return {loop};
}

/// Runs a coroutine from a regular function: `coro` is a callable returning
/// an awaitable, called and awaited inside a new AsyncTask.
template <typename Coro> void async_run(Coro &&coro) {
  using FrameType = std::decay_t<decltype(coro())>;
  static_assert(is_awaitable_v<FrameType>);
  internal::invoke_and_await(std::decay_t<Coro>(std::forward<Coro>(coro)));
}

/// Returns a function that calls a coroutine.
template <typename Coro> std::function<void()> async_func(Coro &&coro) {
  return [coro = std::forward<Coro>(coro)]() mutable { async_run(std::move(coro)); };
}

template <typename... Tasks> internal::WhenAllAwaiter<Tasks...> when_all(Tasks... tasks) {
  return internal::WhenAllAwaiter<Tasks...>(std::move(tasks)...);
}
template <typename T>
internal::WhenAllAwaiter<std::vector<Task<T>>> when_all(std::vector<Task<T>> tasks) {
  return internal::WhenAllAwaiter<std::vector<Task<T>>>(std::move(tasks));
}
inline internal::WhenAllAwaiter<std::vector<Task<void>>> when_all(std::vector<Task<void>> tasks) {
  return internal::WhenAllAwaiter<std::vector<Task<void>>>(std::move(tasks));
}
} // namespace drogon
