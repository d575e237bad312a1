// coro-tidy test stand-in for <unifex/on.hpp>: unifex::on(scheduler, sender)
// (the CPO variable unifex::_on::on, `inline const struct _fn {...} on{}`,
// brought into unifex by a using-declaration) runs the sender on the
// scheduler; the result no longer needs a scheduler from its receiver.
#pragma once
#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _on {
template <typename Sender>
struct _sender : _result_sender_base<sender_single_value_t<Sender>> {
  Sender sender_;
};

inline const struct _fn {
  template <typename Scheduler, typename Sender>
    requires unifex::sender<Sender>
  auto operator()(Scheduler &&scheduler, Sender &&sender) const {
    (void)scheduler;
    return _sender<std::remove_cvref_t<Sender>>{{}, static_cast<Sender &&>(sender)};
  }
} on{};
} // namespace _on

using _on::on;
} // namespace unifex
