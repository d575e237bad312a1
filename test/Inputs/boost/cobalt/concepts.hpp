// coro-tidy test stand-in for <boost/cobalt/concepts.hpp>.
// boost::cobalt::awaitable<Aw, Promise> concept, and
// enable_awaitables<Promise>: the await_transform every cobalt promise uses
// for ordinary awaitables. When the coroutine was cancelled and
// throw_if_cancelled is on (the default), it throws
// boost::system::system_error(asio::error::operation_aborted) BEFORE
// starting the awaited operation.
#pragma once
#include <concepts>
#include <coroutine>
#include <utility>

#include <boost/asio/deferred.hpp>
#include <boost/asio/error.hpp>
#include <boost/system/system_error.hpp>

namespace boost::cobalt {
template <typename Awaitable, typename Promise = void>
concept awaitable_type = requires(Awaitable aw, std::coroutine_handle<Promise> h) {
  { aw.await_ready() } -> std::convertible_to<bool>;
  { aw.await_suspend(h) };
  { aw.await_resume() };
};

template <typename Awaitable, typename Promise = void>
concept awaitable =
    awaitable_type<Awaitable, Promise> ||
    requires(Awaitable &&aw) {
      { std::forward<Awaitable>(aw).operator co_await() } -> awaitable_type<Promise>;
    } ||
    requires(Awaitable &&aw) {
      { operator co_await(std::forward<Awaitable>(aw)) } -> awaitable_type<Promise>;
    };

struct promise_throw_if_cancelled_base;

template <typename Promise = void> struct enable_awaitables {
  template <awaitable<Promise> Aw> Aw &&await_transform(Aw &&aw) {
    if constexpr (std::derived_from<Promise, promise_throw_if_cancelled_base>) {
      auto p = static_cast<Promise *>(this);
      if (!!p->cancelled() && p->throw_if_cancelled())
        throw system::system_error(asio::error::operation_aborted, "throw_if_cancelled");
    }
    return static_cast<Aw &&>(aw);
  }
};

// co_await of an asio deferred operation.
struct enable_await_deferred {
  template <typename Signature, typename Initiation, typename... InitArgs>
  auto await_transform(asio::deferred_async_operation<Signature, Initiation, InitArgs...> op) {
    struct awaitable {
      bool await_ready() const noexcept { return false; }
      void await_suspend(std::coroutine_handle<>) noexcept {}
      void await_resume() {}
    };
    (void)op;
    return awaitable{};
  }
};
} // namespace boost::cobalt
