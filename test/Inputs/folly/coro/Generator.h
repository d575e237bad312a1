// coro-tidy test stand-in for <folly/coro/Generator.h>: folly::coro::Generator<T>
// is a SYNCHRONOUS recursive generator (a class, NOT [[nodiscard]]), lazy,
// with a nested final promise_type: yield_value(T&), yield_value(T&&),
// yield_value(Generator&&) and yield_value(Generator&) (nested generators);
// await_transform is deleted. begin()/end() give iterators (range-for).
#pragma once
#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <utility>

#include <folly/coro/Coroutine.h>

namespace folly::coro {
template <typename T> class Generator {
public:
  class promise_type final {
  public:
    promise_type() noexcept = default;
    promise_type(const promise_type &) = delete;
    promise_type(promise_type &&) = delete;

    auto get_return_object() noexcept { return Generator<T>{*this}; }
    suspend_always initial_suspend() noexcept { return {}; }
    suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { m_exception = std::current_exception(); }
    void return_void() noexcept {}

    suspend_always yield_value(T &value) noexcept {
      m_value = std::addressof(value);
      return {};
    }
    suspend_always yield_value(T &&value) noexcept {
      m_value = std::addressof(value);
      return {};
    }
    auto yield_value(Generator &&generator) noexcept {
      return yield_value(generator);
    }
    auto yield_value(Generator &generator) noexcept {
      (void)generator;
      return suspend_always{};
    }

    template <typename U> void await_transform(U &&value) = delete;

    T *m_value = nullptr;
    std::exception_ptr m_exception;
  };

  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using difference_type = std::ptrdiff_t;
    using value_type = std::remove_reference_t<T>;
    using reference = std::conditional_t<std::is_reference_v<T>, T, T &>;
    using pointer = std::add_pointer_t<T>;

    iterator() noexcept = default;
    explicit iterator(promise_type *promise) noexcept : m_promise(promise) {}
    bool operator==(const iterator &other) const noexcept {
      return m_promise == other.m_promise;
    }
    iterator &operator++() {
      auto h = std::coroutine_handle<promise_type>::from_promise(*m_promise);
      h.resume();
      if (h.done())
        m_promise = nullptr;
      return *this;
    }
    reference operator*() const noexcept {
      return static_cast<reference>(*m_promise->m_value);
    }
    pointer operator->() const noexcept { return std::addressof(operator*()); }

  private:
    promise_type *m_promise = nullptr;
  };

  Generator() noexcept = default;
  Generator(const Generator &other) = delete;
  Generator(Generator &&other) noexcept
      : m_promise(std::exchange(other.m_promise, nullptr)) {}
  ~Generator() {
    if (m_promise)
      std::coroutine_handle<promise_type>::from_promise(*m_promise).destroy();
  }
  Generator &operator=(Generator other) noexcept {
    swap(other);
    return *this;
  }

  iterator begin() {
    if (m_promise) {
      auto h = std::coroutine_handle<promise_type>::from_promise(*m_promise);
      h.resume();
      if (!h.done())
        return iterator(m_promise);
    }
    return iterator(nullptr);
  }
  iterator end() noexcept { return iterator(nullptr); }
  void swap(Generator &other) noexcept { std::swap(m_promise, other.m_promise); }

private:
  explicit Generator(promise_type &promise) noexcept : m_promise(&promise) {}
  promise_type *m_promise = nullptr;
};
} // namespace folly::coro
