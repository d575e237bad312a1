// coro-tidy test stand-in for asio >= 1.31 <asio/co_spawn.hpp>.
//  - co_spawn(ex, awaitable, detached): fire and forget (errors lost).
//  - co_spawn(ex, awaitable, use_awaitable): returns an awaitable.
//  - co_spawn(ex, awaitable) with NO token (default token `deferred`, new in
//    asio 1.31 / Boost 1.86): returns a [[nodiscard]] lazy
//    deferred_async_operation; dropping it means the coroutine never runs.
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
  explicit initiate_co_spawn(const Executor &ex) : ex_(ex) {}

private:
  Executor ex_;
};

template <typename T> struct co_spawn_signature {
  using type = void(std::exception_ptr, T);
};
template <> struct co_spawn_signature<void> {
  using type = void(std::exception_ptr);
};
template <typename T> using co_spawn_signature_t = typename co_spawn_signature<T>::type;

template <typename Token, typename T, typename Executor> struct co_spawn_result {
  using type = void; // handlers and detached
};
template <typename E2, typename T, typename Executor>
struct co_spawn_result<use_awaitable_t<E2>, T, Executor> {
  using type = awaitable<T, E2>;
};
template <typename T, typename Executor> struct co_spawn_result<deferred_t, T, Executor> {
  using type = deferred_async_operation<co_spawn_signature_t<T>, initiate_co_spawn<Executor>,
                                        awaitable<T, Executor>>;
};
} // namespace detail

template <typename ExecutorOrContext, typename T, typename AwaitableExecutor,
          typename CompletionToken = deferred_t>
typename detail::co_spawn_result<std::decay_t<CompletionToken>, T, AwaitableExecutor>::type
co_spawn(ExecutorOrContext &&ex, awaitable<T, AwaitableExecutor> a,
         CompletionToken &&token = CompletionToken()) {
  (void)ex;
  (void)token;
  using result = typename detail::co_spawn_result<std::decay_t<CompletionToken>, T,
                                                  AwaitableExecutor>::type;
  if constexpr (std::is_void_v<result>)
    (void)a;
  else if constexpr (std::is_same_v<std::decay_t<CompletionToken>, deferred_t>)
    return result(detail::initiate_co_spawn<AwaitableExecutor>(AwaitableExecutor()), std::move(a));
  else
    return result();
}
} // namespace asio
