// coro-tidy test stand-in for asio >= 1.31 <asio/co_spawn.hpp>.
// Overloads (each with Executor, and with ExecutionContext&):
//   co_spawn(ex, awaitable<T, AwaitableExecutor> a, token = default token)
//   co_spawn(ex, F&& f, token = default token)   (f() returns an awaitable)
// The result goes through async_initiate with signature
// void(std::exception_ptr, T) (void(std::exception_ptr) for T = void):
//  - `detached`: void (result and exception dropped);
//  - `use_awaitable`: an awaitable to co_await;
//  - NO token (the default token `deferred`, new in asio 1.31 / Boost 1.86):
//    a [[nodiscard]] lazy deferred_async_operation<Sig,
//    detail::initiate_co_spawn<AwaitableExecutor>,
//    detail::awaitable_as_function<T, AwaitableExecutor>>; dropping it means
//    the coroutine never runs.
#pragma once
#include <exception>
#include <type_traits>
#include <utility>

#include <asio/any_io_executor.hpp>
#include <asio/awaitable.hpp>
#include <asio/deferred.hpp>
#include <asio/detached.hpp>
#include <asio/use_awaitable.hpp>

namespace asio {
namespace detail {
template <typename Executor> class initiate_co_spawn {
public:
  using executor_type = Executor;
  template <typename OtherExecutor>
  explicit initiate_co_spawn(const OtherExecutor &ex) : ex_(ex) {}

private:
  Executor ex_;
};

template <typename T, typename Executor> class awaitable_as_function {
public:
  explicit awaitable_as_function(awaitable<T, Executor> &&a) : awaitable_(std::move(a)) {}
  awaitable<T, Executor> operator()() { return std::move(awaitable_); }

private:
  awaitable<T, Executor> awaitable_;
};

template <typename T> struct co_spawn_signature {
  using type = void(std::exception_ptr, T);
};
template <> struct co_spawn_signature<void> {
  using type = void(std::exception_ptr);
};
template <typename T> using co_spawn_signature_t = typename co_spawn_signature<T>::type;

template <typename Token, typename T, typename Executor, typename Function>
struct co_spawn_result {
  using type = typename token_result<Token, co_spawn_signature_t<T>>::type;
};
template <typename T, typename Executor, typename Function>
struct co_spawn_result<deferred_t, T, Executor, Function> {
  using type = deferred_async_operation<co_spawn_signature_t<T>,
                                        initiate_co_spawn<Executor>, Function>;
};

template <typename F> using awaitable_of_t = std::invoke_result_t<F>;
} // namespace detail

template <typename ExecutorOrContext, typename T, typename AwaitableExecutor,
          typename CompletionToken = deferred_t>
auto co_spawn(ExecutorOrContext &&ex, awaitable<T, AwaitableExecutor> a,
              CompletionToken &&token = CompletionToken()) ->
    typename detail::co_spawn_result<std::decay_t<CompletionToken>, T, AwaitableExecutor,
                                     detail::awaitable_as_function<T, AwaitableExecutor>>::type {
  using result =
      typename detail::co_spawn_result<std::decay_t<CompletionToken>, T, AwaitableExecutor,
                                       detail::awaitable_as_function<T, AwaitableExecutor>>::type;
  (void)ex;
  (void)token;
  if constexpr (std::is_void_v<result>)
    (void)a;
  else if constexpr (std::is_same_v<std::decay_t<CompletionToken>, deferred_t>)
    return result(deferred, detail::initiate_co_spawn<AwaitableExecutor>(AwaitableExecutor()),
                  detail::awaitable_as_function<T, AwaitableExecutor>(std::move(a)));
  else
    return result();
}

template <typename ExecutorOrContext, typename F, typename CompletionToken = deferred_t,
          typename A = detail::awaitable_of_t<std::decay_t<F>>>
  requires requires { typename A::value_type; typename A::executor_type; }
auto co_spawn(ExecutorOrContext &&ex, F &&f, CompletionToken &&token = CompletionToken()) ->
    typename detail::co_spawn_result<std::decay_t<CompletionToken>, typename A::value_type,
                                     typename A::executor_type, std::decay_t<F>>::type {
  using result =
      typename detail::co_spawn_result<std::decay_t<CompletionToken>, typename A::value_type,
                                       typename A::executor_type, std::decay_t<F>>::type;
  (void)ex;
  (void)token;
  if constexpr (std::is_void_v<result>)
    (void)f;
  else if constexpr (std::is_same_v<std::decay_t<CompletionToken>, deferred_t>)
    return result(deferred,
                  detail::initiate_co_spawn<typename A::executor_type>(
                      typename A::executor_type()),
                  static_cast<F &&>(f));
  else
    return result();
}
} // namespace asio
