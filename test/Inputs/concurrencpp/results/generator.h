// coro-tidy test stand-in for <concurrencpp/results/generator.h>:
// concurrencpp::generator<type> is a SYNCHRONOUS generator (a class, not
// [[nodiscard]]); promise_type = details::generator_state<type>
// (initial_suspend / final_suspend suspend_always, yield_value(value_type&),
// yield_value(value_type&&)); begin() and a static end().
#pragma once
#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

namespace concurrencpp {
template <class type> class generator;

namespace details {
struct generator_end_iterator {};

template <class type> class generator_state {
public:
  using value_type = std::remove_reference_t<type>;
  generator<type> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
  std::suspend_always final_suspend() const noexcept { return {}; }
  std::suspend_always yield_value(value_type &ref) noexcept {
    m_value = std::addressof(ref);
    return {};
  }
  std::suspend_always yield_value(value_type &&ref) noexcept {
    m_value = std::addressof(ref);
    return {};
  }
  void unhandled_exception() noexcept { m_exception = std::current_exception(); }
  void return_void() noexcept {}
  value_type *m_value = nullptr;
  std::exception_ptr m_exception;
};

template <class type> class generator_iterator {
public:
  explicit generator_iterator(std::coroutine_handle<generator_state<type>> h) noexcept : m_h(h) {}
  type &operator*() const noexcept { return *m_h.promise().m_value; }
  generator_iterator &operator++() {
    m_h.resume();
    return *this;
  }
  friend bool operator==(const generator_iterator &it, generator_end_iterator) noexcept {
    return it.m_h.done();
  }

private:
  std::coroutine_handle<generator_state<type>> m_h;
};
} // namespace details

template <class type> class generator {
public:
  using promise_type = details::generator_state<type>;
  using iterator = details::generator_iterator<type>;

  generator(std::coroutine_handle<promise_type> handle) noexcept : m_coro_handle(handle) {}
  generator(generator &&rhs) noexcept : m_coro_handle(std::exchange(rhs.m_coro_handle, {})) {}
  ~generator() noexcept {
    if (m_coro_handle)
      m_coro_handle.destroy();
  }
  iterator begin() {
    m_coro_handle.resume();
    return iterator{m_coro_handle};
  }
  static details::generator_end_iterator end() noexcept { return {}; }

private:
  std::coroutine_handle<promise_type> m_coro_handle;
};

template <class type>
generator<type> details::generator_state<type>::get_return_object() noexcept {
  return generator<type>(std::coroutine_handle<generator_state>::from_promise(*this));
}
} // namespace concurrencpp
