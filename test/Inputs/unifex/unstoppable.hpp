// coro-tidy test stand-in for <unifex/unstoppable.hpp>: unifex::unstoppable
// (sender) runs the sender with an unstoppable stop token (the shield).
// A customization-point object (unifex::_unstoppable::unstoppable).
#pragma once
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _unstoppable {
template <typename Sender> struct _sender {
  struct type : _result_sender_base<sender_single_value_t<Sender>> {
    Sender sender_;
  };
};

inline constexpr struct _fn {
  template <typename Sender>
    requires unifex::sender<Sender>
  typename _sender<std::remove_cvref_t<Sender>>::type
  operator()(Sender &&sender) const {
    return {{}, static_cast<Sender &&>(sender)};
  }
} unstoppable{};
} // namespace _unstoppable

using _unstoppable::unstoppable;
} // namespace unifex
