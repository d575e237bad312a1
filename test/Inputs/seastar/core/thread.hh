// coro-tidy test stand-in for <seastar/core/thread.hh>: seastar::async(func,
// args...) runs func in a seastar::thread (a stackful context where
// future::get() may block) and returns futurize_t<result>; seastar::thread
// (join() -> future<>); thread::running_in_thread().
#pragma once
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
class thread {
public:
  thread() = default;
  template <typename Func> thread(Func func) { (void)func; }
  future<> join() { return future<>(); }
  static bool running_in_thread() { return false; }
};

template <typename Func, typename... Args>
inline futurize_t<std::invoke_result_t<Func, Args...>> async(Func &&func, Args &&...args) noexcept {
  (void)func;
  (void)sizeof...(args);
  return futurize_t<std::invoke_result_t<Func, Args...>>();
}
} // namespace seastar
