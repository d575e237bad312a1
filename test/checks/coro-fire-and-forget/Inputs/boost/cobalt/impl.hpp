// A stand-in for a framework header included with -I (not a system header).
#pragma once
#include <folly/coro/Task.h>

folly::coro::Task<void> step();

namespace boost::cobalt::detail {
inline void helper() { step(); }
} // namespace boost::cobalt::detail

// The same code outside the framework's namespaces is reported.
namespace user_code {
inline void helper() { step(); }
} // namespace user_code
