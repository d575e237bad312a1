//===- FrameworkTables.cpp - What coro-tidy knows of each framework ------===//
//
// The single place where framework APIs are named. Each entry is a fact read
// from the library's own headers (see docs/frameworks.md for the matrix).
// Template arguments in type names are documentation only: matching ignores
// them, so "unifex::_task::_task<T, false>::type" matches any _task<...>::type.
//
//===----------------------------------------------------------------------===//

#include "lib/Frameworks.h"
#include "llvm/Support/ErrorHandling.h"

namespace coro_tidy {

llvm::StringRef roleName(Role R) {
  switch (R) {
  case Role::None: return "none";
  case Role::LazyTask: return "lazy task";
  case Role::LazyOperation: return "lazy operation";
  case Role::EagerTask: return "eager task";
  case Role::DetachedCoroutine: return "detached coroutine";
  case Role::Generator: return "generator";
  case Role::AsyncGenerator: return "async generator";
  }
  llvm_unreachable("unknown role");
}

llvm::StringRef frameworkName(Framework F) {
  switch (F) {
  case Framework::Unknown: return "unknown";
  case Framework::Folly: return "folly";
  case Framework::BoostAsio: return "boost-asio";
  case Framework::Asio: return "asio";
  case Framework::Cppcoro: return "cppcoro";
  case Framework::Unifex: return "unifex";
  case Framework::Stdexec: return "stdexec";
  case Framework::Cobalt: return "cobalt";
  case Framework::QCoro: return "qcoro";
  case Framework::Libcoro: return "libcoro";
  case Framework::Std: return "std";
  case Framework::AsyncSimple: return "async_simple";
  case Framework::Concurrencpp: return "concurrencpp";
  case Framework::Drogon: return "drogon";
  case Framework::Seastar: return "seastar";
  case Framework::WinRT: return "winrt";
  case Framework::Capy: return "capy";
  }
  llvm_unreachable("unknown framework");
}

// Boost.Asio and standalone asio share every name below their root namespace.
static FrameworkTable asioTable(Framework Id, const std::string &NS) {
  FrameworkTable T;
  T.Id = Id;
  T.Namespaces = {NS + "::"};
  T.Types = {
      {NS + "::awaitable<T, Executor>", Role::LazyTask, "awaitable"},
      {NS + "::experimental::coro<Yield, Return, Executor>",
       Role::AsyncGenerator, "experimental::coro", /*CancelsOnDestroy=*/false,
       /*RequiresCleanupArg=*/-1, /*CleanupMember=*/"", /*Pinned=*/false,
       /*YieldTypeArg=*/0, /*AwaitedOnlyBySameType=*/true},
      {NS + "::experimental::generator<T>", Role::AsyncGenerator,
       "experimental::generator"},
  };
  // From asio 1.31 / Boost 1.86 a co_spawn without a token is deferred.
  T.LazyOperationCalls = {{NS + "::co_spawn", /*RequiresNoToken=*/true}};
  T.Detach = {
      {NS + "::co_spawn", DetachKind::DetachedToken, NS + "::detached_t"},
      {NS + "::co_spawn", DetachKind::DiscardedFuture, NS + "::use_future_t"},
  };
  T.TokenBinders = {NS + "::cancellation_slot_binder", NS + "::executor_binder",
                    NS + "::allocator_binder",
                    NS + "::immediate_executor_binder"};
  T.ShieldFunctions = {NS + "::this_coro::reset_cancellation_state",
                       NS + "::this_coro::throw_if_cancelled"};
  // A cancelled operation, and every await after a cancellation (the
  // awaitable's throw_if_cancelled), throws system_error with the code
  // error::operation_aborted (detail::throw_error). Boost's
  // boost::system::system_error derives from std::runtime_error; standalone
  // asio's system_error is a typedef of std::system_error, which does too.
  T.CancellationExceptions = {NS == "asio" ? "asio::system_error"
                                           : "boost::system::system_error"};
  if (NS == "asio")
    T.CancellationExceptions.push_back("std::system_error");
  T.CancellationExceptionBases = {"std::runtime_error", "std::exception"};
  T.CancellationTests = {NS + "::error::operation_aborted",
                         NS + "::this_coro::cancellation_state",
                         NS + "::cancellation_state",
                         NS + "::cancellation_type"};
  T.RethrowIfCancelledStatement =
      "if (%0.code() == " + NS + "::error::operation_aborted) throw;";
  // io_context::run and its siblings run the event loop on the calling
  // thread until the work runs out (run_for: for a duration).
  for (const char *Run : {"run", "run_one", "run_for", "run_until"})
    T.BlockingWaits.push_back(
        {NS + "::io_context::" + Run, BlockingKind::EventLoop,
         "co_spawn the work onto this coroutine's executor and co_await it",
         /*SameResultAsAwait=*/false,
         /*DurationArg=*/llvm::StringRef(Run) == "run_for" ? 0 : -1});
  T.TaskKeepers = {NS + "::co_spawn"};
  T.AwaitableCombinators = {NS + "::experimental::make_parallel_group"};
  T.Cancellation = CancellationModel::ThrowsOnNextAwait;
  T.Shield = ShieldStyle::ResetStateStatement;
  T.ShieldFixText =
      "co_await " + NS + "::this_coro::reset_cancellation_state();";
  T.ShieldsWhenFalse = {NS + "::this_coro::throw_if_cancelled"};
  T.DisablingFilters = {NS + "::disable_cancellation"};
  T.CancellationFreeAwaits = {NS + "::this_coro::"};
  T.StructuredAlternative =
      "pass a completion handler that reports the exception, or co_await it "
      "with 'use_awaitable' or 'experimental::make_parallel_group'";
  return T;
}

/// \p T with its role pinned (the structure of the real header reads
/// otherwise), and whether an escaping exception ends the process.
static TypeEntry pinned(TypeEntry T, bool EscapeEndsProcess = false) {
  T.Pinned = true;
  T.EscapeEndsProcess = EscapeEndsProcess;
  return T;
}

static std::vector<FrameworkTable> buildTables() {
  std::vector<FrameworkTable> Tables;

  FrameworkTable Folly;
  Folly.Id = Framework::Folly;
  Folly.Namespaces = {"folly::"};
  Folly.Types = {
      {"folly::coro::Task<T>", Role::LazyTask, "folly::coro::Task"},
      {"folly::coro::TaskWithExecutor<T>", Role::LazyTask,
       "folly::coro::TaskWithExecutor"},
      {"folly::coro::AsyncGenerator<Ref, Val, RequiresCleanup>",
       Role::AsyncGenerator, "folly::coro::AsyncGenerator",
       /*CancelsOnDestroy=*/false, /*RequiresCleanupArg=*/2,
       /*CleanupMember=*/"cleanup"},
  };
  Folly.LazyOperationCalls = {{"folly::coro::Task::semi"}};
  Folly.Detach = {
      {"folly::coro::TaskWithExecutor::start", DetachKind::DiscardedFuture, ""},
      {"folly::coro::TaskWithExecutor::startInlineUnsafe",
       DetachKind::DiscardedFuture, ""},
  };
  Folly.ShieldFunctions = {"folly::coro::co_withCancellation"};
  Folly.AsyncCleanupFunctions = {"folly::coro::co_scope_exit"};
  // struct OperationCancelled final : public std::exception.
  Folly.CancellationExceptions = {"folly::OperationCancelled"};
  Folly.CancellationExceptionBases = {"std::exception"};
  Folly.CancellationTests = {"folly::CancellationToken::isCancellationRequested",
                             "folly::CancellationSource::isCancellationRequested",
                             "folly::coro::co_current_cancellation_token"};
  Folly.RethrowCancellationHandler =
      "catch (const folly::OperationCancelled &) { throw; }";
  Folly.CancellationHeader = "<folly/OperationCancelled.h>";
  // blockingWait is a reference to the function object blocking_wait;
  // SemiFuture::get() && and wait() block (Future: the same members).
  Folly.BlockingWaits = {
      {"folly::coro::blockingWait", BlockingKind::SyncWait, "co_await the task",
       /*SameResultAsAwait=*/true},
      {"folly::coro::blocking_wait", BlockingKind::SyncWait,
       "co_await the task", /*SameResultAsAwait=*/true},
      {"folly::SemiFuture::get", BlockingKind::FutureWait,
       "co_await std::move(future)"},
      {"folly::SemiFuture::wait", BlockingKind::FutureWait,
       "co_await std::move(future)"},
      {"folly::Future::get", BlockingKind::FutureWait,
       "co_await std::move(future)"},
      {"folly::Future::wait", BlockingKind::FutureWait,
       "co_await std::move(future)"},
  };
  Folly.FutureReadinessTests = {
      "folly::SemiFuture::isReady", "folly::SemiFuture::hasValue",
      "folly::SemiFuture::hasException", "folly::Future::isReady",
      "folly::Future::hasValue", "folly::Future::hasException"};
  Folly.AsyncSleep = "folly::coro::sleep";
  Folly.AsyncSleepHeader = "<folly/coro/Sleep.h>";
  // ~AsyncScope: CHECK(!anyTasksStarted_ || joined_), also in release
  // builds; CancellableAsyncScope holds an AsyncScope (and has no cleanup()).
  Folly.Scopes = {
      {"folly::coro::AsyncScope", {"add", "addWithSourceLoc"},
       {"joinAsync", "cleanup"},
       "aborts the process (a CHECK that the scope was joined)"},
      {"folly::coro::CancellableAsyncScope",
       {"add", "addWithSourceLoc", "co_schedule"},
       {"joinAsync", "cancelAndJoinAsync"},
       "aborts the process (a CHECK that the scope was joined)"},
  };
  Folly.TaskKeepers = {"folly::coro::AsyncScope::add",
                       "folly::coro::CancellableAsyncScope::add",
                       "folly::coro::TaskWithExecutor::start",
                       "folly::coro::TaskWithExecutor::startInlineUnsafe",
                       "folly::coro::Task::start",
                       "folly::coro::Task::semi"};
  Folly.AwaitableCombinators = {"folly::coro::collectAll",
                                "folly::coro::collectAllRange",
                                "folly::coro::collectAllTry",
                                "folly::coro::collectAny"};
  Folly.Cancellation = CancellationModel::ThrowsOnNextAwait;
  Folly.Shield = ShieldStyle::WrapWithEmptyToken;
  Folly.ShieldFixText =
      "folly::coro::co_withCancellation(folly::CancellationToken{}, ";
  Folly.ShieldHeader = "<folly/coro/WithCancellation.h>";
  Folly.EmptyTokenText = "folly::CancellationToken{}";
  Folly.CancellationFreeAwaits = {"folly::coro::co_current_executor",
                                  "folly::coro::co_current_cancellation_token"};
  Folly.CurrentTokenAwaits = {"folly::coro::co_current_cancellation_token"};
  Folly.StructuredAlternative =
      "own it with a 'folly::coro::AsyncScope' (scope.add(...), then co_await "
      "scope.joinAsync()), or co_await the returned SemiFuture";
  Folly.AsyncCleanupAdvice = "'co_await folly::coro::co_scope_exit(...)'";
  Tables.push_back(std::move(Folly));

  Tables.push_back(asioTable(Framework::BoostAsio, "boost::asio"));
  Tables.push_back(asioTable(Framework::Asio, "asio"));

  FrameworkTable Cppcoro;
  Cppcoro.Id = Framework::Cppcoro;
  Cppcoro.Namespaces = {"cppcoro::"};
  Cppcoro.Types = {
      {"cppcoro::task<T>", Role::LazyTask, "cppcoro::task"},
      {"cppcoro::shared_task<T>", Role::LazyTask, "cppcoro::shared_task"},
      {"cppcoro::generator<T>", Role::Generator, "cppcoro::generator"},
      {"cppcoro::recursive_generator<T>", Role::Generator,
       "cppcoro::recursive_generator"},
      {"cppcoro::async_generator<T>", Role::AsyncGenerator,
       "cppcoro::async_generator"},
  };
  Cppcoro.ShieldFunctions = {"cppcoro::cancellation_token::cancellation_token"};
  // class operation_cancelled : public std::exception.
  Cppcoro.CancellationExceptions = {"cppcoro::operation_cancelled"};
  Cppcoro.CancellationExceptionBases = {"std::exception"};
  Cppcoro.CancellationTests = {"cppcoro::cancellation_token::is_cancellation_requested",
                               "cppcoro::cancellation_token::throw_if_cancellation_requested",
                               "cppcoro::cancellation_source::is_cancellation_requested"};
  Cppcoro.RethrowCancellationHandler =
      "catch (const cppcoro::operation_cancelled &) { throw; }";
  Cppcoro.CancellationHeader = "<cppcoro/operation_cancelled.hpp>";
  Cppcoro.BlockingWaits = {{"cppcoro::sync_wait", BlockingKind::SyncWait,
                            "co_await the task", /*SameResultAsAwait=*/true}};
  // ~async_scope: assert(m_continuation); spawned work decrements the
  // scope's count when it ends.
  Cppcoro.Scopes = {{"cppcoro::async_scope", {"spawn"}, {"join"},
                     "only asserts that it was joined, in debug builds, and "
                     "work still running then uses the destroyed scope"}};
  Cppcoro.TaskKeepers = {"cppcoro::async_scope::spawn"};
  Cppcoro.AwaitableCombinators = {"cppcoro::when_all", "cppcoro::when_all_ready"};
  Cppcoro.Cancellation = CancellationModel::ExplicitToken;
  Cppcoro.Shield = ShieldStyle::DefaultTokenArgument;
  Cppcoro.ShieldFixText = "cppcoro::cancellation_token{}";
  Cppcoro.CancellationTokenType = "cppcoro::cancellation_token";
  Cppcoro.StructuredAlternative =
      "spawn it into a 'cppcoro::async_scope' and co_await scope.join()";
  Tables.push_back(std::move(Cppcoro));

  FrameworkTable Unifex;
  Unifex.Id = Framework::Unifex;
  Unifex.Namespaces = {"unifex::"};
  Unifex.Types = {
      // unifex::task<T> and unifex::nothrow_task<T> are aliases of these.
      {"unifex::_task::_task<T, false>::type", Role::LazyTask, "unifex::task"},
  };
  // unifex's algorithms are customization-point objects: these are the
  // objects' real names (unifex::unstoppable etc. are using-declarations).
  Unifex.ShieldFunctions = {"unifex::_unstoppable_cpo::unstoppable"};
  Unifex.AsyncCleanupFunctions = {"unifex::_at_coroutine_exit::at_coroutine_exit"};
  // The CPO variable; it gives std::optional<T> (empty when stopped), not T.
  Unifex.BlockingWaits = {{"unifex::sync_wait",
                           BlockingKind::SyncWait, "co_await the sender"}};
  // v1 (inline namespace) has no destructor of its own: its v2 member's
  // asserts UNIFEX_ASSERT(join_started()) and use_count() == 0 (assert).
  Unifex.Scopes = {
      {"unifex::_async_scope::async_scope",
       {"spawn", "spawn_on", "spawn_call_on", "detached_spawn",
        "detached_spawn_on", "detached_spawn_call_on"},
       {"complete", "cleanup"},
       "only asserts that it was joined, in debug builds, and work still "
       "running then uses the destroyed scope"},
      {"unifex::v2::_async_scope::async_scope", {}, {"join"},
       "only asserts that it was joined, in debug builds, and work still "
       "running then uses the destroyed scope"},
  };
  Unifex.ScopeSpawnFunctions = {"unifex::spawn_detached",
                                "unifex::spawn_future"};
  Unifex.TaskKeepers = {"unifex::spawn_detached",
                        "unifex::spawn_future",
                        "unifex::_async_scope::async_scope::spawn",
                        "unifex::_async_scope::async_scope::detached_spawn",
                        "unifex::_async_scope::async_scope::spawn_on",
                        "unifex::_async_scope::async_scope::detached_spawn_on"};
  Unifex.AwaitableCombinators = {"unifex::_when_all::when_all"};
  Unifex.Cancellation = CancellationModel::NotResumed;
  Unifex.Shield = ShieldStyle::UnstoppableSender;
  Unifex.StructuredAlternative =
      "spawn it into a 'unifex::async_scope' and join the scope";
  Unifex.AsyncCleanupAdvice = "'co_await unifex::at_coroutine_exit(...)'";
  Tables.push_back(std::move(Unifex));

  FrameworkTable Stdexec;
  Stdexec.Id = Framework::Stdexec;
  // exec:: is an alias of experimental::execution:: in stdexec.
  Stdexec.Namespaces = {"stdexec::", "exec::", "experimental::execution::"};
  Stdexec.Types = {
      {"experimental::execution::__task::basic_task<T, Context>", Role::LazyTask,
       "exec::task"},
      // Awaited through as_awaitable(ParentPromise&), which needs the
      // parent's environment: an exec::task (default environment) cannot.
      {"stdexec::task<T, Env>", Role::LazyTask, "stdexec::task",
       /*CancelsOnDestroy=*/false, /*RequiresCleanupArg=*/-1,
       /*CleanupMember=*/"", /*Pinned=*/false, /*YieldTypeArg=*/-1,
       /*AwaitedOnlyBySameType=*/true},
  };
  // Algorithms are customization-point objects, named by their variables.
  Stdexec.Detach = {
      {"experimental::execution::start_detached", DetachKind::NoScope, ""},
  };
  Stdexec.ShieldFunctions = {"stdexec::unstoppable"};
  Stdexec.AsyncCleanupFunctions = {"experimental::execution::at_coroutine_exit"};
  // CPO variables; they give std::optional<std::tuple<T...>> (and a variant
  // of tuples), not what co_await gives.
  Stdexec.BlockingWaits = {
      {"stdexec::sync_wait", BlockingKind::SyncWait, "co_await the sender"},
      {"stdexec::sync_wait_with_variant", BlockingKind::SyncWait,
       "co_await the sender"},
  };
  // The counting scopes' ~__base_scope calls std::terminate() unless the
  // scope is joined or was never used; exec::async_scope's __impl only
  // STDEXEC_ASSERTs that no work is active. stdexec has no exec:: counting
  // scopes.
  Stdexec.Scopes = {
      {"stdexec::simple_counting_scope", {}, {"join"}, "calls std::terminate"},
      {"stdexec::counting_scope", {}, {"join"}, "calls std::terminate"},
      {"experimental::execution::__scope::async_scope", {"spawn", "spawn_future"},
       {"on_empty", "when_empty"},
       "only asserts that no work is running, in debug builds, and work "
       "still running then uses the destroyed scope"},
  };
  Stdexec.ScopeSpawnFunctions = {"stdexec::spawn", "stdexec::spawn_future"};
  Stdexec.TaskKeepers = {"stdexec::spawn", "stdexec::spawn_future",
                         "experimental::execution::start_detached",
                         "experimental::execution::__scope::async_scope::spawn"};
  Stdexec.AwaitableCombinators = {"stdexec::when_all"};
  Stdexec.Cancellation = CancellationModel::NotResumed;
  Stdexec.Shield = ShieldStyle::UnstoppableSender;
  Stdexec.StructuredAlternative =
      "spawn it with 'stdexec::spawn(sndr, scope.get_token())' on a "
      "'stdexec::counting_scope' and join the scope";
  Stdexec.AsyncCleanupAdvice = "'co_await exec::at_coroutine_exit(...)'";
  Tables.push_back(std::move(Stdexec));

  FrameworkTable Cobalt;
  Cobalt.Id = Framework::Cobalt;
  Cobalt.Namespaces = {"boost::cobalt::"};
  Cobalt.Types = {
      {"boost::cobalt::task<T>", Role::LazyTask, "cobalt::task"},
      {"boost::cobalt::promise<T>", Role::EagerTask, "cobalt::promise",
       /*CancelsOnDestroy=*/true},
      {"boost::cobalt::generator<Yield, Push>", Role::AsyncGenerator,
       "cobalt::generator"},
      {"boost::cobalt::detached", Role::DetachedCoroutine, "cobalt::detached"},
  };
  Cobalt.Detach = {
      {"boost::cobalt::spawn", DetachKind::DetachedToken,
       "boost::asio::detached_t"},
      {"boost::cobalt::promise::detach", DetachKind::NoScope, ""},
      {"boost::cobalt::promise::operator+", DetachKind::NoScope, ""},
  };
  Cobalt.TokenBinders = {"boost::asio::cancellation_slot_binder",
                         "boost::asio::executor_binder",
                         "boost::asio::allocator_binder"};
  Cobalt.ShieldFunctions = {"boost::cobalt::this_coro::reset_cancellation_state",
                            "boost::cobalt::this_coro::throw_if_cancelled"};
  Cobalt.AsyncCleanupFunctions = {"boost::cobalt::with"};
  // cobalt::this_coro::cancellation_state is Boost.Asio's (using-directive);
  // `co_await this_coro::cancelled` gives the cancellation type.
  Cobalt.CancellationTests = {"boost::asio::error::operation_aborted",
                              "boost::cobalt::this_coro::cancelled",
                              "boost::asio::this_coro::cancellation_state",
                              "boost::asio::cancellation_state",
                              "boost::asio::cancellation_type"};
  Cobalt.RethrowIfCancelledStatement =
      "if (%0.code() == boost::asio::error::operation_aborted) throw;";
  // After a cancellation an await throws
  // boost::system::system_error(asio::error::operation_aborted)
  // (enable_awaitables::await_transform), a std::runtime_error.
  Cobalt.CancellationExceptions = {"boost::system::system_error"};
  Cobalt.CancellationExceptionBases = {"std::runtime_error", "std::exception"};
  Cobalt.BlockingWaits = {{"boost::cobalt::run", BlockingKind::SyncWait,
                           "co_await the task", /*SameResultAsAwait=*/true}};
  Cobalt.TaskKeepers = {"boost::cobalt::spawn"};
  Cobalt.AwaitableCombinators = {"boost::cobalt::join", "boost::cobalt::gather",
                                 "boost::cobalt::race"};
  Cobalt.Cancellation = CancellationModel::ThrowsOnNextAwait;
  Cobalt.Shield = ShieldStyle::ResetStateStatement;
  // cobalt::this_coro re-exports boost::asio::this_coro (using-directive), so
  // the shields resolve to the Boost.Asio functions.
  Cobalt.ShieldFixText =
      "co_await boost::cobalt::this_coro::reset_cancellation_state();";
  Cobalt.ShieldsWhenFalse = {"boost::cobalt::this_coro::throw_if_cancelled",
                             "boost::asio::this_coro::throw_if_cancelled"};
  Cobalt.DisablingFilters = {"boost::asio::disable_cancellation"};
  Cobalt.CancellationFreeAwaits = {"boost::cobalt::this_coro::",
                                   "boost::asio::this_coro::"};
  Cobalt.StructuredAlternative =
      "keep the promise and co_await it, or use 'cobalt::join' / "
      "'cobalt::gather'";
  Cobalt.AsyncCleanupAdvice = "'boost::cobalt::with(resource, body, teardown)'";
  Tables.push_back(std::move(Cobalt));

  FrameworkTable QCoro;
  QCoro.Id = Framework::QCoro;
  QCoro.Namespaces = {"QCoro::"};
  QCoro.Types = {
      {"QCoro::Task<T>", Role::EagerTask, "QCoro::Task"},
      {"QCoro::Generator<T>", Role::Generator, "QCoro::Generator"},
      {"QCoro::AsyncGenerator<T>", Role::AsyncGenerator, "QCoro::AsyncGenerator"},
  };
  QCoro.ObserveFunctions = {"QCoro::Task::then", "QCoro::connect"};
  // connect(Task&&, context, callback) awaits the task in a coroutine of
  // its own, after the call returns.
  QCoro.TaskKeepers = {"QCoro::connect"};
  QCoro.BlockingWaits = {{"QCoro::waitFor", BlockingKind::SyncWait,
                          "co_await the task", /*SameResultAsAwait=*/true}};
  QCoro.StructuredAlternative =
      "co_await it, or observe it with 'QCoro::connect(task, context, "
      "callback)' or 'task.then(...)'";
  Tables.push_back(std::move(QCoro));

  FrameworkTable Libcoro;
  Libcoro.Id = Framework::Libcoro;
  Libcoro.Namespaces = {"coro::"};
  Libcoro.Types = {
      {"coro::task<T>", Role::LazyTask, "coro::task"},
      {"coro::generator<T>", Role::Generator, "coro::generator"},
  };
  Libcoro.Detach = {
      {"coro::thread_pool::spawn_detached", DetachKind::NoScope, ""},
      {"coro::scheduler::spawn_detached", DetachKind::NoScope, ""},
  };
  Libcoro.BlockingWaits = {{"coro::sync_wait", BlockingKind::SyncWait,
                            "co_await the task", /*SameResultAsAwait=*/true}};
  Libcoro.TaskKeepers = {"coro::thread_pool::spawn_detached",
                         "coro::scheduler::spawn_detached",
                         "coro::task_group::start"};
  Libcoro.AwaitableCombinators = {"coro::when_all", "coro::when_any"};
  Libcoro.StructuredAlternative =
      "add it to a 'coro::task_group' and co_await the group";
  Tables.push_back(std::move(Libcoro));

  FrameworkTable Std;
  Std.Id = Framework::Std;
  Std.Namespaces = {"std::"};
  Std.Types = {
      {"std::generator<Ref, V, Allocator>", Role::Generator, "std::generator"},
  };
  // A stop token tests for cancellation in a coroutine of any framework.
  Std.CancellationTests = {"std::stop_token", "std::stop_source",
                           "std::stop_token::stop_requested",
                           "std::stop_source::stop_requested"};
  // Waits of the standard library: a coroutine of any framework that
  // calls them blocks its thread. libstdc++ declares wait, wait_for and
  // wait_until in the futures' base __basic_future: a member call also
  // matches by the class of its object.
  for (const char *Future : {"std::future", "std::shared_future"}) {
    for (const char *Wait : {"get", "wait", "wait_for", "wait_until"})
      Std.BlockingWaits.push_back(
          {std::string(Future) + "::" + Wait, BlockingKind::FutureWait,
           "co_await an awaitable form of the result",
           /*SameResultAsAwait=*/false,
           /*DurationArg=*/llvm::StringRef(Wait) == "wait_for" ? 0 : -1});
    // f.wait_for(0s) == std::future_status::ready
    for (const char *Test : {"wait_for", "wait_until"})
      Std.FutureReadinessTests.push_back(std::string(Future) + "::" + Test);
  }
  Std.BlockingWaits.push_back({"std::this_thread::sleep_for",
                               BlockingKind::Sleep,
                               "co_await the framework's timer",
                               /*SameResultAsAwait=*/false, /*DurationArg=*/0});
  // The POSIX sleeps, declared in the global namespace.
  for (const char *Sleep :
       {"std::this_thread::sleep_until", "sleep", "usleep", "nanosleep"})
    Std.BlockingWaits.push_back(
        {Sleep, BlockingKind::Sleep, "co_await the framework's timer"});
  for (const char *CV : {"std::condition_variable", "std::condition_variable_any"})
    for (const char *Wait : {"wait", "wait_for", "wait_until"})
      Std.BlockingWaits.push_back(
          {std::string(CV) + "::" + Wait, BlockingKind::Condition,
           "co_await an event or channel of the framework",
           /*SameResultAsAwait=*/false,
           /*DurationArg=*/llvm::StringRef(Wait) == "wait_for" ? 1 : -1});
  for (const char *Thread : {"std::thread::join", "std::jthread::join"})
    Std.BlockingWaits.push_back(
        {Thread, BlockingKind::Join,
         "run the thread's work as a task and co_await it"});
  Tables.push_back(std::move(Std));

  // async_simple: Lazy is lazy and [[nodiscard]]; via(ex) gives a
  // RescheduleLazy, whose detach() starts it with a callback that rethrows
  // the error out of a detached coroutine. start(callback) reports to the
  // callback (owned). A cancelled (Signal Terminate) await throws
  // SignalException : std::runtime_error.
  FrameworkTable AsyncSimple;
  AsyncSimple.Id = Framework::AsyncSimple;
  AsyncSimple.Namespaces = {"async_simple::"};
  AsyncSimple.Types = {
      {"async_simple::coro::Lazy<T>", Role::LazyTask, "async_simple::coro::Lazy"},
      {"async_simple::coro::RescheduleLazy<T>", Role::LazyTask,
       "async_simple::coro::RescheduleLazy"},
      {"async_simple::coro::Generator<Ref, V, Allocator>", Role::Generator,
       "async_simple::coro::Generator"},
  };
  // detach()'s callback rethrows the error out of a detached coroutine.
  AsyncSimple.Detach = {{"async_simple::coro::RescheduleLazy::detach",
                         DetachKind::NoScope, "", /*EscapeEndsProcess=*/true}};
  AsyncSimple.CancellationExceptions = {"async_simple::SignalException"};
  AsyncSimple.CancellationExceptionBases = {"std::runtime_error",
                                            "std::exception"};
  AsyncSimple.CancellationTests = {"async_simple::Slot",
                                   "async_simple::Signal",
                                   "async_simple::SignalType",
                                   "async_simple::coro::CurrentSlot"};
  AsyncSimple.RethrowCancellationHandler =
      "catch (const async_simple::SignalException &) { throw; }";
  AsyncSimple.CancellationHeader = "<async_simple/Signal.h>";
  AsyncSimple.BlockingWaits = {
      {"async_simple::coro::syncAwait", BlockingKind::SyncWait,
       "co_await the task", /*SameResultAsAwait=*/true},
      {"async_simple::Future::get", BlockingKind::FutureWait,
       "co_await std::move(future)"},
      {"async_simple::Future::wait", BlockingKind::FutureWait,
       "co_await std::move(future)"},
  };
  AsyncSimple.AsyncSleep = "async_simple::coro::sleep";
  AsyncSimple.AsyncSleepHeader = "<async_simple/coro/Sleep.h>";
  AsyncSimple.TaskKeepers = {"async_simple::coro::RescheduleLazy::detach",
                             "async_simple::coro::detail::LazyBase::start",
                             "async_simple::coro::Lazy::directlyStart"};
  AsyncSimple.AwaitableCombinators = {
      "async_simple::coro::collectAll", "async_simple::coro::collectAllPara",
      "async_simple::coro::collectAllWindowed",
      "async_simple::coro::collectAllWindowedPara",
      "async_simple::coro::collectAny"};
  AsyncSimple.Cancellation = CancellationModel::ThrowsOnNextAwait;
  AsyncSimple.StructuredAlternative =
      "co_await it, collect it with 'collectAll', or start it with a "
      "callback that handles its 'Try'";
  Tables.push_back(std::move(AsyncSimple));

  // concurrencpp: nothing is [[nodiscard]]. result<T> runs eagerly (with an
  // executor_tag first parameter its initial awaiter, a suspend_always,
  // posts the coroutine: still eager, hence Pinned); lazy_result<T> is lazy;
  // null_result's promise drops every exception. An interrupted coroutine
  // (executor shut down) throws errors::broken_task.
  FrameworkTable Concurrencpp;
  Concurrencpp.Id = Framework::Concurrencpp;
  Concurrencpp.Namespaces = {"concurrencpp::"};
  Concurrencpp.Types = {
      pinned({"concurrencpp::result<T>", Role::EagerTask,
              "concurrencpp::result"}),
      {"concurrencpp::lazy_result<T>", Role::LazyTask,
       "concurrencpp::lazy_result"},
      pinned({"concurrencpp::null_result", Role::DetachedCoroutine,
              "concurrencpp::null_result"}),
      {"concurrencpp::generator<T>", Role::Generator, "concurrencpp::generator"},
  };
  for (const char *Wait : {"get", "wait", "wait_for", "wait_until"})
    Concurrencpp.BlockingWaits.push_back(
        {std::string("concurrencpp::result::") + Wait, BlockingKind::FutureWait,
         "co_await the result"});
  // r.status() tells whether the result is ready; wait_for(0s) polls.
  Concurrencpp.FutureReadinessTests = {"concurrencpp::result::status",
                                       "concurrencpp::result::wait_for"};
  Concurrencpp.CancellationExceptions = {"concurrencpp::errors::interrupted_task"};
  Concurrencpp.CancellationExceptionBases = {"std::runtime_error",
                                             "std::exception"};
  Concurrencpp.RethrowCancellationHandler =
      "catch (const concurrencpp::errors::interrupted_task &) { throw; }";
  Concurrencpp.CancellationHeader = "<concurrencpp/errors.h>";
  Concurrencpp.TaskKeepers = {"concurrencpp::lazy_result::run"};
  Concurrencpp.AwaitableCombinators = {"concurrencpp::when_all",
                                       "concurrencpp::when_any"};
  Concurrencpp.Cancellation = CancellationModel::ThrowsOnNextAwait;
  Concurrencpp.StructuredAlternative =
      "co_await a 'result' or 'lazy_result', or keep the result and co_await "
      "it later";
  Tables.push_back(std::move(Concurrencpp));

  // Drogon: Task is lazy and [[nodiscard]]; AsyncTask never destroys its
  // handle and terminates on an escaping exception; async_run runs a
  // callable's awaitable in an AsyncTask; co_future's std::future is its
  // only observer; sync_wait blocks on a new thread.
  FrameworkTable Drogon;
  Drogon.Id = Framework::Drogon;
  Drogon.Namespaces = {"drogon::"};
  Drogon.Types = {
      {"drogon::Task<T>", Role::LazyTask, "drogon::Task"},
      pinned({"drogon::AsyncTask", Role::DetachedCoroutine, "drogon::AsyncTask"},
             /*EscapeEndsProcess=*/true),
  };
  Drogon.Detach = {{"drogon::async_run", DetachKind::NoScope, "",
                    /*EscapeEndsProcess=*/true},
                   {"drogon::co_future", DetachKind::DiscardedFuture, ""}};
  Drogon.BlockingWaits = {{"drogon::sync_wait", BlockingKind::SyncWait,
                           "co_await the task", /*SameResultAsAwait=*/true}};
  Drogon.TaskKeepers = {"drogon::async_run", "drogon::co_future"};
  Drogon.AwaitableCombinators = {"drogon::when_all"};
  Drogon.StructuredAlternative =
      "co_await a 'Task', or keep the std::future of 'co_future' and read it";
  Tables.push_back(std::move(Drogon));

  // Seastar: future is eager and [[nodiscard]]; `(void)f();` is the
  // documented way to run it in the background. A gate holds background
  // work: close() must be awaited before the gate dies (its destructor
  // asserts that nothing holds it). An aborted wait throws
  // abort_requested_exception : std::exception.
  FrameworkTable Seastar;
  Seastar.Id = Framework::Seastar;
  Seastar.Namespaces = {"seastar::"};
  Seastar.Types = {{"seastar::future<T>", Role::EagerTask, "seastar::future"}};
  // Background work enters the gate through with_gate (a holder from
  // hold() or enter()/leave() release it themselves, in scope).
  Seastar.Scopes = {{"seastar::gate",
                     {},
                     {"close"},
                     "aborts the process (asserts that nothing holds the gate)",
                     /*DoneWorkSuffices=*/true}};
  Seastar.ScopeSpawnFunctions = {"seastar::with_gate", "seastar::try_with_gate"};
  Seastar.CancellationExceptions = {"seastar::abort_requested_exception"};
  Seastar.CancellationExceptionBases = {"std::exception"};
  Seastar.CancellationTests = {"seastar::abort_source"};
  Seastar.RethrowCancellationHandler =
      "catch (const seastar::abort_requested_exception &) { throw; }";
  Seastar.CancellationHeader = "<seastar/core/abort_source.hh>";
  Seastar.AsyncSleep = "seastar::sleep";
  Seastar.AsyncSleepHeader = "<seastar/core/sleep.hh>";
  Seastar.AwaitableCombinators = {"seastar::when_all", "seastar::when_all_succeed",
                                  "seastar::coroutine::all"};
  Seastar.Cancellation = CancellationModel::ThrowsOnNextAwait;
  Seastar.StructuredAlternative =
      "co_await it, or run it in the background under a 'seastar::gate' "
      "(with_gate) and cast it to 'void'";
  Tables.push_back(std::move(Seastar));

  // C++/WinRT: the IAsync* interfaces are eager and not [[nodiscard]]
  // (their promises never destroy a frame the interface holds a reference
  // to, hence Pinned); get() blocks; a cancelled operation's awaits throw
  // hresult_canceled, which derives from hresult_error, not std::exception.
  FrameworkTable WinRT;
  WinRT.Id = Framework::WinRT;
  WinRT.Namespaces = {"winrt::"};
  for (const char *Async :
       {"IAsyncAction", "IAsyncActionWithProgress<TProgress>",
        "IAsyncOperation<TResult>", "IAsyncOperationWithProgress<TResult, TProgress>"}) {
    std::string Name = std::string("winrt::Windows::Foundation::") + Async;
    WinRT.Types.push_back(
        pinned({Name, Role::EagerTask, Name.substr(0, Name.find('<'))}));
  }
  // Its promise's unhandled_exception() calls std::terminate.
  TypeEntry FireAndForget{"winrt::fire_and_forget", Role::DetachedCoroutine,
                          "winrt::fire_and_forget"};
  FireAndForget.EscapeEndsProcess = true;
  WinRT.Types.push_back(FireAndForget);
  for (const char *Consumer :
       {"IAsyncAction", "IAsyncActionWithProgress", "IAsyncOperation",
        "IAsyncOperationWithProgress"})
    for (const char *Wait : {"get", "wait_for"}) {
      BlockingWaitEntry E{std::string("winrt::impl::consume_Windows_Foundation_") +
                              Consumer + "::" + Wait,
                          BlockingKind::FutureWait, "co_await the operation"};
      E.DurationArg = llvm::StringRef(Wait) == "wait_for" ? 0 : -1;
      E.Spelling = std::string(Consumer) + "::" + Wait;
      WinRT.BlockingWaits.push_back(std::move(E));
    }
  WinRT.CancellationExceptions = {"winrt::hresult_canceled"};
  WinRT.CancellationExceptionBases = {"winrt::hresult_error"};
  // The token that `co_await get_cancellation_token()` gives tests for
  // cancellation when called: `while (!cancel()) ...`.
  WinRT.CancellationTests = {"winrt::get_cancellation_token",
                             "winrt::impl::cancellation_token"};
  // async.Status() tells whether the operation has completed.
  WinRT.FutureReadinessTests = {"winrt::Windows::Foundation::IAsyncInfo::Status"};
  WinRT.RethrowCancellationHandler =
      "catch (const winrt::hresult_canceled &) { throw; }";
  WinRT.CancellationHeader = "<winrt/base.h>";
  WinRT.Cancellation = CancellationModel::ThrowsOnNextAwait;
  WinRT.StructuredAlternative =
      "co_await an 'IAsyncAction' or 'IAsyncOperation', or keep it and "
      "co_await it later";
  Tables.push_back(std::move(WinRT));

  // Boost.Capy: task is lazy and [[nodiscard]]. run_async(ex)(task) starts
  // it detached (with no handler an exception is rethrown on the
  // executor's thread); run(ex)(task) gives an awaitable.
  FrameworkTable Capy;
  Capy.Id = Framework::Capy;
  Capy.Namespaces = {"boost::capy::"};
  Capy.Types = {{"boost::capy::task<T>", Role::LazyTask, "capy::task"}};
  Capy.StructuredAlternative =
      "co_await it with 'co_await run(ex)(task)', or give 'run_async' a "
      "handler for its result and its exception";
  Tables.push_back(std::move(Capy));

  return Tables;
}

bool isTransparentNamespace(llvm::StringRef Name) {
  return Name == "folly_cpo__";
}

llvm::ArrayRef<llvm::StringRef> resourceAcquisitionNames() {
  static const llvm::StringRef Names[] = {
      "lock",        "try_lock",        "lock_shared",  "try_lock_shared",
      "scoped_lock", "scoped_lock_shared", "co_scoped_lock", "co_lock",
      "acquire",     "try_acquire",     "async_acquire", "async_lock",
      "co_scoped_lock_shared",
  };
  return Names;
}

llvm::ArrayRef<llvm::StringRef> containerInsertionNames() {
  static const llvm::StringRef Names[] = {
      "push_back", "emplace_back", "push_front", "emplace_front", "push",
      "emplace",   "emplace_hint", "insert",     "try_emplace",   "insert_or_assign",
  };
  return Names;
}

llvm::ArrayRef<std::string> userScopeAddMethods() {
  static const std::vector<std::string> Names = {
      "add",    "spawn", "spawn_on", "spawn_detached", "detached_spawn",
      "schedule", "post", "launch"};
  return Names;
}

llvm::ArrayRef<FrameworkTable> frameworkTables() {
  static const std::vector<FrameworkTable> Tables = buildTables();
  return Tables;
}

const FrameworkTable &frameworkTable(Framework F) {
  for (const FrameworkTable &T : frameworkTables())
    if (T.Id == F)
      return T;
  static const FrameworkTable Empty{};
  return Empty;
}

} // namespace coro_tidy
