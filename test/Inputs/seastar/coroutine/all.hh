// coro-tidy test stand-in for <seastar/coroutine/all.hh>:
// `auto [a, b] = co_await seastar::coroutine::all(func1, func2, ...)` calls
// each future-returning CALLABLE, runs them concurrently, waits for all and
// gives a tuple of the non-void results (the first exception is rethrown
// after all finished). all<Futures...> is a
// [[nodiscard("must co_await an all() object")]] class with a deduction
// guide from the callables.
#pragma once
#include <coroutine>
#include <tuple>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar::coroutine {
namespace internal {
template <typename Future> struct future_value;
template <typename T> struct future_value<seastar::future<T>> {
  using type = T;
};
template <typename... Ts> struct non_void_tuple;
template <> struct non_void_tuple<> {
  using type = std::tuple<>;
};
template <typename T, typename... Ts> struct non_void_tuple<T, Ts...> {
  using rest = typename non_void_tuple<Ts...>::type;
  template <typename... R> static std::tuple<T, R...> cat(std::tuple<R...>);
  using type = std::conditional_t<std::is_void_v<T>, rest, decltype(cat(std::declval<rest>()))>;
};
} // namespace internal

template <typename... Futures>
  requires(sizeof...(Futures) > 0)
class [[nodiscard("must co_await an all() object")]] all {
  using value_tuple =
      typename internal::non_void_tuple<typename internal::future_value<Futures>::type...>::type;
  std::tuple<Futures...> _futures;

  struct awaiter {
    bool await_ready() const { return false; }
    template <typename U> void await_suspend(std::coroutine_handle<U>) {}
    value_tuple await_resume() { return value_tuple(); }
  };

public:
  template <typename... Func>
    requires(sizeof...(Func) == sizeof...(Futures))
  explicit all(Func &&...funcs) : _futures(futurize_t<std::invoke_result_t<Func>>(funcs())...) {}

  awaiter operator co_await() && { return awaiter{}; }
};

template <typename FirstFunc, typename... MoreFuncs>
explicit all(FirstFunc &&, MoreFuncs &&...)
    -> all<futurize_t<std::invoke_result_t<FirstFunc>>,
           futurize_t<std::invoke_result_t<MoreFuncs>>...>;
} // namespace seastar::coroutine
