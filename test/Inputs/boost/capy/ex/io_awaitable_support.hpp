// coro-tidy test stand-in for Boost.Capy <boost/capy/ex/io_awaitable_support.hpp>:
// io_awaitable_support<Derived>, the CRTP base of capy promises: stores the
// continuation and the io_env; its await_transform answers
// this_coro::environment / executor / stop_token and hands every other
// operand to Derived::transform_awaitable (task's requires an IoAwaitable:
// an awaitable whose await_suspend takes (handle, io_env const*); a plain
// awaitable is a static_assert "requires IoAwaitable").
#pragma once
#include <coroutine>
#include <stop_token>
#include <type_traits>
#include <utility>

#include <boost/capy/ex/io_env.hpp>

namespace boost::capy {
template <typename Derived> class io_awaitable_support {
  io_env const *env_ = nullptr;
  mutable std::coroutine_handle<> cont_{std::noop_coroutine()};

public:
  void set_continuation(std::coroutine_handle<> cont) noexcept { cont_ = cont; }
  std::coroutine_handle<> continuation() const noexcept {
    return std::exchange(cont_, std::noop_coroutine());
  }
  void set_environment(io_env const *env) noexcept { env_ = env; }
  io_env const *environment() const noexcept { return env_; }

  template <typename A> decltype(auto) transform_awaitable(A &&a) { return std::forward<A>(a); }

  template <typename T> auto await_transform(T &&t) {
    using Tag = std::decay_t<T>;
    if constexpr (std::is_same_v<Tag, this_coro::environment_tag>) {
      struct awaiter {
        io_env const *env_;
        bool await_ready() const noexcept { return true; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        io_env const *await_resume() const noexcept { return env_; }
      };
      return awaiter{env_};
    } else if constexpr (std::is_same_v<Tag, this_coro::stop_token_tag>) {
      struct awaiter {
        std::stop_token token_;
        bool await_ready() const noexcept { return true; }
        void await_suspend(std::coroutine_handle<>) const noexcept {}
        std::stop_token await_resume() const noexcept { return token_; }
      };
      return awaiter{env_ ? env_->stop_token : std::stop_token{}};
    } else {
      return static_cast<Derived *>(this)->transform_awaitable(std::forward<T>(t));
    }
  }
};
} // namespace boost::capy
