// coro-tidy test stand-in for <folly/coro/CurrentExecutor.h>: the tags a
// Task's promise answers in await_transform without suspending:
// `co_await co_current_executor` (Executor*),
// `co_await co_current_cancellation_token` (const CancellationToken&) and
// `co_await co_safe_point` (completes the Task with OperationCancelled when
// cancellation was requested).
#pragma once

namespace folly::coro {
namespace detail {
struct co_current_executor_ {
  enum class secret_ { token_ };
  explicit constexpr co_current_executor_(secret_) {}
};
struct co_current_cancellation_token_ {
  enum class secret_ { token_ };
  explicit constexpr co_current_cancellation_token_(secret_) {}
};
} // namespace detail

using co_current_executor_t = detail::co_current_executor_;
inline constexpr co_current_executor_t co_current_executor{
    co_current_executor_t::secret_::token_};

using co_current_cancellation_token_t = detail::co_current_cancellation_token_;
inline constexpr co_current_cancellation_token_t co_current_cancellation_token{
    co_current_cancellation_token_t::secret_::token_};

class co_safe_point_t final {};
inline constexpr co_safe_point_t co_safe_point{};
} // namespace folly::coro
