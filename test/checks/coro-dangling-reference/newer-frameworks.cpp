// The task-keeping APIs of async_simple (via(ex).detach(), start), concurrencpp
// (lazy_result::run, an eager result), Drogon (async_run, co_future), Seastar
// and C++/WinRT (eager tasks), and Boost.Capy's runners.
// RUN: %check_coro_tidy %s coro-dangling-reference %t -- -- %coro_std
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <async_simple/executors/SimpleExecutor.h>
#include <concurrencpp/concurrencpp.h>
#include <drogon/utils/coroutine.h>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <winrt/Windows.Foundation.h>
#include <boost/capy.hpp>
#include <string>
async_simple::coro::Lazy<void> asStore(const std::string &key);
void as(async_simple::Executor *ex) {
  asStore(std::string("k")).via(ex).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'detach' reads it later [coro-dangling-reference]
  asStore("k").start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'start' reads it later [coro-dangling-reference]
  // Negative twins: blocked on; a named argument.
  async_simple::coro::syncAwait(asStore("k"));
  std::string key = "k";
  asStore(key).via(ex).detach();
}
concurrencpp::lazy_result<void> ccStore(const std::string &key);
concurrencpp::result<void> ccStoreEager(const std::string &key);
void cc() {
  auto r = ccStore("k").run();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'run' reads it later [coro-dangling-reference]
  auto e = ccStoreEager("k");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'e' reads it later [coro-dangling-reference]
}
concurrencpp::result<void> ccOk() { co_await ccStore("k"); }
drogon::Task<void> drStore(const std::string &key);
void dr() {
  drogon::async_run([] { return drStore("k"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: the temporary bound to 'key' dies at the end of this statement, but the returned task reads it later [coro-dangling-reference]
  auto f = drogon::co_future(drStore("k"));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'co_future' reads it later [coro-dangling-reference]
  // Negative twin: blocked on.
  drogon::sync_wait(drStore("k"));
}
seastar::future<> ssStore(const std::string &key);
void ss() {
  (void)ssStore("k");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the temporary bound to 'key' dies at the end of this statement, but the running task reads it later [coro-dangling-reference]
  auto f = ssStore("k");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'f' reads it later [coro-dangling-reference]
}
winrt::Windows::Foundation::IAsyncAction wrStore(const std::string &key);
void wr() { auto op = wrStore("k"); }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the temporary bound to 'key' dies at the end of this statement, but the task kept in 'op' reads it later [coro-dangling-reference]
boost::capy::task<void> cpStore(const std::string &key);
void cp(boost::capy::thread_pool &pool) {
  boost::capy::run_async(pool.get_executor())(cpStore("k"));
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'run_async(...)' reads it later [coro-dangling-reference]
}
boost::capy::task<void> cpUser(boost::capy::thread_pool &pool) {
  // Negative twin: awaited within the statement.
  co_await boost::capy::run(pool.get_executor())(cpStore("k"));
  auto r = boost::capy::run(pool.get_executor())(cpStore("k"));
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: the temporary bound to 'key' dies at the end of this statement, but the task handed to 'run(...)' reads it later [coro-dangling-reference]
  co_await std::move(r);
}
