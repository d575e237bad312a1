// coro-tidy test stand-in for the tag_invoke part of
// <folly/functional/Invoke.h>: folly::tag_invoke is a customization-point
// object that finds `tag_invoke(tag, args...)` by argument-dependent lookup.
#pragma once
#include <utility>

#include <folly/lang/CustomizationPoint.h>

namespace folly {
// folly::tag_t / folly::tag (upstream in <folly/Traits.h>).
template <typename... T> struct tag_t {};
template <typename... T> inline constexpr tag_t<T...> tag{};

namespace detail_tag_invoke_fn {
void tag_invoke();
struct tag_invoke_fn {
  template <typename Tag, typename... Args>
  constexpr auto operator()(Tag tag, Args &&...args) const
      -> decltype(tag_invoke(static_cast<Tag &&>(tag),
                             static_cast<Args &&>(args)...)) {
    return tag_invoke(static_cast<Tag &&>(tag), static_cast<Args &&>(args)...);
  }
};
} // namespace detail_tag_invoke_fn
FOLLY_DEFINE_CPO(detail_tag_invoke_fn::tag_invoke_fn, tag_invoke)

template <typename Tag, typename... Args>
using tag_invoke_result_t = decltype(folly::tag_invoke(
    std::declval<Tag>(), std::declval<Args>()...));

template <typename Tag, typename... Args>
inline constexpr bool is_tag_invocable_v =
    requires(Tag tag, Args &&...args) {
      folly::tag_invoke(tag, static_cast<Args &&>(args)...);
    };
} // namespace folly
