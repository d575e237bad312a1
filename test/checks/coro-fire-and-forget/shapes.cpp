// The model reads real shapes: error-channel yield_value, handle-holding
// detached types, joining eager types, promises chosen by coroutine_traits
// partial specializations and by a tag parameter; lambdas are named.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -- %coro_std
#include <coroutine>
#include <exception>
#include <future>
#include <utility>

// A lazy task whose promise has an error channel: yield_value(fail_with)
// does not make it a generator.
struct fail_with { std::exception_ptr e; };
struct Lazy {
  struct promise_type {
    Lazy get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(fail_with) { return {}; }
    void return_value(int) {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 0; }
};
Lazy fetchCount();

// A real generator, for the negative twin: iterable, yields elements.
struct Ints {
  struct promise_type {
    Ints get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  struct iterator {
    int operator*() const;
    iterator &operator++();
    bool operator==(const iterator &) const;
  };
  iterator begin();
  iterator end();
};
Ints numbers();

Lazy caller() {
  fetchCount();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetchCount' is discarded before it runs; did you mean 'co_await'? [coro-fire-and-forget]
  // CHECK-FIXES: {{^}}  co_await fetchCount();{{$}}
  numbers(); // a generator: not this check's
  co_return 0;
}

// Holds a handle it never destroys, never suspends: detached (Drogon's
// AsyncTask shape).
struct Detached {
  struct promise_type {
    Detached get_return_object() {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> coro_;
};
Detached background();

// Holds a handle and destroys it: it owns the frame (eager).
struct Owning {
  struct promise_type {
    Owning get_return_object() {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  Owning(std::coroutine_handle<promise_type> h) : h(h) {}
  ~Owning() { if (h) h.destroy(); }
  std::coroutine_handle<promise_type> h;
};
Owning eager();

// Waits for the coroutine in its destructor: dropping it loses nothing.
struct Joining {
  struct promise_type {
    std::promise<void> done;
    Joining get_return_object() { return {done.get_future()}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() { done.set_value(); }
    void unhandled_exception() { done.set_exception(std::current_exception()); }
  };
  Joining(std::future<void> f) : f(std::move(f)) {}
  ~Joining() { if (f.valid()) f.get(); }
  std::future<void> f;
};
Joining joined();

void plain() {
  background();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'background' starts a detached coroutine: its errors are lost and nothing can cancel or join it [coro-fire-and-forget]
  eager();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'eager' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  joined(); // its destructor waits and rethrows
  []() -> Detached { co_return; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'lambda' starts a detached coroutine: its errors are lost and nothing can cancel or join it [coro-fire-and-forget]
}

// The promise comes from coroutine_traits partial specializations: by the
// return type's template (result<T>), and by a leading tag parameter that
// makes the coroutine lazy.
struct lazy_tag {};
template <class T> struct result {
  int state = 0;
};
template <class T> struct eager_promise {
  result<T> get_return_object() { return {}; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_value(T) {}
  void unhandled_exception() {}
};
template <class T> struct lazy_promise : eager_promise<T> {
  std::suspend_always initial_suspend() noexcept { return {}; }
};
template <class T, class... A> struct std::coroutine_traits<result<T>, A...> {
  using promise_type = eager_promise<T>;
};
template <class T, class... A>
struct std::coroutine_traits<result<T>, lazy_tag, A...> {
  using promise_type = lazy_promise<T>;
};
result<int> compute(int);
result<int> deferred(lazy_tag, int);

void traits() {
  compute(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' runs unobserved: its result and its errors are lost; cast it to 'void' if that is intended [coro-fire-and-forget]
  deferred(lazy_tag{}, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'deferred' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]
  (void)compute(2); // on purpose
}

// Nothing runs in an unevaluated operand.
Lazy unevaluated() {
  (void)sizeof(fetchCount(), 0);
  bool n = noexcept(fetchCount());
  (void)n;
  co_return 0;
}
