// coro-tidy test stand-in for <async_simple/coro/Generator.h>:
// async_simple::coro::Generator<Ref, V = void, Allocator = void> is a
// SYNCHRONOUS generator (std::generator's design; a class, not
// [[nodiscard]]), lazy: promise_type with yield_value(yielded) (and a copy
// for lvalues), `void await_transform() = delete`; [[nodiscard]] begin(),
// [[nodiscard]] end() (std::default_sentinel_t).
#pragma once
#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace async_simple::coro {
template <class Ref, class V = void, class Allocator = void> class Generator {
  using value = std::conditional_t<std::is_void_v<V>, std::remove_cvref_t<Ref>, V>;
  using reference = std::conditional_t<std::is_void_v<V>, Ref &&, Ref>;

public:
  using yielded = std::conditional_t<std::is_reference_v<reference>, reference, const reference &>;

  class promise_type {
  public:
    Generator get_return_object() noexcept {
      return Generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(yielded val) noexcept {
      _value = std::addressof(val);
      return {};
    }
    void await_transform() = delete;
    void return_void() noexcept {}
    void unhandled_exception() { _exception = std::current_exception(); }

    std::add_pointer_t<yielded> _value = nullptr;
    std::exception_ptr _exception;
  };

  class iterator {
  public:
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    explicit iterator(std::coroutine_handle<promise_type> c) noexcept : _coro(c) {}
    reference operator*() const { return static_cast<reference>(*_coro.promise()._value); }
    iterator &operator++() {
      _coro.resume();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator &i, std::default_sentinel_t) { return i._coro.done(); }

  private:
    std::coroutine_handle<promise_type> _coro;
  };

  Generator(Generator &&other) noexcept : _coro(std::exchange(other._coro, nullptr)) {}
  ~Generator() {
    if (_coro)
      _coro.destroy();
  }
  Generator(const Generator &) = delete;
  [[nodiscard]] iterator begin() {
    _coro.resume();
    return iterator(_coro);
  }
  [[nodiscard]] std::default_sentinel_t end() const noexcept { return {}; }

private:
  explicit Generator(std::coroutine_handle<promise_type> coro) noexcept : _coro(coro) {}
  std::coroutine_handle<promise_type> _coro = nullptr;
};
} // namespace async_simple::coro
