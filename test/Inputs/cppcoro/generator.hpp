// coro-tidy test stand-in for <cppcoro/generator.hpp>: synchronous generator,
// lazy, yield_value, begin()/end() (range-for works); co_await is forbidden
// inside it (await_transform is deleted).
#pragma once
#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro {
template <typename T> class generator;

namespace detail {
template <typename T> class generator_promise {
public:
  using value_type = std::remove_reference_t<T>;
  using reference_type = std::conditional_t<std::is_reference_v<T>, T, T &>;
  using pointer_type = value_type *;

  generator<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
  std::suspend_always final_suspend() const noexcept { return {}; }
  std::suspend_always yield_value(std::remove_reference_t<T> &value) noexcept {
    value_ = std::addressof(value);
    return {};
  }
  std::suspend_always yield_value(std::remove_reference_t<T> &&value) noexcept {
    value_ = std::addressof(value);
    return {};
  }
  void unhandled_exception() { exception_ = std::current_exception(); }
  void return_void() noexcept {}
  template <typename U> std::suspend_never await_transform(U &&) = delete;

  reference_type value() const noexcept {
    return static_cast<reference_type>(*value_);
  }

private:
  pointer_type value_ = nullptr;
  std::exception_ptr exception_;
};

struct generator_sentinel {};

template <typename T> class generator_iterator {
  using coroutine_handle = std::coroutine_handle<generator_promise<T>>;

public:
  using iterator_category = std::input_iterator_tag;
  using difference_type = std::ptrdiff_t;
  using value_type = typename generator_promise<T>::value_type;
  using reference = typename generator_promise<T>::reference_type;
  using pointer = typename generator_promise<T>::pointer_type;

  generator_iterator() noexcept = default;
  explicit generator_iterator(coroutine_handle coro) noexcept : coro_(coro) {}

  friend bool operator==(const generator_iterator &it,
                         generator_sentinel) noexcept {
    return !it.coro_ || it.coro_.done();
  }
  generator_iterator &operator++() {
    coro_.resume();
    return *this;
  }
  void operator++(int) { ++*this; }
  reference operator*() const noexcept { return coro_.promise().value(); }
  pointer operator->() const noexcept { return std::addressof(operator*()); }

private:
  coroutine_handle coro_;
};
} // namespace detail

template <typename T> class [[nodiscard]] generator {
public:
  using promise_type = detail::generator_promise<T>;
  using iterator = detail::generator_iterator<T>;

  generator() noexcept = default;
  explicit generator(std::coroutine_handle<promise_type> coro) noexcept
      : coro_(coro) {}
  generator(generator &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
  generator(const generator &) = delete;
  generator &operator=(generator other) noexcept {
    std::swap(coro_, other.coro_);
    return *this;
  }
  ~generator() {
    if (coro_)
      coro_.destroy();
  }

  iterator begin() {
    if (coro_)
      coro_.resume();
    return iterator{coro_};
  }
  detail::generator_sentinel end() noexcept { return {}; }

private:
  std::coroutine_handle<promise_type> coro_;
};

namespace detail {
template <typename T>
generator<T> generator_promise<T>::get_return_object() noexcept {
  return generator<T>(
      std::coroutine_handle<generator_promise>::from_promise(*this));
}
} // namespace detail
} // namespace cppcoro
