// coro-tidy test stand-in for <cppcoro/recursive_generator.hpp>: synchronous
// generator that can also `co_yield` a nested recursive_generator. A class
// template, [[nodiscard]], lazy; nested promise_type with yield_value(T&),
// yield_value(T&&), yield_value(recursive_generator&&/&); await_transform is
// deleted. begin() and end() both give an iterator (no sentinel type).
#pragma once
#include <coroutine>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro {
template <typename T> class [[nodiscard]] recursive_generator {
public:
  class promise_type {
  public:
    recursive_generator get_return_object() noexcept {
      return recursive_generator(
          std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T &value) noexcept {
      value_ = std::addressof(value);
      return {};
    }
    std::suspend_always yield_value(T &&value) noexcept {
      value_ = std::addressof(value);
      return {};
    }
    auto yield_value(recursive_generator &&nested) noexcept {
      struct awaitable {
        recursive_generator nested;
        bool await_ready() noexcept { return !nested.coro_; }
        void await_suspend(std::coroutine_handle<>) noexcept {}
        void await_resume() {}
      };
      return awaitable{std::move(nested)};
    }
    auto yield_value(recursive_generator &nested) noexcept {
      return yield_value(std::move(nested));
    }
    void return_void() noexcept {}
    void unhandled_exception() {}
    template <typename U> std::suspend_never await_transform(U &&) = delete;

    T *value_ = nullptr;
  };

  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using difference_type = std::ptrdiff_t;
    using value_type = std::remove_cvref_t<T>;
    using reference = std::conditional_t<std::is_reference_v<T>, T, T &>;

    iterator() noexcept = default;
    explicit iterator(std::coroutine_handle<promise_type> c) noexcept
        : coro_(c) {}
    bool operator==(const iterator &other) const noexcept {
      return coro_ == other.coro_;
    }
    iterator &operator++() {
      coro_.resume();
      if (coro_.done())
        coro_ = nullptr;
      return *this;
    }
    void operator++(int) { ++*this; }
    reference operator*() const noexcept {
      return static_cast<reference>(*coro_.promise().value_);
    }

  private:
    std::coroutine_handle<promise_type> coro_;
  };

  recursive_generator() noexcept = default;
  recursive_generator(recursive_generator &&other) noexcept
      : coro_(std::exchange(other.coro_, {})) {}
  recursive_generator(const recursive_generator &) = delete;
  ~recursive_generator() {
    if (coro_)
      coro_.destroy();
  }

  iterator begin() {
    if (coro_) {
      coro_.resume();
      if (!coro_.done())
        return iterator(coro_);
    }
    return iterator(nullptr);
  }
  iterator end() noexcept { return iterator(nullptr); }

private:
  explicit recursive_generator(std::coroutine_handle<promise_type> c) noexcept
      : coro_(c) {}
  std::coroutine_handle<promise_type> coro_;
};
} // namespace cppcoro
