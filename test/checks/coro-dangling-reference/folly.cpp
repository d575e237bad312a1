// RUN: %check_coro_tidy %s coro-dangling-reference %t -- -- %coro_std -isystem %S/Inputs
// folly::coro: both rules, every place that keeps a task beyond its
// full-expression, and the negative twins a sloppy matcher would flag.
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
#include <dangling_macros.h>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using folly::coro::Task;
struct Blob { std::string id; };
std::string makeKey(int);

Task<void> store(const std::string &key, Blob b);
Task<int> lookup(std::string &&key) { co_return (int)key.size(); }
Task<int> count(const int &n) { co_return n; }
Task<int> both(const std::string &a, const std::string &b) { co_return 0; }
Task<int> byValue(std::string key) { co_return (int)key.size(); }
Task<int> byLvalueRef(std::string &key) { co_return (int)key.size(); }
// Defined as a function that is no coroutine: it copies before the task.
Task<int> wrapper(const std::string &key) { return byValue(key); }

// ---- Rule 1: kept beyond the full-expression ------------------------------

void enqueue(folly::coro::AsyncScope &scope, folly::Executor *ex, Blob b) {
  scope.add(co_withExecutor(ex, store(std::string("k:") + b.id, std::move(b))));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :19:37: note: function 'store' takes 'key' by reference and is assumed to be a coroutine (it is only declared in this unit): its task refers to the argument and does not copy it; take 'key' by value, or co_await the task in the statement that creates it
  co_withExecutor(ex, lookup("started")).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'start' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup' takes 'key' by reference: its task refers to the argument and does not copy it; take 'key' by value, or co_await the task in the statement that creates it
  auto future = co_withExecutor(ex, lookup(makeKey(1))).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'start' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  scope.add(co_withExecutor(ex, folly::coro::collectAll(lookup("a"), byValue("b"))));
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  (void)future;
}

void locals() {
  auto t = lookup("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 't' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  Task<int> n = count(1 + 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the temporary bound to 'n' dies at the end of this statement, but the task kept in 'n' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :21:28: note: coroutine 'count' takes 'n' by reference
  auto pair = both(std::string("a"), makeKey(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the temporary bound to 'a' dies at the end of this statement, but the task kept in 'pair' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :22:35: note: coroutine 'both' takes 'a' by reference
  // CHECK-MESSAGES: :[[@LINE-3]]:38: warning: the temporary bound to 'b' dies at the end of this statement, but the task kept in 'pair' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :22:57: note: coroutine 'both' takes 'b' by reference
  const Task<int> &extended = lookup(std::string("ref"));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'extended' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  std::optional<Task<int>> maybe = lookup("opt");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'maybe' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  auto scheduled = folly::coro::co_withCancellation({}, lookup("c"));
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'scheduled' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
}

struct Cache {
  Task<int> pending;
  std::vector<Task<int>> queue;
  void refresh() {
    pending = lookup("member");
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: the temporary bound to 'key' dies at the end of this statement, but the stored task reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
    queue.push_back(lookup(makeKey(3)));
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the temporary bound to 'key' dies at the end of this statement, but the stored task reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
    queue.emplace_back(count(42));
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: the temporary bound to 'n' dies at the end of this statement, but the stored task reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :21:28: note: coroutine 'count'
  }
  Cache() : pending(lookup("init")) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the temporary bound to 'key' dies at the end of this statement, but the stored task reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
};

Task<int> makeLookup(int id) { return lookup(makeKey(id)); }
// CHECK-MESSAGES: :[[@LINE-1]]:46: warning: the temporary bound to 'key' dies at the end of this statement, but the returned task reads it later [coro-dangling-reference]
// CHECK-MESSAGES: :20:32: note: coroutine 'lookup'

// ---- Rule 1, silent: awaited or blocked on in the full-expression --------

Task<void> awaited(folly::Executor *ex) {
  co_await store("k", Blob{});
  int n = co_await lookup(makeKey(4));
  co_await folly::coro::collectAll(lookup("a"), lookup("b"));
  co_await co_withExecutor(ex, lookup("e"));
  co_await co_withExecutor(ex, lookup("f")).start();
  co_await folly::coro::co_withCancellation({}, lookup("g"));
  co_await (n > 0 ? lookup("h") : lookup("i"));
  auto result = co_await lookup("j");
  (void)result;
}

void blocked(folly::Executor *ex) {
  folly::coro::blockingWait(lookup("z"));
  folly::coro::blockingWait(co_withExecutor(ex, lookup("s")).start());
  folly::coro::blockingWait(folly::coro::collectAll(lookup("a"), count(1)));
  int n = folly::coro::blockingWait(lookup("v"));
  (void)n;
}

// ---- Rule 1, silent: nothing dangles -------------------------------------

void nothingDangles(folly::coro::AsyncScope &scope, folly::Executor *ex,
                    std::string named) {
  // Named variables are no temporaries.
  auto a = lookup(std::move(named));
  auto b = store(named, Blob{});
  // By-value and non-const lvalue-reference parameters.
  auto c = byValue("v");
  auto d = byLvalueRef(named);
  // A function that is no coroutine copies before the task exists.
  auto e = wrapper("w");
  scope.add(co_withExecutor(ex, wrapper(makeKey(5))));
  // A dropped lazy task never runs (coro-fire-and-forget reports it).
  lookup("q");
  // A dropped lazy keeper never runs either.
  (void)lookup("r").semi();
  (void)a, (void)b, (void)c, (void)d, (void)e;
}

// ---- Rule 2: a capturing lambda coroutine invoked where it is written ----

Task<void> lambdas(folly::coro::AsyncScope &scope, folly::Executor *ex) {
  int x = 1;
  std::string s = "s";
  auto kept = [x]() -> Task<int> { co_return x; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: the lambda and its captures die at the end of this statement, but the task kept in 'kept' reads them later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: captured here; pass it to the lambda as a by-value parameter instead, or keep the lambda alive until its task ends
  scope.add(co_withExecutor(ex, [&s]() -> Task<void> { co_return; }()));
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the lambda and its captures die at the end of this statement, but the task handed to 'add' reads them later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: captured here
  auto implicitly = [=]() -> Task<int> { co_return x + (int)s.size(); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the lambda and its captures die at the end of this statement, but the task kept in 'implicitly' reads them later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: captured here
  auto initCapture = [k = std::string("k")]() -> Task<int> { co_return (int)k.size(); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: the lambda and its captures die at the end of this statement, but the task kept in 'initCapture' reads them later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: captured here

  // Silent: awaited in the full-expression, no captures, not invoked, not
  // a coroutine.
  co_await [x]() -> Task<int> { co_return x; }();
  folly::coro::blockingWait([x]() -> Task<int> { co_return x; }());
  auto none = []() -> Task<int> { co_return 1; }();
  auto unused = [=]() -> Task<int> { co_return 1; }();
  auto factory = [x]() -> Task<int> { co_return x; };
  auto later = factory();
  auto plain = [x]() { return byValue("p"); }();
  (void)kept, (void)implicitly, (void)initCapture, (void)none, (void)unused,
      (void)later, (void)plain;
}

// ---- Lambdas, templates, members, macros ---------------------------------

// A non-coroutine lambda inside a coroutine: its return keeps the task.
Task<void> nonCoroutineLambda(folly::coro::AsyncScope &scope, folly::Executor *ex) {
  auto make = [] { return lookup("from-lambda"); };
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: the temporary bound to 'key' dies at the end of this statement, but the returned task reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  auto spawn = [&] { scope.add(co_withExecutor(ex, lookup("in-lambda"))); };
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  // A coroutine lambda with a reference parameter is rule 1.
  auto viaParam = [](const std::string &p) -> Task<int> { co_return (int)p.size(); }("lit");
  // CHECK-MESSAGES: :[[@LINE-1]]:86: warning: the temporary bound to 'p' dies at the end of this statement, but the task kept in 'viaParam' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :[[@LINE-2]]:41: note: coroutine 'lambda' takes 'p' by reference
  co_await make();
  spawn();
  co_await std::move(viaParam);
}

template <typename T> Task<int> measure(const T &value) { co_return sizeof(value); }

template <typename T> void keepDependent(folly::coro::AsyncScope &scope, folly::Executor *ex) {
  // Dependent: known only in the instantiation, reported once.
  scope.add(co_withExecutor(ex, measure(T{})));
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: the temporary bound to 'value' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :184:50: note: coroutine 'measure' takes 'value' by reference
  // Not dependent: known in the template itself.
  auto t = lookup("in-template");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 't' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  (void)t;
}

template <typename T> Task<void> awaitDependent() {
  co_await measure(T{});
  co_await lookup("awaited-in-template");
}

void instantiate(folly::coro::AsyncScope &scope, folly::Executor *ex) {
  keepDependent<int>(scope, ex);
  keepDependent<long>(scope, ex);
  folly::coro::blockingWait(awaitDependent<int>());
}

struct Client {
  Task<int> fetch(const std::string &path);
  Task<int> fetchCopy(std::string path);
  static Task<int> open(std::string &&name) { co_return (int)name.size(); }
  Task<void> poll(folly::coro::AsyncScope &scope, folly::Executor *ex) {
    scope.add(co_withExecutor(ex, fetch("/status")));
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: the temporary bound to 'path' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :210:38: note: function 'fetch' takes 'path' by reference and is assumed to be a coroutine
    scope.add(co_withExecutor(ex, fetchCopy("/status")));
    co_await fetch("/health");
    co_return;
  }
};

void members(Client &c) {
  auto a = c.fetch(makeKey(6));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the temporary bound to 'path' dies at the end of this statement, but the task kept in 'a' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :210:38: note: function 'fetch'
  auto b = Client::open("n");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: the temporary bound to 'name' dies at the end of this statement, but the task kept in 'b' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :212:39: note: coroutine 'open' takes 'name' by reference
  (void)a, (void)b;
}

#define KEEP(scope, ex, task) (scope).add(co_withExecutor((ex), task))
#define AWAIT(task) co_await task

Task<void> macros(folly::coro::AsyncScope &scope, folly::Executor *ex) {
  KEEP(scope, ex, lookup("in-macro"));
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
  AWAIT(lookup("awaited-in-macro"));
}

// Unevaluated operands do not run.
void unevaluated() {
  using T = decltype(lookup("x"));
  static_assert(sizeof(Task<int>(lookup("y"))) > 0);
}

// System macros: a call a system macro writes is not the user's; a
// temporary a system macro writes as the user's argument is reported at the
// macro's name.
void systemMacros(folly::coro::AsyncScope &scope, folly::Executor *ex) {
  SYSTEM_SPAWN(scope, ex);
  scope.add(co_withExecutor(ex, lookup(SYSTEM_KEY("k"))));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'add' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :20:32: note: coroutine 'lookup'
}
