// coro-tidy test stand-in for <seastar/core/future.hh>.
//  - seastar::future<T = void>: a class, [[nodiscard]] (plus clang's
//    coro_await_elidable when available), move-only, private base
//    internal::future_base. Destroying a FAILED future that nobody consumed
//    only logs a warning ("Exceptional future ignored: ..." via
//    internal::report_failed_future): the error is lost.
//  - `(void)f;` / `(void)fn();` is the documented way to run work in the
//    background on purpose (better: hold a gate, see gate.hh).
//    ignore_ready_future() drops a ready result; discard_result() gives a
//    future<> that still carries the exception.
//  - get() BLOCKS: it is only valid in a seastar::thread (seastar::async), or
//    on an available future; wait() likewise. Inside a coroutine use
//    `co_await std::move(f)` (only rvalues can be awaited, see coroutine.hh).
//  - then(func), handle_exception(func), finally(func), or_terminate(),
//    available(), failed(), get_exception().
//  - seastar::promise<T>, make_ready_future<T>(v...), make_exception_future<T>(e).
#pragma once
#include <exception>
#include <optional>
#include <source_location>
#include <type_traits>
#include <utility>

namespace seastar {
template <class T = void> class future;
template <class T = void> class promise;

namespace internal {
struct monostate {};
template <typename T> using future_stored_type_t = std::conditional_t<std::is_void_v<T>, monostate, T>;
void report_failed_future(const std::exception_ptr &ex) noexcept;
class future_base {};
} // namespace internal

template <typename T>
class [[nodiscard]]
#if __has_cpp_attribute(clang::coro_await_elidable)
[[clang::coro_await_elidable]]
#endif
future : private internal::future_base {
  std::optional<internal::future_stored_type_t<T>> _value;
  std::exception_ptr _ex;

public:
  using value_type = internal::future_stored_type_t<T>;
  using promise_type = seastar::promise<T>;

  future() noexcept = default;
  future(future &&x) noexcept : _value(std::move(x._value)), _ex(std::exchange(x._ex, nullptr)) {}
  future(const future &) = delete;
  future &operator=(future &&x) noexcept {
    _value = std::move(x._value);
    _ex = std::exchange(x._ex, nullptr);
    return *this;
  }
  void operator=(const future &) = delete;
  // A failed, unconsumed future is only reported in the log.
  ~future() {
    if (_ex)
      internal::report_failed_future(_ex);
  }

  // Blocks (only in a seastar::thread) until available.
  value_type &&get() {
    wait();
    if (_ex)
      std::rethrow_exception(std::exchange(_ex, nullptr));
    return std::move(*_value);
  }
  std::exception_ptr get_exception() noexcept { return std::exchange(_ex, nullptr); }
  void wait() noexcept {}
  bool available() const noexcept { return _value.has_value() || _ex; }
  bool failed() const noexcept { return _ex != nullptr; }

  template <typename Func> auto then(Func &&func, std::source_location sl = std::source_location::current()) noexcept;
  template <typename Func>
  future<T> finally(Func &&func, std::source_location sl = std::source_location::current()) noexcept {
    (void)func;
    (void)sl;
    return std::move(*this);
  }
  template <typename Func>
  future<T> handle_exception(Func &&func, std::source_location sl = std::source_location::current()) noexcept {
    (void)func;
    (void)sl;
    return std::move(*this);
  }
  future<> or_terminate(std::source_location sl = std::source_location::current()) noexcept;
  future<> discard_result(std::source_location sl = std::source_location::current()) noexcept;
  void ignore_ready_future() noexcept { _ex = nullptr; }

  void set_exception(std::exception_ptr e) noexcept { _ex = std::move(e); }
  void set_value(value_type v) { _value.emplace(std::move(v)); }
};

template <typename T> class promise {
public:
  promise() noexcept = default;
  promise(promise &&) noexcept = default;
  future<T> get_future() noexcept { return future<T>(); }
  template <typename... A> void set_value(A &&...a) noexcept { (void)sizeof...(a); }
  void set_exception(std::exception_ptr &&ex) noexcept { (void)ex; }
  void set_exception(const std::exception_ptr &ex) noexcept { (void)ex; }
};

template <typename T = void, typename... A> future<T> make_ready_future(A &&...value) noexcept {
  (void)sizeof...(value);
  return future<T>();
}
template <typename T = void> future<T> make_exception_future(std::exception_ptr &&value) noexcept {
  future<T> f;
  f.set_exception(std::move(value));
  return f;
}
template <typename T = void, typename Exception>
  requires(!std::is_same_v<std::decay_t<Exception>, std::exception_ptr>)
future<T> make_exception_future(Exception &&ex) noexcept {
  return make_exception_future<T>(std::make_exception_ptr(std::forward<Exception>(ex)));
}

template <typename T> struct futurize {
  using type = future<T>;
};
template <typename T> struct futurize<future<T>> {
  using type = future<T>;
};
template <typename T> using futurize_t = typename futurize<T>::type;

template <typename T>
template <typename Func>
auto future<T>::then(Func &&func, std::source_location sl) noexcept {
  (void)func;
  (void)sl;
  if constexpr (std::is_void_v<T>)
    return futurize_t<std::invoke_result_t<Func>>();
  else
    return futurize_t<std::invoke_result_t<Func, T>>();
}
template <typename T> future<> future<T>::or_terminate(std::source_location sl) noexcept {
  (void)sl;
  return future<>();
}
template <typename T> future<> future<T>::discard_result(std::source_location sl) noexcept {
  (void)sl;
  future<> f;
  if (_ex)
    f.set_exception(std::exchange(_ex, nullptr));
  return f;
}

inline void internal::report_failed_future(const std::exception_ptr &ex) noexcept {
  (void)ex; // seastar_logger.warn("Exceptional future ignored: {}, backtrace: {}", ...)
}
} // namespace seastar
