// A framework's own implementation, included with -I instead of -isystem, is
// not user code; the same code in the user's namespace is.
// RUN: %check_coro_tidy %s coro-fire-and-forget %t -- -header-filter=.* -- %coro_std -I %S/Inputs
#include "boost/cobalt/impl.hpp"
// CHECK-MESSAGES: impl.hpp:13:24: warning: task returned by 'step' is discarded before it runs; await it, start it or hand it to an owner [coro-fire-and-forget]

void user() {
  boost::cobalt::detail::helper();
  user_code::helper();
}
