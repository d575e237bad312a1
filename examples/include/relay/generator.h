// relay::Generator<T>: the project's own synchronous generator. coro-tidy has
// no table entry for it; it recognises it from its promise type.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace relay {

template <typename T> class Generator {
public:
  struct promise_type {
    std::optional<T> current;
    Generator get_return_object() {
      return Generator{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T value) {
      current = std::move(value);
      return {};
    }
    void return_void() {}
    void unhandled_exception() { throw; }
  };

  struct sentinel {};
  class iterator {
  public:
    explicit iterator(std::coroutine_handle<promise_type> h) : handle_(h) {}
    const T &operator*() const { return *handle_.promise().current; }
    iterator &operator++() {
      handle_.resume();
      return *this;
    }
    bool operator==(sentinel) const { return handle_.done(); }

  private:
    std::coroutine_handle<promise_type> handle_;
  };

  Generator(Generator &&other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  ~Generator() {
    if (handle_)
      handle_.destroy();
  }
  iterator begin() {
    handle_.resume();
    return iterator{handle_};
  }
  sentinel end() { return {}; }

private:
  explicit Generator(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

} // namespace relay
