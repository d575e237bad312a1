//===- BlockingWaitCheck.cpp - coro-blocking-wait -------------------------===//

#include "checks/BlockingWaitCheck.h"
#include "checks/Registry.h"
#include "lib/AstHelpers.h"
#include "lib/ExprUtils.h"
#include "lib/FixIts.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

BlockingWaitCheck::BlockingWaitCheck(StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : CoroCheckWithIncludes(Name, Context) {}

void BlockingWaitCheck::registerMatchers(MatchFinder *Finder) {
  // Each coroutine body, instantiations included: a wait on an object of
  // dependent type is known only there (reportOnce keeps one report per
  // written call). A coroutine lambda has a body of its own; a lambda that
  // is no coroutine is not part of the body around it.
  Finder->addMatcher(coroutineBodyStmt().bind("body"), this);
}

void BlockingWaitCheck::check(const MatchFinder::MatchResult &Result) {
  const CoroutineBodyStmt *Body = nullptr;
  const FunctionDecl *FD = matchedCoroutine(Result, Body);
  if (!FD)
    return;
  ASTContext &Ctx = *Result.Context;
  // A synchronous generator runs on the thread of the loop that consumes
  // it, as a plain function does; a coroutine of a type the model does not
  // know may be one too. A template whose return type is dependent is
  // judged (without fixes) in the pattern, and in each instantiation.
  Classification C = model().classifyCoroutine(FD);
  if (C.Kind == Role::Generator ||
      (C.isNone() && !FD->getReturnType()->isDependentType()))
    return;
  bool MayFix = !C.isNone() && !isInInstantiation(FD);
  for (const BlockingCall &B : blockingCalls(*Body->getBody(), model(), Ctx))
    if (isUserCode(startOf(*B.Call), FD, Ctx) && reportOnce(startOf(*B.Call)))
      report(B, C, MayFix, Ctx);
}

void BlockingWaitCheck::report(const BlockingCall &B,
                               const Classification &Coroutine, bool MayFix,
                               ASTContext &Ctx) {
  const BlockingWaitEntry &Entry = *B.Wait.Entry;
  // A sleep names the coroutine's own async sleep where its framework has
  // one (folly::coro::sleep).
  const FrameworkTable &Own = frameworkTable(Coroutine.Fw);
  bool AsyncSleep = Entry.Kind == BlockingKind::Sleep && !Own.AsyncSleep.empty();
  std::string Instead =
      AsyncSleep ? "co_await " + Own.AsyncSleep + "(...)" : Entry.Instead;
  std::string Name = Entry.Spelling.empty() ? normalizeName(Entry.Function)
                                            : Entry.Spelling;
  auto Diag =
      diag(startOf(*B.Call),
           "'%0' %select{blocks the thread that runs this coroutine until the "
           "work completes, and deadlocks if that work needs this thread|"
           "blocks the thread that runs this coroutine until the future is "
           "ready, and deadlocks if the work that fulfils it needs this "
           "thread|blocks the thread that runs this coroutine, and every "
           "coroutine waiting for that thread, while it sleeps|blocks the "
           "thread that runs this coroutine until it is notified, and "
           "deadlocks if the notifier needs this thread|blocks the thread "
           "that runs this coroutine until the other thread ends|runs an "
           "event loop inside this coroutine, blocking the thread that runs "
           "it until the loop's work is done}1; %2")
      << Name << static_cast<int>(Entry.Kind)
      << Instead;
  if (!MayFix || !B.AwaitAllowed)
    return;

  // Fix 1: the synchronous wait of a task becomes an await of it.
  const SourceManager &SM = Ctx.getSourceManager();
  if (Entry.Kind == BlockingKind::SyncWait) {
    emitWithFix(Diag, startOf(*B.Call), "replace '" + Name + "' with 'co_await'",
                awaitFix(B, Coroutine, Ctx), SM);
    return;
  }
  // Fix 2: a sleep for a duration becomes an await of the async sleep.
  const Expr *Duration =
      Entry.DurationArg == 0 ? writtenArg(*B.Call, 0) : nullptr;
  if (!AsyncSleep || !Duration || writtenArgCount(*B.Call) != 1 ||
      !B.Discarded || !convertsToNanoseconds(Duration->getType()))
    return;
  std::vector<FixItHint> Hints =
      fixit::replaceCallee(*B.Call, "co_await " + Own.AsyncSleep);
  if (Hints.empty())
    return;
  if (auto Include = includeFix(startOf(*B.Call), Own.AsyncSleepHeader, SM))
    Hints.push_back(*Include);
  emitWithFix(Diag, startOf(*B.Call),
              "replace '" + Name + "' with 'co_await " + Own.AsyncSleep + "'",
              Hints, SM);
}

std::vector<FixItHint>
BlockingWaitCheck::awaitFix(const BlockingCall &B,
                            const Classification &Coroutine, ASTContext &Ctx) {
  const BlockingWaitEntry &Entry = *B.Wait.Entry;
  // The tables' waits only (what the user's functions take is unknown),
  // and only one argument (folly's blockingWait(task, executor) chooses
  // the executor). sync_wait of a sender gives an optional of a tuple, not
  // what co_await gives: only when the value is unused.
  if (B.Wait.Fw == Framework::Unknown || writtenArgCount(*B.Call) != 1 ||
      (!Entry.SameResultAsAwait && !B.Discarded))
    return {};
  const Expr *Arg = writtenArg(*B.Call, 0);
  if (!Arg || Arg->isTypeDependent())
    return {};
  // The same rule as coro-fire-and-forget's co_await fix: a task this
  // coroutine can await.
  const Expr *Task = stripMove(Arg);
  Classification T = isa_and_nonnull<CallExpr>(Task)
                         ? model().classifyCall(cast<CallExpr>(Task))
                         : model().classifyType(Arg->getType());
  if (!CoroModel::canAwaitIn(T, Coroutine) ||
      CoroModel::awaitIsDeprecated(Arg->getType()))
    return {};
  return fixit::awaitInsteadOfCall(*B.Call, *Arg, Ctx);
}

CORO_TIDY_CHECK_FACTORY(BlockingWaitCheck)

} // namespace coro_tidy
