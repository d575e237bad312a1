// coro-tidy test stand-in for asio >= 1.31 <asio/use_future.hpp>: the
// completion token use_future makes an initiating function (co_spawn, a
// deferred operation) return a std::future<T> (NOT [[nodiscard]]); a
// dropped future drops the result and the exception.
#pragma once
#include <exception>
#include <future>
#include <memory>

#include <asio/deferred.hpp>

namespace asio {
template <typename Allocator = std::allocator<void>> class use_future_t {
public:
  constexpr use_future_t() {}
};
inline constexpr use_future_t<> use_future;

namespace detail {
template <typename A> struct token_result<use_future_t<A>, void(std::exception_ptr)> {
  using type = std::future<void>;
};
template <typename A, typename T>
struct token_result<use_future_t<A>, void(std::exception_ptr, T)> {
  using type = std::future<T>;
};
} // namespace detail
} // namespace asio
