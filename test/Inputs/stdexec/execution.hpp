// coro-tidy test stand-in for <stdexec/execution.hpp> (C++26 std::execution).
//  - Senders (stand-in: expose `_result_t` and `__sends_error`); algorithms
//    are customization-point objects in namespace stdexec: just, spawn,
//    spawn_future, sync_wait, as_awaitable; `unstoppable` is a sender adaptor
//    closure OBJECT (a variable; `sndr | stdexec::unstoppable` and
//    `stdexec::unstoppable(sndr)`).
//  - stdexec::task<T = void, Env = env<>>: a class, [[nodiscard]], lazy. Its
//    promise (task<T, Env>::__promise, public alias promise_type) derives
//    from __task::__promise_base<__promise, T> and
//    with_awaitable_senders<__promise>; it declares
//    yield_value(with_error<E>) and yield_value(with_stopped) and
//    return_value(with_error<E>) / return_value(with_stopped): the ERROR and
//    STOP channels (`co_yield stdexec::with_error{e}` completes the task), so
//    a task is not a generator. unhandled_stopped(): a stopped task is not
//    resumed. task has NO operator co_await: a parent promise awaits it
//    through its as_awaitable(ParentPromise&) && member (via
//    with_awaitable_senders::await_transform). It is a sender whose error
//    completion is exception_ptr.
//  - stdexec::simple_counting_scope / counting_scope (private base
//    __counting_scopes::__base_scope): [[nodiscard]] get_token() (a token
//    with wrap() and try_associate()), close(), [[nodiscard]] join() (a
//    sender that must be awaited); counting_scope also has request_stop().
//    The destructor calls std::terminate() unless the scope was joined (or
//    never used).
//  - stdexec::spawn(sndr, token[, env]) returns void and only accepts a
//    sender WITHOUT error completions (a static_assert otherwise; so a task
//    must be given an error handler first); spawn_future(sndr, token[, env])
//    returns a sender to await.
//  - stdexec::sync_wait_with_variant(sndr) returns
//    std::optional<std::variant<std::tuple<T...>...>>.
//  - stdexec::sync_wait(sndr) returns std::optional<std::tuple<T...>>
//    (empty when stopped) and rethrows errors: a different result type from
//    co_await.
#pragma once
#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <variant>
#include <type_traits>
#include <utility>

namespace stdexec {
struct sender_t {};
using sender_tag = sender_t;
template <class... Props> struct env {};

template <class S>
concept sender = requires { typename std::remove_cvref_t<S>::_result_t; };
template <class S> using __single_value_t = typename std::remove_cvref_t<S>::_result_t;
template <class S>
inline constexpr bool __sends_error = std::remove_cvref_t<S>::__sends_error;

template <class T, bool SendsError = false> struct __sender_base {
  using sender_concept = sender_t;
  using _result_t = T;
  static constexpr bool __sends_error = SendsError;
};

// ---- as_awaitable ---------------------------------------------------------
template <class Value>
concept __awaitable = requires(Value &&v) {
  static_cast<Value &&>(v).operator co_await();
} || requires(Value &v) { v.await_ready(); };

template <class Sender> struct __sender_awaitable {
  Sender __sndr_;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  __single_value_t<Sender> await_resume() { std::terminate(); }
};

struct as_awaitable_t {
  template <class Value, class Promise>
  decltype(auto) operator()(Value &&value, Promise &promise) const {
    if constexpr (requires { static_cast<Value &&>(value).as_awaitable(promise); })
      return static_cast<Value &&>(value).as_awaitable(promise);
    else if constexpr (__awaitable<Value>)
      return static_cast<Value &&>(value);
    else
      return __sender_awaitable<std::remove_cvref_t<Value>>{
          static_cast<Value &&>(value)};
  }
};
inline constexpr as_awaitable_t as_awaitable{};

// Base of coroutine promises that can co_await senders.
template <class Promise> struct with_awaitable_senders {
  template <class Value> decltype(auto) await_transform(Value &&value) {
    return stdexec::as_awaitable(static_cast<Value &&>(value),
                                 static_cast<Promise &>(*this));
  }
  void set_continuation(std::coroutine_handle<> h) noexcept { __continuation_ = h; }
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
// Upstream: `inline constexpr auto unstoppable =
//   write_env(prop{get_stop_token, never_stop_token{}});`
namespace __write_env {
template <class Sender>
struct __sender : __sender_base<__single_value_t<Sender>, __sends_error<Sender>> {
  Sender __sndr_;
};
struct __closure {
  template <sender Sender>
  __sender<std::remove_cvref_t<Sender>> operator()(Sender &&sndr) const {
    return {{}, static_cast<Sender &&>(sndr)};
  }
};
template <sender Sender> auto operator|(Sender &&sndr, __closure c) {
  return c(static_cast<Sender &&>(sndr));
}
} // namespace __write_env
inline constexpr __write_env::__closure unstoppable{};

// ---- scopes -----------------------------------------------------------
namespace __counting_scopes {
struct __join_sender : __sender_base<void> {};

struct __base_scope {
  __base_scope() noexcept = default;
  __base_scope(__base_scope &&) = delete;
  // Terminates unless the scope was joined or never used.
  ~__base_scope() {
    if (__used_ && !__joined_)
      std::terminate();
  }
  void close() noexcept { __closed_ = true; }

protected:
  bool __used_ = false;
  bool __joined_ = false;
  bool __closed_ = false;
};
} // namespace __counting_scopes

class simple_counting_scope : private __counting_scopes::__base_scope {
public:
  struct token {
    template <sender Sender> [[nodiscard]] Sender &&wrap(Sender &&snd) const noexcept {
      return static_cast<Sender &&>(snd);
    }
    [[nodiscard]] bool try_associate() const noexcept { return true; }

  private:
    friend class simple_counting_scope;
    simple_counting_scope *__scope_;
    explicit token(simple_counting_scope *scope) noexcept : __scope_(scope) {}
  };

  [[nodiscard]] token get_token() noexcept {
    __used_ = true;
    return token{this};
  }
  using __counting_scopes::__base_scope::close;
  [[nodiscard]] __counting_scopes::__join_sender join() noexcept {
    __joined_ = true;
    return {};
  }
};

class counting_scope : private __counting_scopes::__base_scope {
public:
  struct token {
    template <sender Sender> [[nodiscard]] Sender &&wrap(Sender &&snd) const {
      return static_cast<Sender &&>(snd);
    }
    [[nodiscard]] bool try_associate() const noexcept { return true; }

  private:
    friend class counting_scope;
    counting_scope *__scope_;
    explicit token(counting_scope *scope) noexcept : __scope_(scope) {}
  };

  [[nodiscard]] token get_token() noexcept {
    __used_ = true;
    return token{this};
  }
  using __counting_scopes::__base_scope::close;
  [[nodiscard]] __counting_scopes::__join_sender join() noexcept {
    __joined_ = true;
    return {};
  }
  void request_stop() noexcept {}
};

struct spawn_t {
  template <sender Sender, class Token>
    requires(!__sends_error<Sender>)
  void operator()(Sender &&sndr, Token tkn) const {
    (*this)(static_cast<Sender &&>(sndr), static_cast<Token &&>(tkn), env<>{});
  }
  template <sender Sender, class Token, class Env>
    requires(!__sends_error<Sender>)
  void operator()(Sender &&sndr, Token tkn, Env &&e) const {
    (void)sndr;
    (void)tkn;
    (void)e;
  }
  // Diagnostic overload: spawn needs a sender that cannot fail.
  template <sender Sender, class Token, class... Env>
    requires __sends_error<Sender>
  void operator()(Sender &&, Token, Env &&...) const {
    static_assert(!__sends_error<Sender>,
                  "stdexec::spawn requires a sender without set_error completions");
  }
};
inline constexpr spawn_t spawn{};

namespace __spawn_future {
template <class T, bool E> struct __future : __sender_base<T, E> {};
} // namespace __spawn_future
struct spawn_future_t {
  template <sender Sender, class Token, class Env = env<>>
  __spawn_future::__future<__single_value_t<Sender>, __sends_error<Sender>>
  operator()(Sender &&sndr, Token &&tkn, Env &&e = {}) const {
    (void)sndr;
    (void)tkn;
    (void)e;
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
// sync_wait_with_variant(sndr): std::optional<std::variant<std::tuple<T...>...>>,
// one tuple per value completion; blocks as sync_wait does.
struct sync_wait_with_variant_t {
  template <sender Sender> auto operator()(Sender &&sndr) const {
    (void)sndr;
    using T = __single_value_t<Sender>;
    if constexpr (std::is_void_v<T>)
      return std::optional<std::variant<std::tuple<>>>();
    else
      return std::optional<std::variant<std::tuple<T>>>();
  }
};
inline constexpr sync_wait_with_variant_t sync_wait_with_variant{};

// ---- stdexec::task<T, Env> -------------------------------------------
template <class Error> struct with_error {
  using type = std::decay_t<Error>;
  type error;
};
template <class Error> with_error(Error) -> with_error<Error>;

struct with_stopped {};

namespace __task {
template <class Promise, class T> struct __promise_base {
  template <class Value = T> constexpr void return_value(Value &&value) {
    __result_.emplace(static_cast<Value &&>(value));
  }
  template <class Error>
    requires(!std::is_convertible_v<with_error<Error>, T>)
  constexpr void return_value(with_error<Error> error) {
    static_cast<Promise &>(*this).__set_error(std::move(error).error);
  }
  constexpr void return_value(with_stopped) noexcept
    requires(!std::is_convertible_v<with_stopped, T>)
  {
    static_cast<Promise &>(*this).__set_stopped();
  }
  [[nodiscard]] constexpr T &__result() noexcept { return *__result_; }
  std::optional<T> __result_{};
};
template <class Promise> struct __promise_base<Promise, void> {
  constexpr void return_void() {}
  constexpr void __result() {}
};
} // namespace __task

template <class T = void, class Env = env<>> class [[nodiscard]] task {
  struct __promise;

  template <class ParentPromise> struct __awaiter {
    std::coroutine_handle<__promise> __coro_;
    explicit __awaiter(task &&t, ParentPromise &) noexcept
        : __coro_(std::exchange(t.__coro_, {})) {}
    __awaiter(__awaiter &&o) noexcept : __coro_(std::exchange(o.__coro_, {})) {}
    ~__awaiter() {
      if (__coro_)
        __coro_.destroy();
    }
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> c) noexcept {
      __coro_.promise().set_continuation(c);
      return __coro_;
    }
    T await_resume() {
      if (__coro_.promise().__exception_)
        std::rethrow_exception(__coro_.promise().__exception_);
      return __coro_.promise().__result();
    }
  };

  struct __completed_awaiter {
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<__promise> h) noexcept {
      auto c = h.promise().__continuation_;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

public:
  using sender_concept = sender_tag;
  using promise_type = __promise;
  using _result_t = T;
  static constexpr bool __sends_error = true; // set_error_t(std::exception_ptr)

  constexpr task(task &&that) noexcept : __coro_(std::exchange(that.__coro_, {})) {}
  constexpr ~task() {
    if (__coro_)
      __coro_.destroy();
  }

  template <class ParentPromise>
  [[nodiscard]] constexpr auto as_awaitable(ParentPromise &parent) && noexcept {
    return __awaiter<ParentPromise>(static_cast<task &&>(*this), parent);
  }

private:
  constexpr explicit task(std::coroutine_handle<promise_type> coro) noexcept
      : __coro_(coro) {}
  std::coroutine_handle<promise_type> __coro_;
};

template <class T, class Env>
struct task<T, Env>::__promise : __task::__promise_base<__promise, T>,
                                 with_awaitable_senders<__promise> {
  __promise() noexcept = default;

  [[nodiscard]] auto get_return_object() noexcept -> task {
    return task(std::coroutine_handle<__promise>::from_promise(*this));
  }
  static constexpr std::suspend_always initial_suspend() noexcept { return {}; }
  auto final_suspend() noexcept { return __completed_awaiter{}; }
  void unhandled_exception() noexcept { __exception_ = std::current_exception(); }
  [[nodiscard]] auto unhandled_stopped() const noexcept -> std::coroutine_handle<> {
    return this->__continuation_;
  }

  template <class Error> constexpr void __set_error(Error &&) noexcept {}
  constexpr void __set_stopped() noexcept { __stopped_ = true; }

  // The error and stop channels: `co_yield with_error{e}` / `co_yield with_stopped{}`.
  template <class Error> constexpr auto yield_value(with_error<Error> error) noexcept {
    __set_error(std::move(error).error);
    return __completed_awaiter{};
  }
  constexpr auto yield_value(with_stopped) noexcept {
    __set_stopped();
    return __completed_awaiter{};
  }

  std::exception_ptr __exception_;
  bool __stopped_ = false;
};
} // namespace stdexec
