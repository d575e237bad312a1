// coro-tidy test stand-in for <async_simple/coro/Collect.h>: awaitable
// combinators, each a COROUTINE returning a Lazy and taking the Lazys BY
// VALUE (variadic) or a std::vector<LazyType<T>>&& (passing a task is owning
// it); the template parameter SignalType (default None) picks whether the
// losers are signalled (collectAny<Terminate>(...)).
//   collectAll(LazyType<Ts>... inputs) -> Lazy<std::tuple<Try<Ts>...>>
//   collectAll(std::vector<LazyType<T>>&&) -> Lazy<std::vector<Try<T>>>
//   collectAllPara(...) (parallel variants), collectAllWindowed(n, yield, v)
//   collectAny(LazyType<Ts>... awaitables) -> Lazy<std::variant<Try<Ts>...>>
//   collectAny(std::vector<LazyType<T>>&&) -> Lazy<CollectAnyResult<T>>
// The element results are Try<T>: errors are not rethrown by the combinator.
#pragma once
#include <cstddef>
#include <tuple>
#include <variant>
#include <vector>

#include <async_simple/Signal.h>
#include <async_simple/Try.h>
#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {
namespace detail {
template <typename T> struct CollectAnyResult {
  std::size_t _idx = static_cast<std::size_t>(-1);
  Try<T> _value;
  std::size_t index() const { return _idx; }
  bool hasError() const { return _value.hasError(); }
  std::exception_ptr getException() const { return _value.getException(); }
  T &value() & { return _value.value(); }
};
} // namespace detail

template <SignalType ST = SignalType::None, template <typename> typename LazyType,
          typename... Ts>
inline Lazy<std::tuple<Try<typename LazyType<Ts>::ValueType>...>> collectAll(LazyType<Ts>... inputs) {
  static_assert(sizeof...(Ts), "collectAll need at least one param!");
  (void)std::tuple<LazyType<Ts>...>(std::move(inputs)...);
  co_return std::tuple<Try<typename LazyType<Ts>::ValueType>...>{};
}

template <SignalType ST = SignalType::None, typename T, template <typename> typename LazyType>
inline Lazy<std::vector<Try<typename LazyType<T>::ValueType>>>
collectAll(std::vector<LazyType<T>> &&input) {
  (void)input;
  co_return std::vector<Try<typename LazyType<T>::ValueType>>{};
}

template <SignalType ST = SignalType::None, template <typename> typename LazyType,
          typename... Ts>
inline Lazy<std::tuple<Try<typename LazyType<Ts>::ValueType>...>>
collectAllPara(LazyType<Ts>... inputs) {
  (void)std::tuple<LazyType<Ts>...>(std::move(inputs)...);
  co_return std::tuple<Try<typename LazyType<Ts>::ValueType>...>{};
}

template <SignalType ST = SignalType::None, typename T, template <typename> typename LazyType>
inline Lazy<std::vector<Try<typename LazyType<T>::ValueType>>>
collectAllWindowed(std::size_t maxConcurrency, bool yield, std::vector<LazyType<T>> &&input) {
  (void)maxConcurrency;
  (void)yield;
  (void)input;
  co_return std::vector<Try<typename LazyType<T>::ValueType>>{};
}

template <SignalType ST = SignalType::None, template <typename> typename LazyType,
          typename... Ts>
inline Lazy<std::variant<Try<Ts>...>> collectAny(LazyType<Ts>... awaitables) {
  static_assert(sizeof...(Ts), "collectAny need at least one param!");
  (void)std::tuple<LazyType<Ts>...>(std::move(awaitables)...);
  co_return std::variant<Try<Ts>...>{};
}

template <SignalType ST = SignalType::None, typename T, template <typename> typename LazyType>
inline Lazy<detail::CollectAnyResult<typename LazyType<T>::ValueType>>
collectAny(std::vector<LazyType<T>> &&input) {
  (void)input;
  co_return detail::CollectAnyResult<typename LazyType<T>::ValueType>{};
}
} // namespace async_simple::coro
