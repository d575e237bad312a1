// coro-tidy test stand-in for <boost/cobalt/this_coro.hpp>.
// As upstream, boost::cobalt::this_coro does `using namespace
// asio::this_coro;`, so reset_cancellation_state(...) and throw_if_cancelled(b)
// are the REAL Boost.Asio ones (boost::asio::this_coro::*, Debian Boost 1.81).
// cobalt adds this_coro::allocator, cancelled, initial (lazy generators) and
// reset_cancellation_source(slot).
// The promise bases live directly in boost::cobalt (not detail):
//  - template <class CancellationSlot = asio::cancellation_slot,
//    class DefaultFilter = asio::enable_terminal_cancellation>
//    struct promise_cancellation_base: await_transform for this_coro::cancelled,
//    cancellation_state, reset_cancellation_state() / (filter) / (in, out);
//  - struct promise_throw_if_cancelled_base: await_transform for
//    throw_if_cancelled() / throw_if_cancelled(bool) (per-coroutine state,
//    default true).
// All cobalt promises derive from both (task, promise, generator, detached
// use enable_total_cancellation as the default filter).
#pragma once
#include <coroutine>
#include <optional>
#include <type_traits>
#include <utility>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/cancellation_state.hpp>
#include <boost/asio/cancellation_type.hpp>
#include <boost/asio/this_coro.hpp>

namespace boost::cobalt {
namespace this_coro {
using namespace asio::this_coro;

struct allocator_t {};
constexpr allocator_t allocator;

struct cancelled_t {};
constexpr cancelled_t cancelled;

// set the over-eager mode of a generator
struct initial_t {};
constexpr initial_t initial;

template <typename CancellationSlot = asio::cancellation_slot>
struct reset_cancellation_source_t {
  CancellationSlot source;
};
template <typename CancellationSlot = asio::cancellation_slot>
reset_cancellation_source_t<CancellationSlot>
reset_cancellation_source(CancellationSlot slot = {}) {
  return reset_cancellation_source_t<CancellationSlot>{std::move(slot)};
}
} // namespace this_coro

namespace detail {
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
} // namespace detail

template <typename CancellationSlot = asio::cancellation_slot,
          typename DefaultFilter = asio::enable_terminal_cancellation>
struct promise_cancellation_base {
  using cancellation_slot_type = asio::cancellation_slot;
  cancellation_slot_type get_cancellation_slot() const { return {}; }

  auto await_transform(cobalt::this_coro::cancelled_t) noexcept {
    return detail::ready_awaitable<asio::cancellation_type>{cancelled()};
  }
  auto await_transform(asio::this_coro::cancellation_state_t) noexcept {
    return detail::ready_awaitable<asio::cancellation_state>{{}};
  }
  auto await_transform(asio::this_coro::reset_cancellation_state_0_t) noexcept {
    return detail::ready_awaitable<void>{};
  }
  template <typename Filter>
  auto await_transform(asio::this_coro::reset_cancellation_state_1_t<Filter>) noexcept {
    return detail::ready_awaitable<void>{};
  }
  template <typename InFilter, typename OutFilter>
  auto await_transform(
      asio::this_coro::reset_cancellation_state_2_t<InFilter, OutFilter>) noexcept {
    return detail::ready_awaitable<void>{};
  }

  asio::cancellation_type cancelled() const { return asio::cancellation_type::none; }
};

struct promise_throw_if_cancelled_base {
  auto await_transform(asio::this_coro::throw_if_cancelled_0_t) {
    return detail::ready_awaitable<bool>{throw_if_cancelled_};
  }
  auto await_transform(asio::this_coro::throw_if_cancelled_1_t throw_if_cancelled) {
    throw_if_cancelled_ = throw_if_cancelled.value;
    return detail::ready_awaitable<void>{};
  }
  bool throw_if_cancelled() const { return throw_if_cancelled_; }

protected:
  bool throw_if_cancelled_{true};
};

struct promise_memory_resource_base {};

template <typename Promise> struct enable_await_allocator {
  auto await_transform(this_coro::allocator_t) {
    return detail::ready_awaitable<int>{0};
  }
};
using executor = asio::any_io_executor;

template <typename Promise> struct enable_await_executor {
  auto await_transform(asio::this_coro::executor_t) {
    return detail::ready_awaitable<executor>{executor{}};
  }
};
} // namespace boost::cobalt
