// coro-tidy test stand-in for <cppcoro/when_all.hpp>.
// [[nodiscard]] when_all(AWAITABLES&&...) and [[nodiscard]]
// when_all(std::vector<AWAITABLE>) build on when_all_ready (the awaitables
// are moved into lazy when_all_tasks) and give an awaitable whose result is
// the tuple (vector) of results; the first exception is rethrown.
// Upstream the result is an fmap over when_all_ready's awaitable.
#pragma once
#include <tuple>
#include <utility>
#include <vector>

#include <cppcoro/when_all_ready.hpp>

namespace cppcoro {
namespace detail {
template <typename READY, typename RESULT> class when_all_awaitable {
public:
  explicit when_all_awaitable(READY &&ready) : m_ready(std::move(ready)) {}
  auto operator co_await() && noexcept {
    struct awaiter {
      bool await_ready() const noexcept { return false; }
      bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
      RESULT await_resume() { return RESULT(); }
    };
    return awaiter{};
  }

private:
  READY m_ready;
};

template <typename T> struct non_void {
  using type = std::remove_cvref_t<T>;
};
template <> struct non_void<void> {
  struct type {};
};
} // namespace detail

template <typename... AWAITABLES>
  requires(is_awaitable_v<std::remove_reference_t<AWAITABLES> &&> && ...)
[[nodiscard]] auto when_all(AWAITABLES &&...awaitables) {
  auto ready = when_all_ready(std::forward<AWAITABLES>(awaitables)...);
  using result_t = std::tuple<typename detail::non_void<
      typename awaitable_traits<std::remove_reference_t<AWAITABLES> &&>::await_result_t>::type...>;
  return detail::when_all_awaitable<decltype(ready), result_t>(std::move(ready));
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<AWAITABLE &&>::await_result_t>
[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables) {
  auto ready = when_all_ready(std::move(awaitables));
  using result_t = std::conditional_t<std::is_void_v<RESULT>, void,
                                      std::vector<typename detail::non_void<RESULT>::type>>;
  return detail::when_all_awaitable<decltype(ready), result_t>(std::move(ready));
}
} // namespace cppcoro
