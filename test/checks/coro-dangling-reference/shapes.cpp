// RUN: %check_coro_tidy %s coro-dangling-reference %t -- -- %coro_std
// Shapes of callees and arguments: generic lambdas, variadic and forwarding
// templates, default arguments, conditionals, function pointers, class
// templates, and what a task is given to that the check does not know.
#include <folly/coro/Task.h>
#include <string>
#include <utility>

using folly::coro::Task;
Task<int> lookup(std::string &&key) { co_return (int)key.size(); }
std::string name();
void consume(Task<int>);

template <typename... A> Task<int> many(const A &...args) { co_return sizeof...(args); }
template <typename T> Task<int> forward(T &&value) { co_return sizeof(value); }
Task<int> withDefault(const std::string &s = "default") { co_return (int)s.size(); }

template <typename T> struct Repo {
  Task<int> find(const T &key) { co_return sizeof(key); }
  Task<int> all();
};

void shapes(bool b, Repo<std::string> &repo) {
  auto v = many(std::string("a"), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the temporary bound to 'args' dies at the end of this statement, but the task kept in 'v' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:53: note: coroutine 'many' takes 'args' by reference
  // CHECK-MESSAGES: :[[@LINE-3]]:35: warning: the temporary bound to 'args' dies at the end of this statement, but the task kept in 'v' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :14:53: note: coroutine 'many'
  auto f = forward(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the temporary bound to 'value' dies at the end of this statement, but the task kept in 'f' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :15:45: note: coroutine 'forward' takes 'value' by reference
  auto c = b ? lookup("yes") : lookup(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'c' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :10:32: note: coroutine 'lookup'
  // CHECK-MESSAGES: :[[@LINE-3]]:39: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'c' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :10:32: note: coroutine 'lookup'
  auto r = repo.find(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'r' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :19:27: note: coroutine 'find' takes 'key' by reference
  int x = 1;
  auto g = [x](auto y) -> Task<int> { co_return x + y; }(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the lambda and its captures die at the end of this statement, but the task kept in 'g' reads them later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: captured here

  // Silent: a forwarding reference bound to a named lvalue, a default
  // argument (no written argument), an indirect call, a task given to a
  // function of yours, a comma's discarded left side.
  std::string named = name();
  auto n = forward(named);
  auto d = withDefault();
  auto *fp = &lookup;
  auto p = fp(name());
  consume(lookup(name()));
  (void)(lookup("comma"), 0);
  (void)v, (void)f, (void)c, (void)r, (void)g, (void)n, (void)d, (void)p;
}

// A member coroutine of the object itself: `this` is no reference parameter.
struct Session {
  std::string id;
  Task<int> run() { co_return (int)id.size(); }
  Task<int> spawnSelf() {
    auto t = Session{name()}.run();
    co_return co_await std::move(t);
  }
};

// A coroutine that only yields tasks, and one that co_returns one.
Task<Task<int>> nested() { co_return lookup(name()); }
