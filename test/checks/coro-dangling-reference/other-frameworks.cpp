// RUN: %check_coro_tidy %s coro-dangling-reference %t -- -- %coro_std
// cppcoro, libunifex, stdexec, Boost.Cobalt, libcoro, in-house types and
// winrt: each framework's keepers and waits, with their negative twins.
#include <boost/cobalt/detached.hpp>
#include <boost/cobalt/detail/detached_token.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <coro/coro.hpp>
#include <cppcoro/async_scope.hpp>
#include <cppcoro/generator.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <exec/async_scope.hpp>
#include <exec/start_detached.hpp>
#include <exec/task.hpp>
#include <generator>
#include <inhouse/inhouse.h>
#include <stdexec/execution.hpp>
#include <string>
#include <unifex/async_scope.hpp>
#include <unifex/inline_scheduler.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <winrt/base.h>

std::string name();

// ---- cppcoro --------------------------------------------------------------
cppcoro::task<int> cc_parse(const std::string &text) { co_return (int)text.size(); }
cppcoro::generator<char> cc_chars(const std::string &text) {
  for (char c : text)
    co_yield c;
}
cppcoro::task<void> cppcoro_user(cppcoro::async_scope &scope) {
  scope.spawn(cc_parse(name()));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: the temporary bound to 'text' dies at the end of this statement, but the task handed to 'spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :32:48: note: coroutine 'cc_parse' takes 'text' by reference
  auto kept = cc_parse("kept");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: the temporary bound to 'text' dies at the end of this statement, but the task kept in 'kept' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :32:48: note: coroutine 'cc_parse'
  // Silent: awaited, through a combinator, blocked on; a generator.
  co_await cc_parse(name());
  co_await cppcoro::when_all(cc_parse("a"), cc_parse(name()));
  auto chars = cc_chars(name());
  co_await std::move(kept);
  (void)chars;
}
int cppcoro_main() { return cppcoro::sync_wait(cc_parse(name())); }

// ---- libunifex ------------------------------------------------------------
unifex::task<void> ux_store(const std::string &key) { co_return; }
void unifex_user(unifex::async_scope &scope, unifex::inline_scheduler sched) {
  scope.detached_spawn_on(sched, ux_store(name()));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'detached_spawn_on' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :54:48: note: coroutine 'ux_store' takes 'key' by reference
  auto future = scope.spawn_on(sched, ux_store("f"));
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'spawn_on' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :54:48: note: coroutine 'ux_store'
  unifex::sync_wait(ux_store(name()));
  (void)future;
}

// ---- stdexec --------------------------------------------------------------
exec::task<void> ex_store(const std::string &key) { co_return; }
void stdexec_user(exec::async_scope &scope) {
  exec::start_detached(ex_store(name()));
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'start_detached' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :67:46: note: coroutine 'ex_store' takes 'key' by reference
  scope.spawn(ex_store("spawned"));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :67:46: note: coroutine 'ex_store'
  stdexec::sync_wait(ex_store(name()));
}

// ---- Boost.Cobalt ---------------------------------------------------------
boost::cobalt::task<int> cb_parse(const std::string &text) { co_return (int)text.size(); }
boost::cobalt::promise<int> cb_eager(const std::string &text) { co_return (int)text.size(); }
boost::cobalt::detached cb_fire(const std::string &text) { co_return; }
struct CobaltContext {
  boost::cobalt::executor get_executor();
};
boost::cobalt::task<void> cobalt_user(CobaltContext &ctx) {
  boost::cobalt::spawn(ctx, cb_parse(name()), boost::asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the temporary bound to 'text' dies at the end of this statement, but the task handed to 'spawn' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :79:54: note: coroutine 'cb_parse' takes 'text' by reference
  auto p = cb_eager("eager");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: the temporary bound to 'text' dies at the end of this statement, but the task kept in 'p' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :80:57: note: coroutine 'cb_eager' takes 'text' by reference
  cb_fire(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the temporary bound to 'text' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :81:52: note: coroutine 'cb_fire' takes 'text' by reference
  // Silent: awaited; a dropped promise is cancelled at once (coro-fire-and-forget).
  co_await cb_parse(name());
  co_await cb_eager(name());
  (void)cb_eager(name());
  co_await std::move(p);
}
int cobalt_main() { return boost::cobalt::run(cb_parse(name())); }

// ---- libcoro --------------------------------------------------------------
coro::task<void> lc_store(const std::string &key) { co_return; }
coro::task<void> libcoro_user(coro::thread_pool &pool,
                              coro::task_group<coro::thread_pool> &group) {
  pool.spawn_detached(lc_store(name()));
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'spawn_detached' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :104:46: note: coroutine 'lc_store' takes 'key' by reference
  if (!group.start(lc_store("grouped")))
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'start' reads it later [coro-dangling-reference]
    // CHECK-MESSAGES: :104:46: note: coroutine 'lc_store'
    co_return;
  co_await coro::when_all(lc_store("a"), lc_store(name()));
  co_await lc_store(name());
}
void libcoro_main() { coro::sync_wait(lc_store(name())); }

// ---- In-house types, found by structure -----------------------------------
acme::Job<int> job(const std::string &text) { co_return (int)text.size(); }
acme::EagerJob<int> eagerJob(const std::string &text) { co_return (int)text.size(); }
acme::FireAndForget fire(const std::string &text) { co_return; }
acme::Stream<char> stream(const std::string &text) {
  for (char c : text)
    co_yield c;
}
std::generator<char> stdStream(const std::string &text) {
  for (char c : text)
    co_yield c;
}
void inhouse_user() {
  auto j = job("j");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: the temporary bound to 'text' dies at the end of this statement, but the task kept in 'j' reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :120:39: note: coroutine 'job' takes 'text' by reference
  eagerJob(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the temporary bound to 'text' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :121:49: note: coroutine 'eagerJob' takes 'text' by reference
  fire(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: the temporary bound to 'text' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :122:45: note: coroutine 'fire' takes 'text' by reference
  // Silent: generators are iterated by their owner, not run by a task.
  auto s = stream(name());
  auto g = stdStream(name());
  for (char c : stream(name()))
    (void)c;
  job("dropped"); // a dropped lazy task never runs
  (void)j, (void)s, (void)g;
}

// ---- winrt::fire_and_forget: its promise comes from coroutine_traits ------
winrt::fire_and_forget notify(const std::string &message) { co_return; }
void winrt_user() {
  notify(name());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: the temporary bound to 'message' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
  // CHECK-MESSAGES: :151:50: note: coroutine 'notify' takes 'message' by reference
  std::string named = name();
  notify(named);
}
