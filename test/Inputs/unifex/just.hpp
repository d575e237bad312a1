// coro-tidy test stand-in for <unifex/just.hpp>: unifex::just(values...) is a
// customization-point object (unifex::_just_cpo::just).
#pragma once
#include <tuple>

#include <unifex/sender_concepts.hpp>

namespace unifex {
namespace _just {
template <typename... Values> struct _sender {
  class type;
};
template <typename... Values> using _result_of =
    std::conditional_t<sizeof...(Values) == 0, void,
                       std::conditional_t<sizeof...(Values) == 1,
                                          std::tuple_element_t<0, std::tuple<Values..., void>>,
                                          std::tuple<Values...>>>;
template <typename... Values>
class _sender<Values...>::type : public _result_sender_base<_result_of<Values...>> {
public:
  explicit type(Values... values) : values_(std::move(values)...) {}

private:
  std::tuple<Values...> values_;
};
} // namespace _just

namespace _just_cpo {
inline const struct just_fn {
  template <typename... Values>
  typename _just::_sender<std::decay_t<Values>...>::type
  operator()(Values &&...values) const {
    return typename _just::_sender<std::decay_t<Values>...>::type(
        static_cast<Values &&>(values)...);
  }
} just{};
} // namespace _just_cpo
using _just_cpo::just;
} // namespace unifex
