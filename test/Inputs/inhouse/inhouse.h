// coro-tidy test input: in-house coroutine types of namespace acme, known to
// no framework table. coro-tidy must classify them by structure alone.
//   acme::Job<T>          lazy task (suspend_always, custom final awaiter,
//                         owns its coroutine_handle)
//   acme::EagerJob<T>     eager task (suspend_never initially, final suspends,
//                         owns its handle)
//   acme::Stream<T>       sync generator (yield_value, begin/end)
//   acme::AsyncStream<T>  async generator (yield_value, next() -> awaitable)
//   acme::FireAndForget   detached type (nested promise_type, never suspends,
//                         owns nothing)
//   acme::DeferredJob<T>  lazy task whose initial_suspend returns a custom
//                         awaiter with await_ready() == false
//   acme::launch(ex)      a runner: a call whose result is a callable taking
//                         a task (`acme::launch(ex)(job())` starts and
//                         detaches it; a discarded `acme::launch(ex);` starts
//                         nothing)
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace acme {
namespace detail {
template <typename T> struct Result {
  template <typename U = T> void return_value(U &&v) { value.emplace(static_cast<U &&>(v)); }
  T take() { return std::move(*value); }
  std::optional<T> value;
};
template <> struct Result<void> {
  void return_void() noexcept {}
  void take() {}
};

struct ResumeContinuation {
  bool await_ready() const noexcept { return false; }
  template <typename P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
    auto c = h.promise().continuation;
    return c ? c : std::noop_coroutine();
  }
  void await_resume() const noexcept {}
};

template <typename Promise, typename T> struct HandleAwaiter {
  std::coroutine_handle<Promise> handle;
  bool await_ready() const noexcept { return !handle || handle.done(); }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
    handle.promise().continuation = c;
    return handle;
  }
  T await_resume() { return handle.promise().take(); }
};

} // namespace detail

// ---- lazy task ------------------------------------------------------------
template <typename T = void> class [[nodiscard]] Job {
public:
  struct promise_type : detail::Result<T> {
    Job get_return_object() { return Job(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    detail::ResumeContinuation final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
    std::coroutine_handle<> continuation;
  };

  Job(Job &&o) noexcept : handle_(std::exchange(o.handle_, {})) {}
  ~Job() {
    if (handle_)
      handle_.destroy();
  }
  detail::HandleAwaiter<promise_type, T> operator co_await() && noexcept { return {handle_}; }

private:
  explicit Job(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

// ---- eager task -------------------------------------------------------------
template <typename T = void> class EagerJob {
public:
  struct promise_type : detail::Result<T> {
    EagerJob get_return_object() {
      return EagerJob(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    detail::ResumeContinuation final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
    std::coroutine_handle<> continuation;
  };

  EagerJob(EagerJob &&o) noexcept : handle_(std::exchange(o.handle_, {})) {}
  ~EagerJob() {
    if (handle_)
      handle_.destroy();
  }
  detail::HandleAwaiter<promise_type, T> operator co_await() noexcept { return {handle_}; }

private:
  explicit EagerJob(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

// ---- sync generator ---------------------------------------------------------
template <typename T> class Stream {
public:
  struct promise_type {
    Stream get_return_object() { return Stream(std::coroutine_handle<promise_type>::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) {
      current.emplace(std::move(v));
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { std::terminate(); }
    std::optional<T> current;
  };

  struct sentinel {};
  class iterator {
  public:
    explicit iterator(std::coroutine_handle<promise_type> h) : h_(h) {}
    T &operator*() const { return *h_.promise().current; }
    iterator &operator++() {
      h_.resume();
      return *this;
    }
    bool operator==(sentinel) const { return !h_ || h_.done(); }

  private:
    std::coroutine_handle<promise_type> h_;
  };

  Stream(Stream &&o) noexcept : handle_(std::exchange(o.handle_, {})) {}
  ~Stream() {
    if (handle_)
      handle_.destroy();
  }
  iterator begin() {
    handle_.resume();
    return iterator(handle_);
  }
  sentinel end() { return {}; }

private:
  explicit Stream(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

// ---- async generator --------------------------------------------------------
template <typename T> class AsyncStream {
public:
  struct promise_type {
    AsyncStream get_return_object() {
      return AsyncStream(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    detail::ResumeContinuation final_suspend() noexcept { return {}; }
    detail::ResumeContinuation yield_value(T v) {
      current.emplace(std::move(v));
      return {};
    }
    void return_void() noexcept { current.reset(); }
    void unhandled_exception() { std::terminate(); }
    std::optional<T> current;
    std::coroutine_handle<> continuation;
  };

  struct NextAwaiter {
    std::coroutine_handle<promise_type> handle;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      handle.promise().continuation = c;
      return handle;
    }
    std::optional<T> await_resume() { return std::move(handle.promise().current); }
  };

  AsyncStream(AsyncStream &&o) noexcept : handle_(std::exchange(o.handle_, {})) {}
  ~AsyncStream() {
    if (handle_)
      handle_.destroy();
  }
  NextAwaiter next() { return NextAwaiter{handle_}; }

private:
  explicit AsyncStream(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

// ---- hand-written fire-and-forget -----------------------------------------
struct FireAndForget {
  struct promise_type {
    FireAndForget get_return_object() const noexcept { return {}; }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_never final_suspend() const noexcept { return {}; }
    void return_void() const noexcept {}
    void unhandled_exception() const noexcept { std::terminate(); }
  };
};

// ---- lazy task with a custom initial awaiter -------------------------------
struct StartSuspended {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

template <typename T = void> class [[nodiscard]] DeferredJob {
public:
  struct promise_type : detail::Result<T> {
    DeferredJob get_return_object() {
      return DeferredJob(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    StartSuspended initial_suspend() noexcept { return {}; }
    detail::ResumeContinuation final_suspend() noexcept { return {}; }
    void unhandled_exception() { std::terminate(); }
    std::coroutine_handle<> continuation;
  };

  DeferredJob(DeferredJob &&o) noexcept : handle_(std::exchange(o.handle_, {})) {}
  ~DeferredJob() {
    if (handle_)
      handle_.destroy();
  }
  detail::HandleAwaiter<promise_type, T> operator co_await() && noexcept { return {handle_}; }

private:
  explicit DeferredJob(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};
// ---- a runner object: launch(ex)(task) --------------------------------------
struct Executor {};

class [[nodiscard]] Launcher {
public:
  explicit Launcher(Executor &ex) noexcept : ex_(&ex) {}
  Launcher(const Launcher &) = delete;
  template <typename T> void operator()(Job<T> job) && { (void)job; }

private:
  Executor *ex_;
};

[[nodiscard]] inline Launcher launch(Executor &ex) { return Launcher(ex); }
} // namespace acme
