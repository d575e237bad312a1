// coro-tidy test stand-in for Boost.Capy <boost/capy/ex/io_env.hpp> (the
// "runner" style of newer Boost proposals; cppalliance/capy): io_env is the
// environment an awaited IoAwaitable receives (executor_ref, stop token,
// frame allocator); executor_ref is a type-erased executor reference.
#pragma once
#include <coroutine>
#include <memory_resource>
#include <stop_token>

namespace boost::capy {
class executor_ref {
public:
  executor_ref() = default;
  template <class Ex> executor_ref(Ex const &ex) noexcept : ex_(&ex) {}
  std::coroutine_handle<> dispatch(std::coroutine_handle<> h) const { return h; }

private:
  void const *ex_ = nullptr;
};

struct io_env {
  executor_ref executor;
  std::stop_token stop_token;
  std::pmr::memory_resource *allocator = nullptr;
};

namespace this_coro {
struct environment_tag {};
struct executor_tag {};
struct stop_token_tag {};
inline constexpr environment_tag environment{};
inline constexpr executor_tag executor{};
inline constexpr stop_token_tag stop_token{};
} // namespace this_coro
} // namespace boost::capy
