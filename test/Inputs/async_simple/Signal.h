// coro-tidy test stand-in for <async_simple/Signal.h>: cancellation.
//  - enum async_simple::SignalType : uint64_t { None = 0, Terminate = 1,
//    All = UINT64_MAX } (unscoped: async_simple::Terminate works).
//  - async_simple::Signal (create() gives a shared_ptr; emits(type) sends a
//    signal, e.g. signal->emits(SignalType::Terminate)); async_simple::Slot
//    (bound to a Signal with a filter; canceled(), emplace(type, handler),
//    clear(type)).
//  - A Lazy is bound to a signal with `.setLazyLocal(signal.get())`; a
//    terminated await (Yield, sleep, Mutex, collectAny's losers...) throws
//    async_simple::SignalException, a std::runtime_error whose value() is the
//    SignalType (SignalType::Terminate); `signalHelper{Terminate}
//    .checkHasCanceled(slot, msg)` is how awaiters throw it. Code tests for
//    cancellation with `catch (const async_simple::SignalException &e)` and
//    `e.value() == async_simple::Terminate`.
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

namespace async_simple {
enum SignalType : uint64_t {
  None = 0,
  Terminate = 1, // signal type: terminate
  All = UINT64_MAX,
};

class Slot;

class Signal : public std::enable_shared_from_this<Signal> {
  friend class Slot;
  struct PrivateConstructTag {};

public:
  Signal(PrivateConstructTag) {}
  SignalType emits(SignalType state) noexcept {
    _state = static_cast<SignalType>(_state | state);
    return state;
  }
  SignalType state() const noexcept { return _state; }
  template <typename T = Signal> static std::shared_ptr<T> create() {
    return std::make_shared<T>(PrivateConstructTag{});
  }
  virtual ~Signal() = default;

private:
  SignalType _state = None;
};

class Slot {
public:
  Slot(Signal *signal, SignalType filter = SignalType::All)
      : _signal(signal->shared_from_this()), _filter(filter) {}
  Slot(const Slot &) = delete;
  template <typename... Args> [[nodiscard]] bool emplace(SignalType type, Args &&...args) {
    (void)type;
    (void)sizeof...(args);
    return !canceled();
  }
  bool clear(SignalType type) {
    (void)type;
    return true;
  }
  bool hasTriggered(SignalType type) const noexcept { return (_signal->state() & type) != 0; }
  bool canceled() const noexcept { return hasTriggered(SignalType::Terminate); }
  Signal *signal() const noexcept { return _signal.get(); }

private:
  std::shared_ptr<Signal> _signal;
  SignalType _filter;
};

class SignalException : public std::runtime_error {
private:
  SignalType _signal;

public:
  explicit SignalException(SignalType signal, std::string msg = "")
      : std::runtime_error(std::move(msg)), _signal(signal) {}
  SignalType value() const { return _signal; }
};

// Helpers used by awaiters' await_ready/await_suspend/await_resume.
struct signalHelper {
  signalHelper(SignalType sign) : _sign(sign) {}
  void checkHasCanceled(Slot *slot, std::string error_msg = "") {
    if (slot && !slot->clear(_sign) && slot->canceled())
      throw SignalException{_sign, std::move(error_msg)};
  }
  bool hasCanceled(const Slot *slot) noexcept { return slot && slot->hasTriggered(_sign); }
  SignalType _sign;
};
} // namespace async_simple
