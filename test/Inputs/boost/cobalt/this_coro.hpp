// coro-tidy test stand-in for <boost/cobalt/this_coro.hpp>.
// As upstream, boost::cobalt::this_coro does `using namespace
// asio::this_coro;` so reset_cancellation_state(...) and throw_if_cancelled(b)
// are the REAL Boost.Asio ones (boost::asio::this_coro::*, Debian Boost 1.81).
// Every cobalt promise derives from detail::promise_cancellation_base, whose
// await_transform understands them (per-coroutine state).
#pragma once
#include <coroutine>
#include <optional>
#include <type_traits>
#include <utility>

#include <boost/asio/cancellation_state.hpp>
#include <boost/asio/this_coro.hpp>

namespace boost::cobalt {
namespace this_coro {
using namespace boost::asio::this_coro;
struct cancelled_t {};
constexpr cancelled_t cancelled;
} // namespace this_coro

namespace detail {
template <typename T> struct is_this_coro_tag : std::false_type {};
template <> struct is_this_coro_tag<asio::this_coro::reset_cancellation_state_0_t> : std::true_type {};
template <typename F>
struct is_this_coro_tag<asio::this_coro::reset_cancellation_state_1_t<F>> : std::true_type {};
template <typename F, typename G>
struct is_this_coro_tag<asio::this_coro::reset_cancellation_state_2_t<F, G>> : std::true_type {};
template <> struct is_this_coro_tag<asio::this_coro::throw_if_cancelled_0_t> : std::true_type {};
template <> struct is_this_coro_tag<asio::this_coro::throw_if_cancelled_1_t> : std::true_type {};

template <typename T> struct ready_awaitable {
  T value;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() { return std::move(value); }
};
template <> struct ready_awaitable<void> {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};

struct promise_cancellation_base {
  ready_awaitable<void> await_transform(asio::this_coro::reset_cancellation_state_0_t) noexcept {
    return {};
  }
  template <typename F>
  ready_awaitable<void> await_transform(asio::this_coro::reset_cancellation_state_1_t<F>) noexcept {
    return {};
  }
  template <typename F, typename G>
  ready_awaitable<void> await_transform(asio::this_coro::reset_cancellation_state_2_t<F, G>) noexcept {
    return {};
  }
  ready_awaitable<bool> await_transform(asio::this_coro::throw_if_cancelled_0_t) noexcept {
    return {throw_if_cancelled_};
  }
  ready_awaitable<void> await_transform(asio::this_coro::throw_if_cancelled_1_t t) noexcept {
    throw_if_cancelled_ = t.value;
    return {};
  }
  template <typename A>
    requires(!is_this_coro_tag<std::remove_cvref_t<A>>::value)
  A &&await_transform(A &&a) noexcept {
    return static_cast<A &&>(a);
  }

  bool throw_if_cancelled_ = true;
};

struct final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <typename Promise>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<Promise> h) noexcept {
    auto c = h.promise().awaited_from;
    return c ? c : std::noop_coroutine();
  }
  void await_resume() noexcept {}
};

template <typename T> struct return_value_or_void {
  template <typename U = T> void return_value(U &&v) { value.emplace(static_cast<U &&>(v)); }
  T get_result() { return std::move(*value); }
  std::optional<T> value;
};
template <> struct return_value_or_void<void> {
  void return_void() noexcept {}
  void get_result() {}
};
} // namespace detail
} // namespace boost::cobalt
