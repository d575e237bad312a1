// coro-tidy test stand-in for <unifex/await_transform.hpp>.
// unifex::await_transform(promise, value) is a customization-point object
// (`inline constexpr _await_tfx::_fn await_transform{}` in unifex) that
// unifex::task's promise applies to every awaited operand: a type can
// customize it with tag_invoke(tag_t<await_transform>, Promise&, T&&) (task
// does, so a task is only awaitable inside a coroutine whose promise calls
// it); an awaitable is passed through; a sender becomes an awaitable whose
// stop completion unwinds the coroutine through unhandled_done().
#pragma once
#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>
#include <unifex/tag_invoke.hpp>

namespace unifex {
namespace _await_tfx {
template <typename Value>
concept _awaitable = requires(Value &&v) {
  static_cast<Value &&>(v).operator co_await();
} || requires(Value &v) { v.await_ready(); };

template <typename Sender> struct _as_awaitable {
  Sender sender;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  sender_single_value_t<Sender> await_resume() { std::terminate(); }
};

struct _fn {
  template <typename Promise, typename Value>
  decltype(auto) operator()(Promise &promise, Value &&value) const {
    if constexpr (tag_invocable<_fn, Promise &, Value>)
      return unifex::tag_invoke(*this, promise, static_cast<Value &&>(value));
    else if constexpr (_awaitable<Value>)
      return static_cast<Value &&>(value);
    else
      return _as_awaitable<std::remove_cvref_t<Value>>{
          static_cast<Value &&>(value)};
  }
};
} // namespace _await_tfx

inline constexpr _await_tfx::_fn await_transform{};
} // namespace unifex
