// coro-tidy test stand-in for <cppcoro/async_generator.hpp>: lazy async
// generator. Iterated with `co_await g.begin()` and `co_await ++it`
// (begin() and operator++ return awaitables).
#pragma once
#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro {
template <typename T> class async_generator;

namespace detail {
template <typename T> class async_generator_promise {
public:
  using value_type = std::remove_reference_t<T>;

  struct yield_awaiter {
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<async_generator_promise> h) noexcept {
      auto c = h.promise().consumer_;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  async_generator<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
  yield_awaiter final_suspend() noexcept {
    value_ = nullptr;
    return {};
  }
  yield_awaiter yield_value(value_type &value) noexcept {
    value_ = std::addressof(value);
    return {};
  }
  yield_awaiter yield_value(value_type &&value) noexcept {
    value_ = std::addressof(value);
    return {};
  }
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }
  void return_void() noexcept {}

  value_type *value_ = nullptr;
  std::coroutine_handle<> consumer_;
  std::exception_ptr exception_;
};

template <typename T> class async_generator_iterator;

template <typename T> class async_generator_advance_operation {
public:
  using handle_t = std::coroutine_handle<async_generator_promise<T>>;
  explicit async_generator_advance_operation(handle_t producer) noexcept
      : producer_(producer) {}
  bool await_ready() const noexcept { return !producer_; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
    producer_.promise().consumer_ = c;
    return producer_;
  }

protected:
  handle_t producer_;
};

template <typename T>
class async_generator_increment_operation final
    : public async_generator_advance_operation<T> {
public:
  explicit async_generator_increment_operation(
      async_generator_iterator<T> &it) noexcept;
  async_generator_iterator<T> &await_resume();

private:
  async_generator_iterator<T> &iterator_;
};

template <typename T>
class async_generator_begin_operation final
    : public async_generator_advance_operation<T> {
public:
  using async_generator_advance_operation<T>::async_generator_advance_operation;
  async_generator_iterator<T> await_resume() {
    return async_generator_iterator<T>(this->producer_);
  }
};

template <typename T> class async_generator_iterator final {
public:
  using handle_t = std::coroutine_handle<async_generator_promise<T>>;
  using iterator_category = std::input_iterator_tag;
  using difference_type = std::ptrdiff_t;
  using value_type = std::remove_reference_t<T>;
  using reference = std::add_lvalue_reference_t<T>;
  using pointer = std::add_pointer_t<value_type>;

  explicit async_generator_iterator(handle_t c) noexcept : coro_(c) {}
  async_generator_increment_operation<T> operator++() noexcept {
    return async_generator_increment_operation<T>(*this);
  }
  reference operator*() const noexcept { return *coro_.promise().value_; }
  bool operator==(const async_generator_iterator &other) const noexcept {
    return coro_ == other.coro_;
  }

private:
  friend class async_generator_increment_operation<T>;
  handle_t coro_;
};

template <typename T>
async_generator_increment_operation<T>::async_generator_increment_operation(
    async_generator_iterator<T> &it) noexcept
    : async_generator_advance_operation<T>(it.coro_), iterator_(it) {}

template <typename T>
async_generator_iterator<T> &async_generator_increment_operation<T>::await_resume() {
  if (this->producer_.done())
    iterator_.coro_ = nullptr;
  return iterator_;
}
} // namespace detail

template <typename T> class [[nodiscard]] async_generator {
public:
  using promise_type = detail::async_generator_promise<T>;
  using iterator = detail::async_generator_iterator<T>;

  async_generator() noexcept = default;
  explicit async_generator(std::coroutine_handle<promise_type> c) noexcept
      : coro_(c) {}
  async_generator(async_generator &&other) noexcept
      : coro_(std::exchange(other.coro_, {})) {}
  async_generator(const async_generator &) = delete;
  async_generator &operator=(async_generator &&other) noexcept {
    std::swap(coro_, other.coro_);
    return *this;
  }
  ~async_generator() {
    if (coro_)
      coro_.destroy();
  }

  detail::async_generator_begin_operation<T> begin() noexcept {
    return detail::async_generator_begin_operation<T>(coro_);
  }
  iterator end() noexcept { return iterator(nullptr); }

private:
  std::coroutine_handle<promise_type> coro_;
};

namespace detail {
template <typename T>
async_generator<T> async_generator_promise<T>::get_return_object() noexcept {
  return async_generator<T>(
      std::coroutine_handle<async_generator_promise>::from_promise(*this));
}
} // namespace detail
} // namespace cppcoro
