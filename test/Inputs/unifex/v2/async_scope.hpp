// coro-tidy test stand-in for <unifex/v2/async_scope.hpp>.
// unifex::v2::async_scope (= unifex::v2::_async_scope::async_scope, a final
// struct, immovable, with `using _async_scope::async_scope;` in unifex::v2):
//  - [[nodiscard]] nest(sender) gives a sender that runs inside the scope;
//  - [[nodiscard]] join() gives a sender that must be awaited (it ends the
//    scope and completes when every nested operation has);
//  - joined(), join_started(), use_count(). No request_stop() (v1 has it).
//  - The destructor asserts join_started() && use_count() == 0
//    (UNIFEX_ASSERT: debug builds only).
#pragma once
#include <cassert>
#include <cstddef>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
inline namespace v1 {
namespace _async_scope {
struct async_scope;
}
} // namespace v1
} // namespace unifex

namespace unifex::v2 {
namespace _async_scope {
template <typename Sender> struct _nest_sender final {
  struct type;
};
template <typename Sender>
struct _nest_sender<Sender>::type
    : _result_sender_base<sender_single_value_t<Sender>> {
  Sender sender_;
};
template <typename Sender>
using nest_sender = typename _nest_sender<Sender>::type;

struct _join_sender : _result_sender_base<void> {};

struct async_scope final {
  async_scope() noexcept = default;
  async_scope(async_scope &&) = delete;

  ~async_scope() {
    assert(join_started()); // UNIFEX_ASSERT
    assert(use_count() == 0);
  }

  [[nodiscard]] auto join() noexcept {
    ended_ = true;
    return _join_sender{};
  }

  bool joined() const noexcept { return ended_ && count_ == 0; }

  template <typename Sender>
    requires unifex::sender<Sender>
  [[nodiscard]] auto nest(Sender &&sender) noexcept {
    return nest_sender<std::remove_cvref_t<Sender>>{
        {}, static_cast<Sender &&>(sender)};
  }

  bool join_started() const noexcept { return ended_; }
  std::size_t use_count() const noexcept { return count_; }

private:
  friend struct unifex::v1::_async_scope::async_scope;
  void end_scope() noexcept { ended_ = true; }
  bool ended_ = false;
  std::size_t count_ = 0;
};
} // namespace _async_scope

using _async_scope::async_scope;
} // namespace unifex::v2
