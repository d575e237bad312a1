// coro-tidy test stand-in for <stdexec/execution.hpp> (C++26 std::execution).
//  - Senders (stand-in: expose `_result_t`); algorithms are customization-point
//    objects: stdexec::just, stdexec::spawn, stdexec::spawn_future,
//    stdexec::unstoppable (also pipeable: `sndr | stdexec::unstoppable`),
//    stdexec::sync_wait.
//  - stdexec::task<T, Env>: lazy coroutine type; a stopped task is not resumed.
//  - stdexec::simple_counting_scope / counting_scope: get_token(), join();
//    the destructor terminates unless joined.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace stdexec {
struct sender_t {};
template <class... Props> struct env {};

template <class S>
concept sender = requires { typename std::remove_cvref_t<S>::_result_t; };
template <class S> using __single_value_t = typename std::remove_cvref_t<S>::_result_t;

template <class T> struct __sender_base {
  using sender_concept = sender_t;
  using _result_t = T;
};

template <class Sender> struct __sender_awaitable {
  Sender __sndr_;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  __single_value_t<Sender> await_resume() { std::terminate(); }
};

template <class Value>
concept __awaitable = requires(Value &&v) {
  static_cast<Value &&>(v).operator co_await();
} || requires(Value &v) { v.await_ready(); };

// Base of coroutine promises that can co_await senders.
template <class Promise> struct with_awaitable_senders {
  template <class Value> decltype(auto) await_transform(Value &&value) {
    if constexpr (__awaitable<Value>)
      return static_cast<Value &&>(value);
    else
      return __sender_awaitable<std::remove_cvref_t<Value>>{
          static_cast<Value &&>(value)};
  }
  std::coroutine_handle<> __continuation_;
  // Called instead of resuming the coroutine when the awaited sender stops.
  std::coroutine_handle<> unhandled_stopped() noexcept { return __continuation_; }
};

// ---- just -------------------------------------------------------------
namespace __just {
template <class... Values>
using __result_of = std::conditional_t<
    sizeof...(Values) == 0, void,
    std::conditional_t<sizeof...(Values) == 1,
                       std::tuple_element_t<0, std::tuple<Values..., void>>,
                       std::tuple<Values...>>>;
template <class... Values> struct __sender : __sender_base<__result_of<Values...>> {
  std::tuple<Values...> __values_;
};
} // namespace __just
struct just_t {
  template <class... Values>
  __just::__sender<std::decay_t<Values>...> operator()(Values &&...values) const {
    return {{}, std::tuple<std::decay_t<Values>...>(static_cast<Values &&>(values)...)};
  }
};
inline constexpr just_t just{};

// ---- unstoppable (the shield) -----------------------------------------
namespace __unstoppable {
template <class Sender> struct __sender : __sender_base<__single_value_t<Sender>> {
  Sender __sndr_;
};
} // namespace __unstoppable
struct unstoppable_t {
  template <sender Sender>
  __unstoppable::__sender<std::remove_cvref_t<Sender>> operator()(Sender &&sndr) const {
    return {{}, static_cast<Sender &&>(sndr)};
  }
};
inline constexpr unstoppable_t unstoppable{};
template <sender Sender>
auto operator|(Sender &&sndr, unstoppable_t adaptor) {
  return adaptor(static_cast<Sender &&>(sndr));
}

// ---- scopes -----------------------------------------------------------
struct __join_sender : __sender_base<void> {};

class simple_counting_scope {
public:
  struct token {
    simple_counting_scope *__scope_;
    template <sender Sender> Sender &&wrap(Sender &&sndr) const noexcept {
      return static_cast<Sender &&>(sndr);
    }
    bool try_associate() const noexcept { return true; }
    void disassociate() const noexcept {}
  };
  simple_counting_scope() noexcept = default;
  simple_counting_scope(simple_counting_scope &&) = delete;
  ~simple_counting_scope() {} // std::terminate() unless joined

  token get_token() noexcept { return token{this}; }
  void close() noexcept {}
  [[nodiscard]] __join_sender join() noexcept { return {}; }
};

class counting_scope {
public:
  struct token {
    counting_scope *__scope_;
    template <sender Sender> Sender &&wrap(Sender &&sndr) const noexcept {
      return static_cast<Sender &&>(sndr);
    }
    bool try_associate() const noexcept { return true; }
    void disassociate() const noexcept {}
  };
  counting_scope() noexcept = default;
  counting_scope(counting_scope &&) = delete;
  ~counting_scope() {} // std::terminate() unless joined

  token get_token() noexcept { return token{this}; }
  void close() noexcept {}
  void request_stop() noexcept {}
  [[nodiscard]] __join_sender join() noexcept { return {}; }
};

struct spawn_t {
  template <sender Sender, class Token, class Env = env<>>
  void operator()(Sender &&sndr, Token token, Env env = {}) const {
    (void)sndr;
    (void)token;
    (void)env;
  }
};
inline constexpr spawn_t spawn{};

namespace __spawn_future {
template <class T> struct __future : __sender_base<T> {};
} // namespace __spawn_future
struct spawn_future_t {
  template <sender Sender, class Token, class Env = env<>>
  __spawn_future::__future<__single_value_t<Sender>>
  operator()(Sender &&sndr, Token token, Env env = {}) const {
    (void)sndr;
    (void)token;
    (void)env;
    return {};
  }
};
inline constexpr spawn_future_t spawn_future{};

// ---- sync_wait ----------------------------------------------------------
struct sync_wait_t {
  template <sender Sender> auto operator()(Sender &&sndr) const {
    (void)sndr;
    using T = __single_value_t<Sender>;
    if constexpr (std::is_void_v<T>)
      return std::optional<std::tuple<>>();
    else
      return std::optional<std::tuple<T>>();
  }
};
inline constexpr sync_wait_t sync_wait{};

// ---- stdexec::task<T, Env> -------------------------------------------
template <class T = void, class Env = env<>> class task;

namespace __task {
template <class T> struct __result_base {
  template <class U = T> void return_value(U &&v) { __value_.emplace(static_cast<U &&>(v)); }
  T __result() { return std::move(*__value_); }
  std::optional<T> __value_;
};
template <> struct __result_base<void> {
  void return_void() noexcept {}
  void __result() {}
};
struct __final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <class Promise>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<Promise> h) noexcept {
    auto c = h.promise().__continuation_;
    return c ? c : std::noop_coroutine();
  }
  void await_resume() noexcept {}
};
} // namespace __task

template <class T, class Env> class [[nodiscard]] task : public __sender_base<T> {
public:
  struct promise_type : __task::__result_base<T>, with_awaitable_senders<promise_type> {
    task get_return_object() noexcept {
      return task(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    __task::__final_awaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { __exception_ = std::current_exception(); }
    std::exception_ptr __exception_;
  };

  task(task &&other) noexcept : __coro_(std::exchange(other.__coro_, {})) {}
  task(const task &) = delete;
  ~task() {
    if (__coro_)
      __coro_.destroy();
  }

  struct __awaiter {
    std::coroutine_handle<promise_type> __coro_;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      __coro_.promise().__continuation_ = c;
      return __coro_;
    }
    T await_resume() { return __coro_.promise().__result(); }
  };
  __awaiter operator co_await() && noexcept { return __awaiter{std::exchange(__coro_, {})}; }

private:
  explicit task(std::coroutine_handle<promise_type> coro) noexcept : __coro_(coro) {}
  std::coroutine_handle<promise_type> __coro_;
};
} // namespace stdexec
