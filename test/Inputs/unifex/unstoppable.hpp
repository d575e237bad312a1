// coro-tidy test stand-in for <unifex/unstoppable.hpp>: unifex::unstoppable
// (sender) runs the sender with an unstoppable stop token (the shield).
// A customization-point object: the variable
// unifex::_unstoppable_cpo::unstoppable (`inline const struct _fn {...}`),
// brought into unifex by a using-declaration; the result is
// unifex::_unstoppable::_sender<S>::type.
#pragma once
#include <type_traits>
#include <utility>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _unstoppable {
template <typename Sender> struct _sender final {
  struct type;
};
template <typename Sender>
using sender = typename _sender<std::remove_cvref_t<Sender>>::type;

template <typename Sender>
struct _sender<Sender>::type final
    : _result_sender_base<sender_single_value_t<Sender>> {
  Sender sender_;
};
} // namespace _unstoppable

namespace _unstoppable_cpo {
inline const struct _fn {
  template <typename Sender>
    requires unifex::sender<Sender>
  constexpr auto operator()(Sender &&sender) const {
    return _unstoppable::sender<Sender>{{}, static_cast<Sender &&>(sender)};
  }
} unstoppable{};
} // namespace _unstoppable_cpo

using _unstoppable_cpo::unstoppable;
} // namespace unifex
