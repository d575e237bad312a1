// coro-tidy test stand-in for <seastar/core/gate.hh>: the scope for
// background work.
//  - seastar::gate: try_enter(), enter() (throws gate_closed_exception once
//    closed), leave(), hold() -> gate::holder (RAII enter/leave),
//    try_hold() -> std::optional<holder>, get_count(), is_closed(), and
//    close() noexcept -> future<> that must be awaited: it closes the gate and
//    completes when every holder left (the join).
//  - The destructor is virtual and SEASTAR_ASSERTs (aborts in all build
//    modes) "gate destroyed with outstanding requests" if entries remain.
//    Moves likewise assert.
//  - with_gate(g, func) enters the gate, runs func (a future-returning
//    callable) and leaves when its future resolves; it returns that future
//    (throws gate_closed_exception if closed). try_with_gate(g, func) returns
//    an exceptional future instead of throwing. A discarded with_gate future
//    is the usual background-work idiom: `(void)with_gate(g, [] {...});`.
//  - seastar::gate_closed_exception : std::exception; named_gate : gate.
#pragma once
#include <cassert>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
class gate_closed_exception : public std::exception {
public:
  virtual const char *what() const noexcept override { return "gate closed"; }
};

class gate {
  std::size_t _count = 0;
  bool _closed = false;

public:
  gate() noexcept {}
  gate(const gate &) = delete;
  gate(gate &&x) noexcept : _count(std::exchange(x._count, 0)), _closed(x._closed) {}
  gate &operator=(gate &&x) noexcept {
    if (_count) // SEASTAR_ASSERT(!_count && "gate reassigned with outstanding requests")
      std::abort();
    _count = std::exchange(x._count, 0);
    return *this;
  }
  virtual ~gate() {
    if (_count) // SEASTAR_ASSERT(!_count && "gate destroyed with outstanding requests")
      std::abort();
  }

  bool try_enter() noexcept {
    if (_closed)
      return false;
    ++_count;
    return true;
  }
  void enter() {
    if (!try_enter())
      throw gate_closed_exception();
  }
  void leave() noexcept { --_count; }
  void check() const {
    if (_closed)
      throw gate_closed_exception();
  }
  // Closes the gate; the future completes when all requests left.
  future<> close() noexcept {
    _closed = true;
    return future<>();
  }
  std::size_t get_count() const noexcept { return _count; }
  bool is_closed() const noexcept { return _closed; }

  class holder {
    gate *_g;

  public:
    holder() noexcept : _g(nullptr) {}
    explicit holder(gate &g) : _g(&g) { _g->enter(); }
    holder(const holder &x) : _g(x._g) {
      if (_g)
        _g->enter();
    }
    holder(holder &&x) noexcept : _g(std::exchange(x._g, nullptr)) {}
    ~holder() { release(); }
    void release() noexcept {
      if (auto g = std::exchange(_g, nullptr))
        g->leave();
    }
  };

  holder hold() { return holder(*this); }
  std::optional<holder> try_hold() noexcept {
    return is_closed() ? std::nullopt : std::make_optional<holder>(*this);
  }
};

class named_gate : public gate {};

template <typename Func> inline auto with_gate(gate &g, Func &&func) {
  auto h = g.hold();
  (void)h;
  return futurize_t<std::invoke_result_t<Func>>(std::forward<Func>(func)());
}

namespace internal {
template <typename F> struct future_result;
template <typename T> struct future_result<future<T>> { using type = T; };
} // namespace internal

template <typename Func> inline auto try_with_gate(gate &g, Func &&func) noexcept {
  using futurator = futurize_t<std::invoke_result_t<Func>>;
  if (g.is_closed())
    return make_exception_future<typename internal::future_result<futurator>::type>(
        gate_closed_exception());
  return futurator(std::forward<Func>(func)());
}
} // namespace seastar
