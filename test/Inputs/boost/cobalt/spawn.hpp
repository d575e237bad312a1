// coro-tidy test stand-in for <boost/cobalt/spawn.hpp>:
// boost::cobalt::spawn(context, task, completion_token) runs a task on an
// executor and reports to the token; with boost::asio::detached (see
// <boost/cobalt/detail/detached_token.hpp>) errors are lost.
#pragma once
#include <utility>

#include <boost/cobalt/task.hpp>

namespace boost::cobalt {
template <typename Context, typename T, typename CompletionToken>
void spawn(Context &context, task<T> &&t, CompletionToken &&token) {
  (void)context;
  (void)t;
  (void)token;
}
} // namespace boost::cobalt
