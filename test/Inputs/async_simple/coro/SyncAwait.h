// coro-tidy test stand-in for <async_simple/coro/SyncAwait.h>:
// async_simple::coro::syncAwait(lazy) and syncAwait(lazy, executor)
// (`= syncAwait(std::move(lazy).via(ex))`) are function templates that start
// the Lazy and BLOCK the calling thread on a condition until it completes,
// returning T (rethrowing). Never inside a coroutine on the same executor
// (it asserts "do not sync await in the same executor with Lazy").
#pragma once
#include <exception>
#include <type_traits>
#include <utility>

#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {
template <typename LazyType> inline auto syncAwait(LazyType &&lazy) {
  using ValueType = typename std::decay_t<LazyType>::ValueType;
  Try<ValueType> value;
  std::move(std::forward<LazyType>(lazy)).start([&value](Try<ValueType> result) {
    value = std::move(result);
  });
  return std::move(value).value();
}

template <typename LazyType> inline auto syncAwait(LazyType &&lazy, Executor *ex) {
  return syncAwait(std::move(std::forward<LazyType>(lazy)).via(ex));
}
} // namespace async_simple::coro
