// coro-tidy test stand-in for asio >= 1.31 <asio/deferred.hpp>.
// deferred_async_operation is [[nodiscard]] and lazy: the operation starts
// only when it is invoked with a completion token or co_awaited.
#pragma once
#include <tuple>
#include <utility>

#include <asio/awaitable.hpp>

namespace asio {
class deferred_t {
public:
  constexpr deferred_t() {}
};
inline constexpr deferred_t deferred;

template <typename Signature, typename Initiation, typename... InitArgs>
class [[nodiscard]] deferred_async_operation {
public:
  explicit deferred_async_operation(Initiation init, InitArgs... args)
      : initiation_(std::move(init)), init_args_(std::move(args)...) {}
  deferred_async_operation(deferred_async_operation &&) = default;

  // Launches the operation with the given completion token.
  template <typename CompletionToken> auto operator()(CompletionToken &&token) && {
    (void)token;
  }

private:
  Initiation initiation_;
  std::tuple<InitArgs...> init_args_;
};

template <typename T, typename Executor>
template <typename Sig, typename Init, typename... Args>
awaitable<typename detail::signature_result<Sig>::type, Executor>
detail::awaitable_frame<T, Executor>::await_transform(
    deferred_async_operation<Sig, Init, Args...> op) {
  (void)op;
  return {};
}
} // namespace asio
