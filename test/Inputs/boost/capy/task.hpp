// coro-tidy test stand-in for Boost.Capy <boost/capy/task.hpp>.
// boost::capy::task<T = void>: a struct, [[nodiscard]] (and
// coro_await_elidable), LAZY: the nested promise_type (bases
// io_awaitable_support<promise_type>, detail::task_return_base<T>) returns a
// local awaiter from initial_suspend (await_ready false) and from
// final_suspend; unhandled_exception stores the exception; no yield_value.
// The task is an IoAwaitable: await_ready() false, await_resume() (rethrows),
// and await_suspend(handle, io_env const*) taking the caller's environment,
// so it is awaitable only inside another capy coroutine (or launched by
// run_async / run). handle() and release() (gives up ownership) are public.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <boost/capy/ex/io_awaitable_support.hpp>
#include <boost/capy/ex/io_env.hpp>

namespace boost::capy {
template <class A>
concept IoAwaitable = requires(A a, std::coroutine_handle<> h, io_env const *env) {
  a.await_ready();
  a.await_suspend(h, env);
  a.await_resume();
};

namespace detail {
template <typename T> struct task_return_base {
  std::optional<T> result_;
  void return_value(T value) { result_ = std::move(value); }
  T &&result() noexcept { return std::move(*result_); }
};
template <> struct task_return_base<void> {
  void return_void() {}
};
} // namespace detail

template <typename T = void> struct [[nodiscard]]
#if __has_cpp_attribute(clang::coro_await_elidable)
[[clang::coro_await_elidable]]
#endif
task {
  struct promise_type : io_awaitable_support<promise_type>, detail::task_return_base<T> {
    std::exception_ptr ep_;

    std::exception_ptr exception() const noexcept { return ep_; }
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }

    auto initial_suspend() noexcept {
      struct awaiter {
        promise_type *p_;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        void await_resume() const noexcept {}
      };
      return awaiter{this};
    }
    auto final_suspend() noexcept {
      struct awaiter {
        promise_type *p_;
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<>) const noexcept {
          return p_->continuation();
        }
        void await_resume() const noexcept {}
      };
      return awaiter{this};
    }
    void unhandled_exception() { ep_ = std::current_exception(); }

    template <class Awaitable> struct transform_awaiter {
      std::decay_t<Awaitable> a_;
      promise_type *p_;
      bool await_ready() noexcept { return a_.await_ready(); }
      decltype(auto) await_resume() { return a_.await_resume(); }
      template <class Promise> auto await_suspend(std::coroutine_handle<Promise> h) noexcept {
        return a_.await_suspend(h, p_->environment());
      }
    };

    template <class Awaitable> auto transform_awaitable(Awaitable &&a) {
      using A = std::decay_t<Awaitable>;
      if constexpr (IoAwaitable<A>)
        return transform_awaiter<Awaitable>{std::forward<Awaitable>(a), this};
      else
        static_assert(sizeof(A) == 0, "requires IoAwaitable");
    }
  };

  std::coroutine_handle<promise_type> h_;

  ~task() {
    if (h_)
      h_.destroy();
  }
  bool await_ready() const noexcept { return false; }
  auto await_resume() {
    if (h_.promise().ep_)
      std::rethrow_exception(h_.promise().ep_);
    if constexpr (!std::is_void_v<T>)
      return std::move(*h_.promise().result_);
  }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> cont, io_env const *env) {
    h_.promise().set_continuation(cont);
    h_.promise().set_environment(env);
    return h_;
  }
  std::coroutine_handle<promise_type> handle() const noexcept { return h_; }
  void release() noexcept { h_ = nullptr; }

  task(task const &) = delete;
  task &operator=(task const &) = delete;
  task(task &&other) noexcept : h_(std::exchange(other.h_, nullptr)) {}
  task &operator=(task &&other) noexcept {
    if (this != &other) {
      if (h_)
        h_.destroy();
      h_ = std::exchange(other.h_, nullptr);
    }
    return *this;
  }

private:
  explicit task(std::coroutine_handle<promise_type> h) : h_(h) {}
};
} // namespace boost::capy
