// coro-tidy test stand-in for asio >= 1.31 <asio/deferred.hpp>.
// deferred_t / `deferred` is the DEFAULT completion token from asio 1.31
// (Boost 1.86). deferred_async_operation<Signature, Initiation, InitArgs...>
// is [[nodiscard]] and lazy: the operation starts only when it is invoked
// with a completion token (`std::move(op)(token)`, whose result follows the
// token: void for detached, an awaitable for use_awaitable) or co_awaited.
#pragma once
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

#include <asio/awaitable.hpp>
#include <asio/detached.hpp>
#include <asio/use_awaitable.hpp>

namespace asio {
class deferred_t {
public:
  constexpr deferred_t() {}
};
inline constexpr deferred_t deferred;

namespace detail {
template <typename Token, typename Sig> struct token_result {
  using type = void; // handlers and detached
};
template <typename E, typename Sig> struct token_result<use_awaitable_t<E>, Sig> {
  using type = awaitable<typename signature_result<Sig>::type, E>;
};
} // namespace detail

template <typename Signature, typename Initiation, typename... InitArgs>
class [[nodiscard]] deferred_async_operation {
public:
  using result_type = typename detail::signature_result<Signature>::type;

  template <typename I, typename... A>
  constexpr explicit deferred_async_operation(deferred_t, I &&initiation, A &&...init_args)
      : initiation_(static_cast<I &&>(initiation)),
        init_args_(static_cast<A &&>(init_args)...) {}

  // Launches the operation with the given completion token.
  template <typename CompletionToken>
  auto operator()(CompletionToken &&token) && ->
      typename detail::token_result<std::decay_t<CompletionToken>, Signature>::type {
    (void)token;
    if constexpr (!std::is_void_v<typename detail::token_result<std::decay_t<CompletionToken>,
                                                                Signature>::type>)
      return {};
  }

private:
  Initiation initiation_;
  std::tuple<InitArgs...> init_args_;
};
} // namespace asio
