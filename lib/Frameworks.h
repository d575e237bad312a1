//===- Frameworks.h - Coroutine roles, frameworks and their tables -*- C++ -*-===//
//
// The vocabulary of coro-tidy: what role a coroutine type plays, which framework
// it belongs to, and, per framework, the APIs the checks need to know about.
// The tables themselves are data, in FrameworkTables.cpp; nothing else in the
// project names a framework API.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_FRAMEWORKS_H
#define CORO_TIDY_LIB_FRAMEWORKS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace coro_tidy {

/// What a coroutine return type (or a call) does with its coroutine.
enum class Role {
  None,              ///< Not a coroutine type we understand.
  LazyTask,          ///< initial_suspend suspends: nothing runs until awaited.
  LazyOperation,     ///< A non-coroutine object that runs only when used
                     ///< (folly Task::semi(), asio >= 1.31 deferred co_spawn).
  EagerTask,         ///< Runs at once; the return object owns the frame.
  DetachedCoroutine, ///< Never suspends at either end; owns nothing.
  Generator,         ///< Promise has yield_value; iterated synchronously.
  AsyncGenerator,    ///< Promise has yield_value; iteration is awaited.
};

enum class Framework {
  Unknown,
  Folly,
  BoostAsio,
  Asio,
  Cppcoro,
  Unifex,
  Stdexec,
  Cobalt,
  QCoro,
  Libcoro,
  Std,
  AsyncSimple,
  Concurrencpp,
  Drogon,
  Seastar,
  WinRT,
  Capy,
};

/// What a cancellation does to a coroutine of the framework.
enum class CancellationModel {
  None,              ///< No cancellation model (QCoro, libcoro, std).
  ThrowsOnNextAwait, ///< Every later co_await fails at once (folly, asio, cobalt).
  NotResumed,        ///< A stopped coroutine is never resumed (unifex, stdexec).
  ExplicitToken,     ///< Cancellation is a token argument (cppcoro).
};

/// How a framework protects an await from cancellation.
enum class ShieldStyle {
  None,
  WrapWithEmptyToken,  ///< co_withCancellation(CancellationToken{}, op) (folly).
  ResetStateStatement, ///< co_await this_coro::reset_cancellation_state() (asio, cobalt).
  DefaultTokenArgument,///< pass a default-constructed token (cppcoro).
  UnstoppableSender,   ///< wrap the sender in unstoppable (unifex, stdexec).
};

/// How a spawn/detach API loses a task.
enum class DetachKind {
  DetachedToken,   ///< spawn(..., detached): result and errors dropped.
  DiscardedFuture, ///< The returned future is the only observer, and it is dropped.
  NoScope,         ///< The call itself detaches the work from any owner.
};

llvm::StringRef roleName(Role R);
llvm::StringRef frameworkName(Framework F);

/// A type the framework defines, by qualified name. Template arguments are
/// written as in the library (they are ignored when matching).
struct TypeEntry {
  std::string QualifiedName;
  Role Kind;
  /// Spelling used in diagnostics, e.g. "cobalt::promise".
  std::string ShortName;
  /// Destroying the return object cancels the coroutine (cobalt::promise).
  bool CancelsOnDestroy = false;
  /// Index of a bool template argument that, when true, makes the owner
  /// responsible for `co_await std::move(obj).<CleanupMember>()` before the
  /// object dies (folly's AsyncGenerator<Ref, Val, RequiresCleanup>); -1: none.
  int RequiresCleanupArg = -1;
  /// The member that performs that asynchronous cleanup ("cleanup").
  std::string CleanupMember;
  /// The role holds even where the real header's structure reads otherwise
  /// (a promise whose initial awaiter schedules the coroutine on an
  /// executor looks lazy, but the coroutine runs unawaited).
  bool Pinned = false;
  /// Index of the template argument that is the yielded type: when it is
  /// `void` (or a signature returning void) the type is a lazy task, not a
  /// generator (Asio's experimental::task<T> = coro<void(), T>); -1: none.
  int YieldTypeArg = -1;
  /// Only a coroutine of this same type can co_await it directly (an Asio
  /// awaitable resumes an experimental::coro through async_resume).
  bool AwaitedOnlyBySameType = false;
  /// An exception that escapes a detached coroutine of this type ends the
  /// process (its promise calls std::terminate): not lost, fatal.
  bool EscapeEndsProcess = false;
};

struct DetachEntry {
  std::string Function; ///< Qualified function name.
  DetachKind Kind;
  /// For DetachedToken / DiscardedFuture via a token: the token's type.
  std::string TokenType;
  /// An exception that escapes the detached task ends the process.
  bool EscapeEndsProcess = false;
};

/// A call that produces a lazy operation. With RequiresNoToken the call is lazy
/// only when no completion token is given (asio >= 1.31 co_spawn).
struct LazyCallEntry {
  std::string Function;
  bool RequiresNoToken = false;
};

/// What a blocking wait blocks on.
enum class BlockingKind {
  SyncWait,   ///< Runs a task or sender to completion (blockingWait, sync_wait).
  FutureWait, ///< Waits for a future (std::future::get, folly::SemiFuture::get).
  Sleep,      ///< Sleeps the thread (std::this_thread::sleep_for, ::sleep).
  Condition,  ///< Waits on a condition variable.
  Join,       ///< Joins a thread.
  EventLoop,  ///< Runs an event loop on this thread (io_context::run).
};

/// A call that blocks the calling thread until something completes.
struct BlockingWaitEntry {
  /// Qualified name; a member as Class::member ("std::future::get").
  std::string Function;
  BlockingKind Kind;
  /// What to use instead, for the message ("co_await the task").
  std::string Instead;
  /// The call gives what `co_await` of its argument gives (folly's
  /// blockingWait), so `co_await X` can replace it; false when the result
  /// type differs (stdexec's and unifex's sync_wait: optional<tuple<...>>).
  bool SameResultAsAwait = false;
  /// Index of the written argument that is a duration (a timeout, or how
  /// long to sleep); -1: none. A zero duration makes the call a poll that
  /// does not block (`wait_for(0s)`). A Sleep with a duration can become
  /// `co_await <AsyncSleep>(duration)` in a coroutine of a framework that
  /// has an AsyncSleep.
  int DurationArg = -1;
  /// How the message names the call, where Function is an implementation
  /// name ("IAsyncOperation::get" for winrt::impl::consume_...::get).
  std::string Spelling = {};
};

/// A structured scope: work added to it must be joined, with an awaited
/// join, before the scope dies.
struct ScopeEntry {
  /// Qualified type name.
  std::string Type;
  /// Members that add work: "add", "spawn".
  std::vector<std::string> AddMethods;
  /// Members whose awaited (or blocked-on) result joins the scope.
  std::vector<std::string> JoinMethods;
  /// What the destructor does when work was added and the scope was not
  /// joined, read in the real header, as the message says it after "its
  /// destructor" ("aborts the process (a CHECK that the scope was joined)");
  /// empty for the user's scopes.
  std::string Unjoined;
  /// The destructor needs only the work to be done, not a join
  /// (seastar::gate asserts that nothing holds it): work whose future is
  /// awaited or kept leaves nothing to join.
  bool DoneWorkSuffices = false;
};

struct FrameworkTable {
  Framework Id;
  /// Qualified-name prefixes that identify the framework ("folly::").
  std::vector<std::string> Namespaces;
  std::vector<TypeEntry> Types;
  std::vector<LazyCallEntry> LazyOperationCalls;
  std::vector<DetachEntry> Detach;
  /// Completion-token adapters whose first template argument is the token
  /// they wrap (executor_binder<detached_t, Executor>).
  std::vector<std::string> TokenBinders;
  std::vector<std::string> ShieldFunctions;
  std::vector<std::string> AsyncCleanupFunctions;
  std::vector<std::string> CancellationExceptions;
  /// The classes the cancellation exceptions derive from, for a unit that
  /// does not declare the exception's class: a handler of one of them
  /// catches the cancellation ("std::exception"; "std::runtime_error" too
  /// for system_error). Where the class is declared, its real bases decide.
  std::vector<std::string> CancellationExceptionBases;
  /// Names whose mention in a handler or a loop condition tests for
  /// cancellation: functions, variables, enumerators, classes (their
  /// members and variables of their type count too) or namespace prefixes
  /// ending in "::" (error::operation_aborted, isCancellationRequested).
  /// The cancellation exceptions are not listed: they count only where a
  /// type names them (a dynamic_cast), not through the caught exception.
  std::vector<std::string> CancellationTests;
  /// The handler a fix inserts before a catch-all so that a cancellation
  /// goes on ("catch (const folly::OperationCancelled &) { throw; }"), and
  /// the header that declares its type.
  std::string RethrowCancellationHandler;
  std::string CancellationHeader;
  /// For a cancellation exception with an error code: the statement a fix
  /// puts first in a handler that names the exception, with %0 for the
  /// handler's variable ("if (%0.code() == boost::asio::error::operation_aborted) throw;").
  std::string RethrowIfCancelledStatement;
  std::vector<BlockingWaitEntry> BlockingWaits;
  /// Members that test whether a future is ready without blocking
  /// (isReady, wait_for compared with future_status::ready): a future wait
  /// right after one of them on the same future does not block.
  std::vector<std::string> FutureReadinessTests;
  /// A sleep that suspends instead of blocking ("folly::coro::sleep"), and
  /// its header, for the fix of a blocking sleep.
  std::string AsyncSleep;
  std::string AsyncSleepHeader;
  std::vector<ScopeEntry> Scopes;
  /// Free functions that add work to a scope given as an argument, or to a
  /// token of one (unifex::spawn_detached(sndr, scope),
  /// stdexec::spawn(sndr, scope.get_token())).
  std::vector<std::string> ScopeSpawnFunctions;
  /// Calls that keep the task they are given beyond the full-expression
  /// (spawns, starts, scope adds): a task that refers to a temporary
  /// outlives it. Qualified names.
  std::vector<std::string> TaskKeepers;
  /// Awaitable combinators: passing a task to them and awaiting the result
  /// awaits the task (collectAll, when_all).
  std::vector<std::string> AwaitableCombinators;
  /// Calls that observe a task's outcome; the task they return may be
  /// discarded (QCoro's task.then(callback)).
  std::vector<std::string> ObserveFunctions;
  CancellationModel Cancellation = CancellationModel::None;
  ShieldStyle Shield = ShieldStyle::None;
  /// Note text: the structured way to own or observe a task.
  std::string StructuredAlternative;
  /// The framework's async-cleanup API, as advice ("'co_scope_exit'").
  std::string AsyncCleanupAdvice;
  /// What the shield fix-it writes, by Shield style: WrapWithEmptyToken, the
  /// text before the operand ("ns::wrap(Token{}, "; the fix closes the
  /// parenthesis); ResetStateStatement, the statement to insert;
  /// DefaultTokenArgument, the token argument that replaces the given one.
  std::string ShieldFixText;
  /// The header (in angle brackets) that declares what ShieldFixText names,
  /// when the framework's task header does not include it.
  std::string ShieldHeader;
  /// A token that is never cancelled, as the WrapWithEmptyToken fix writes
  /// it in place of the coroutine's own token.
  std::string EmptyTokenText;
  /// The framework's cancellation token type, for DefaultTokenArgument.
  std::string CancellationTokenType;
  /// Shield functions that shield only when given `false`
  /// (this_coro::throw_if_cancelled(false)); otherwise they are queries.
  std::vector<std::string> ShieldsWhenFalse;
  /// Arguments of a ResetStateStatement shield that turn cancellation off
  /// until the next reset (this_coro::reset_cancellation_state(
  /// disable_cancellation())): class names.
  std::vector<std::string> DisablingFilters;
  /// Awaits that never fail on cancellation (this_coro::executor): names, or
  /// namespace prefixes ending in "::".
  std::vector<std::string> CancellationFreeAwaits;
  /// Awaits that give the coroutine's own cancellation token
  /// (co_current_cancellation_token): wrapping an operand with it shields
  /// nothing.
  std::vector<std::string> CurrentTokenAwaits;
};

/// Namespaces that hold a framework's customization-point objects and that
/// names look through: folly's FOLLY_DEFINE_CPO puts co_withCancellation in
/// folly::coro::folly_cpo__, so it is named folly::coro::co_withCancellation.
bool isTransparentNamespace(llvm::StringRef Name);

/// Member or function names that acquire a resource (lock, acquire, ...).
llvm::ArrayRef<llvm::StringRef> resourceAcquisitionNames();

/// Members of the standard containers that store their argument
/// (push_back, emplace, insert, ...).
llvm::ArrayRef<llvm::StringRef> containerInsertionNames();
/// The members that add work to a scope of coro.AsyncScopeTypes, which
/// names only its joins ("add", "spawn", ...).
llvm::ArrayRef<std::string> userScopeAddMethods();

/// All built-in framework tables, one per framework (Unknown excluded).
llvm::ArrayRef<FrameworkTable> frameworkTables();

/// The table of \p F; for Framework::Unknown an empty table.
const FrameworkTable &frameworkTable(Framework F);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_FRAMEWORKS_H
