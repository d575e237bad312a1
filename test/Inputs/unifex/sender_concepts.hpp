// coro-tidy test stand-in for <unifex/sender_concepts.hpp>.
// Stand-in senders publish unifex-style value_types plus their single result
// type as `_result_t`; co_await of a sender inside unifex::task goes through
// the promise's await_transform (as in unifex).
#pragma once
#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

namespace unifex {
struct unit {};

template <typename S>
concept sender = requires { typename std::remove_cvref_t<S>::_result_t; };

template <typename S>
using sender_single_value_t = typename std::remove_cvref_t<S>::_result_t;

template <typename T> struct _result_sender_base {
  using _result_t = T;
  template <template <typename...> class Variant,
            template <typename...> class Tuple>
  using value_types =
      Variant<std::conditional_t<std::is_void_v<T>, Tuple<>, Tuple<T>>>;
  template <template <typename...> class Variant>
  using error_types = Variant<std::exception_ptr>;
  static constexpr bool sends_done = true;
};

namespace _await_tfx {
template <typename Sender> struct _as_awaitable {
  Sender sender;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  sender_single_value_t<Sender> await_resume() { std::terminate(); }
};

template <typename Value>
concept _awaitable = requires(Value &&v) {
  static_cast<Value &&>(v).operator co_await();
} || requires(Value &v) { v.await_ready(); };

template <typename Value> decltype(auto) _transform(Value &&value) {
  if constexpr (_awaitable<Value>)
    return static_cast<Value &&>(value);
  else
    return _as_awaitable<std::remove_cvref_t<Value>>{
        static_cast<Value &&>(value)};
}
} // namespace _await_tfx
} // namespace unifex
