// coro-tidy test stand-in for <unifex/v2/async_scope.hpp>:
// unifex::v2::async_scope (nest(sender), join() sender, request_stop()).
#pragma once
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex::v2 {
class async_scope {
public:
  async_scope() noexcept = default;
  async_scope(const async_scope &) = delete;

  struct _join_sender : _result_sender_base<void> {};
  [[nodiscard]] _join_sender join() noexcept { return {}; }

  template <typename Sender> [[nodiscard]] Sender nest(Sender &&sender) {
    return static_cast<Sender &&>(sender);
  }
  void request_stop() noexcept {}
  bool join_started() const noexcept { return false; }
  std::size_t use_count() const noexcept { return 0; }
};
} // namespace unifex::v2
