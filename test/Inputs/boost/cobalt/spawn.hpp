// coro-tidy test stand-in for <boost/cobalt/spawn.hpp>.
// boost::cobalt::spawn(context, task<T>&&, token) and spawn(executor,
// task<T>&&, token = default token) run a task on an executor and report
// `void(std::exception_ptr, T)` (void(std::exception_ptr) for task<void>) to
// the completion token through asio::async_initiate, so the result type
// follows the token: void for boost::asio::detached (result and exception
// dropped) and completion handlers, std::future for use_future, an awaitable
// for use_awaitable / cobalt::use_op.
#pragma once
#include <exception>
#include <utility>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/cobalt/task.hpp>

namespace boost::cobalt {
namespace detail {
struct async_initiate_spawn {
  executor exec;
  template <typename Handler, typename T>
  void operator()(Handler &&h, task<T> &&a) {
    (void)h;
    (void)a;
  }
};
} // namespace detail

template <typename Context, typename T, typename CompletionToken>
  requires requires(Context &c) { c.get_executor(); }
auto spawn(Context &context, task<T> &&t, CompletionToken &&token) {
  return asio::async_initiate<CompletionToken, void(std::exception_ptr, T)>(
      detail::async_initiate_spawn{context.get_executor()}, token, std::move(t));
}

template <typename Context, typename CompletionToken>
  requires requires(Context &c) { c.get_executor(); }
auto spawn(Context &context, task<void> &&t, CompletionToken &&token) {
  return asio::async_initiate<CompletionToken, void(std::exception_ptr)>(
      detail::async_initiate_spawn{context.get_executor()}, token, std::move(t));
}

template <std::convertible_to<executor> Executor, typename T, typename CompletionToken>
auto spawn(Executor executor, task<T> &&t, CompletionToken &&token) {
  return asio::async_initiate<CompletionToken, void(std::exception_ptr, T)>(
      detail::async_initiate_spawn{executor}, token, std::move(t));
}

template <std::convertible_to<executor> Executor, typename CompletionToken>
auto spawn(Executor executor, task<void> &&t, CompletionToken &&token) {
  return asio::async_initiate<CompletionToken, void(std::exception_ptr)>(
      detail::async_initiate_spawn{executor}, token, std::move(t));
}
} // namespace boost::cobalt
