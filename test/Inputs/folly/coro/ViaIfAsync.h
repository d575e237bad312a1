// coro-tidy test stand-in for <folly/coro/ViaIfAsync.h>.
// co_viaIfAsync(executor, awaitable) is a customization-point object
// (FOLLY_DEFINE_CPO: folly::coro::folly_cpo__::co_viaIfAsync); a Task's
// await_transform applies it to every awaited operand. It dispatches by
// argument-dependent lookup to a `co_viaIfAsync` hidden friend (Task,
// TaskWithExecutor, SemiFuture, ScopeExitTask), to a `.viaIfAsync(executor)`
// member (semi-awaitables: AsyncGenerator::next(), cleanup()), or wraps a
// plain awaitable in a ViaIfAsyncAwaitable.
#pragma once
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/coro/Coroutine.h>
#include <folly/lang/CustomizationPoint.h>

namespace folly::coro {
namespace detail {
template <typename Awaitable> class ViaIfAsyncAwaitable {
public:
  explicit ViaIfAsyncAwaitable(Executor::KeepAlive<> executor,
                               Awaitable &&awaitable)
      : executor_(std::move(executor)),
        awaitable_(static_cast<Awaitable &&>(awaitable)) {}

  decltype(auto) operator co_await() && {
    return getAwaiter(static_cast<Awaitable &&>(awaitable_));
  }

private:
  Executor::KeepAlive<> executor_;
  Awaitable awaitable_;
};

namespace adl {
template <typename SemiAwaitable>
auto co_viaIfAsync(Executor::KeepAlive<> executor, SemiAwaitable &&awaitable)
    -> decltype(static_cast<SemiAwaitable &&>(awaitable).viaIfAsync(
        std::move(executor))) {
  return static_cast<SemiAwaitable &&>(awaitable).viaIfAsync(
      std::move(executor));
}

template <typename Awaitable>
  requires is_awaitable_v<Awaitable>
auto co_viaIfAsync(Executor::KeepAlive<> executor, Awaitable &&awaitable)
    -> ViaIfAsyncAwaitable<Awaitable> {
  return ViaIfAsyncAwaitable<Awaitable>{std::move(executor),
                                        static_cast<Awaitable &&>(awaitable)};
}

struct ViaIfAsyncFunction {
  template <typename Awaitable>
  auto operator()(Executor::KeepAlive<> executor, Awaitable &&awaitable) const
      -> decltype(co_viaIfAsync(std::move(executor),
                                static_cast<Awaitable &&>(awaitable))) {
    return co_viaIfAsync(std::move(executor),
                         static_cast<Awaitable &&>(awaitable));
  }
};
} // namespace adl
} // namespace detail

FOLLY_DEFINE_CPO(detail::adl::ViaIfAsyncFunction, co_viaIfAsync)
} // namespace folly::coro
