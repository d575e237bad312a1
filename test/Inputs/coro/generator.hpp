// coro-tidy test stand-in for libcoro <coro/generator.hpp>: synchronous
// generator: `class generator : public std::ranges::view_base` (NOT
// [[nodiscard]]), lazy, promise coro::detail::generator_promise<T> with
// yield_value(remove_reference_t<T>&) and yield_value(remove_reference_t<T>&&);
// upstream does not delete await_transform. begin()/end() (range-for).
#pragma once
#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <ranges>
#include <type_traits>
#include <utility>

namespace coro {
template <typename T> class generator;

namespace detail {
template <typename T> class generator_promise {
public:
  using value_type = std::remove_reference_t<T>;
  using reference_type = std::conditional_t<std::is_reference_v<T>, T, T &>;
  using pointer_type = value_type *;

  generator<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() const { return {}; }
  std::suspend_always final_suspend() const noexcept { return {}; }
  std::suspend_always yield_value(value_type &value) noexcept {
    m_value = std::addressof(value);
    return {};
  }
  std::suspend_always yield_value(value_type &&value) noexcept {
    m_value = std::addressof(value);
    return {};
  }
  void unhandled_exception() noexcept { m_exception = std::current_exception(); }
  void return_void() noexcept {}
  reference_type value() const noexcept { return static_cast<reference_type>(*m_value); }

private:
  pointer_type m_value = nullptr;
  std::exception_ptr m_exception;
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
  explicit generator_iterator(coroutine_handle coroutine) noexcept : m_coroutine(coroutine) {}
  friend bool operator==(const generator_iterator &it, generator_sentinel) noexcept {
    return !it.m_coroutine || it.m_coroutine.done();
  }
  generator_iterator &operator++() {
    m_coroutine.resume();
    return *this;
  }
  void operator++(int) { ++*this; }
  reference operator*() const noexcept { return m_coroutine.promise().value(); }
  pointer operator->() const noexcept { return std::addressof(operator*()); }

private:
  coroutine_handle m_coroutine;
};
} // namespace detail

template <typename T> class generator : public std::ranges::view_base {
public:
  using promise_type = detail::generator_promise<T>;
  using iterator = detail::generator_iterator<T>;
  using sentinel = detail::generator_sentinel;

  generator() noexcept = default;
  explicit generator(std::coroutine_handle<promise_type> c) noexcept : m_coroutine(c) {}
  generator(generator &&other) noexcept : m_coroutine(std::exchange(other.m_coroutine, {})) {}
  generator(const generator &) = delete;
  ~generator() {
    if (m_coroutine)
      m_coroutine.destroy();
  }

  iterator begin() {
    if (m_coroutine)
      m_coroutine.resume();
    return iterator{m_coroutine};
  }
  sentinel end() noexcept { return {}; }

private:
  std::coroutine_handle<promise_type> m_coroutine;
};

namespace detail {
template <typename T> generator<T> generator_promise<T>::get_return_object() noexcept {
  return generator<T>(std::coroutine_handle<generator_promise>::from_promise(*this));
}
} // namespace detail
} // namespace coro
