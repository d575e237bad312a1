// coro-tidy test stand-in for <async_simple/coro/LazyLocalBase.h>:
// async_simple::coro::LazyLocalBase carries per-Lazy local data and the
// cancellation Slot (LazyLocalBase(Signal*, SignalType = All)).
#pragma once
#include <memory>

#include <async_simple/Signal.h>

namespace async_simple::coro {
class LazyLocalBase {
public:
  LazyLocalBase(char *typeinfo, Signal *signal = nullptr, SignalType type = SignalType::All)
      : _typeinfo(typeinfo), _slot(signal ? std::make_unique<Slot>(signal, type) : nullptr) {}
  LazyLocalBase(Signal *signal, SignalType type = SignalType::All)
      : LazyLocalBase(nullptr, signal, type) {}
  LazyLocalBase(LazyLocalBase &&) = default;
  virtual ~LazyLocalBase() {}
  Slot *getSlot() const noexcept { return _slot.get(); }
  const char *getTypeTag() const noexcept { return _typeinfo; }

protected:
  char *_typeinfo;
  std::unique_ptr<Slot> _slot;
};
} // namespace async_simple::coro
