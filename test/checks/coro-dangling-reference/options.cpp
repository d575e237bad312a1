// RUN: %check_coro_tidy %s coro-dangling-reference %t -- \
// RUN:   -config="{CheckOptions: {coro.LazyTaskTypes: 'corp::Deferred', coro.DetachFunctions: 'corp::Executor::post', coro.BlockingWaitFunctions: 'corp::wait'}}" -- %coro_std
// The global options: a task type the structure cannot see, a function
// that detaches what it is given (it keeps the task), and a blocking wait
// (the temporaries live until it returns).
#include <boost/cobalt/promise.hpp>
#include <string>

namespace corp {
template <typename T> struct Deferred {};
struct Executor {
  void post(Deferred<void> &&job);
};
template <typename T> T wait(Deferred<T> &&job);
} // namespace corp

corp::Deferred<void> upload(const std::string &path);
corp::Deferred<int> size(const std::string &path);
std::string name();
boost::cobalt::promise<int> cb_eager(const std::string &text);

void user(corp::Executor &ex) {
  ex.post(upload(name()));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: the temporary bound to 'path' dies at the end of this statement, but the task handed to 'post' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :17:48: note: function 'upload' takes 'path' by reference and is assumed to be a coroutine
  auto pending = size("kept");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the temporary bound to 'path' dies at the end of this statement, but the task kept in 'pending' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :18:45: note: function 'size'
  int n = corp::wait(size(name()));
  // A table detach API keeps the task too: Cobalt's promise::detach().
  cb_eager(name()).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the temporary bound to 'text' dies at the end of this statement, but the task handed to 'detach' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:57: note: function 'cb_eager'
  (void)pending, (void)n;
}
