// coro-tidy test stand-in for <seastar/core/abort_source.hh>: cancellation.
//  - seastar::abort_requested_exception : std::exception (the default
//    exception of an abort; sleep_abortable throws sleep_aborted, derived
//    from it).
//  - seastar::abort_source: subscribe(f) (an optimized_optional<subscription>
//    that is false if already aborted), request_abort(),
//    request_abort_ex(ex), abort_requested(), check() (throws the abort
//    exception), abort_requested_exception_ptr(), get_default_exception().
//    Code tests for cancellation with
//    `catch (const seastar::abort_requested_exception &)` or
//    `as.abort_requested()`.
#pragma once
#include <exception>
#include <functional>
#include <optional>
#include <utility>

namespace seastar {
class abort_requested_exception : public std::exception {
public:
  virtual const char *what() const noexcept override { return "abort requested"; }
};

class abort_source {
  std::optional<std::exception_ptr> _ex;

public:
  class subscription {
  public:
    subscription() = default;
    explicit operator bool() const noexcept { return true; }
  };

  template <typename Func> std::optional<subscription> subscribe(Func &&f) {
    (void)f;
    if (abort_requested())
      return std::nullopt;
    return subscription{};
  }
  void request_abort() noexcept { _ex = get_default_exception(); }
  void request_abort_ex(std::exception_ptr ex) noexcept { _ex = std::move(ex); }
  template <typename Exception> void request_abort_ex(Exception &&e) noexcept {
    request_abort_ex(std::make_exception_ptr(std::forward<Exception>(e)));
  }
  bool abort_requested() const noexcept { return bool(_ex); }
  void check() const {
    if (abort_requested())
      std::rethrow_exception(*_ex);
  }
  const std::exception_ptr &abort_requested_exception_ptr() const noexcept { return *_ex; }
  virtual std::exception_ptr get_default_exception() const noexcept {
    return std::make_exception_ptr(abort_requested_exception());
  }
  virtual ~abort_source() = default;
};
} // namespace seastar
