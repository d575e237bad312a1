// coro-tidy test stand-in for <unifex/tag_invoke.hpp>: unifex::tag_invoke is
// a customization-point object (the variable
// unifex::_tag_invoke::_cpo::tag_invoke, brought into unifex by a
// using-directive) that finds `tag_invoke(cpo, args...)` by ADL;
// unifex::tag_t<CPO> is the type of a CPO variable.
#pragma once
#include <type_traits>
#include <utility>

namespace unifex {
namespace _tag_invoke {
void tag_invoke();
struct _fn {
  template <typename CPO, typename... Args>
  constexpr auto operator()(CPO cpo, Args &&...args) const
      -> decltype(tag_invoke(static_cast<CPO &&>(cpo),
                             static_cast<Args &&>(args)...)) {
    return tag_invoke(static_cast<CPO &&>(cpo), static_cast<Args &&>(args)...);
  }
};
namespace _cpo {
inline constexpr _fn tag_invoke{};
} // namespace _cpo
} // namespace _tag_invoke
using namespace _tag_invoke::_cpo;

template <auto &CPO> using tag_t = std::remove_cvref_t<decltype(CPO)>;

template <typename CPO, typename... Args>
concept tag_invocable = requires(CPO cpo, Args &&...args) {
  unifex::tag_invoke(cpo, static_cast<Args &&>(args)...);
};
} // namespace unifex
