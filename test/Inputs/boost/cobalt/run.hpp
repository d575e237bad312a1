// coro-tidy test stand-in for <boost/cobalt/run.hpp>: boost::cobalt::run(task<T>)
// -> T creates an io_context, runs the task on it and BLOCKS the calling
// thread until it completes (rethrowing its exception): a blocking wait.
#pragma once
#include <exception>

#include <boost/cobalt/task.hpp>

namespace boost::cobalt {
template <typename T> T run(task<T> t) {
  (void)t;
  std::terminate();
}
} // namespace boost::cobalt
