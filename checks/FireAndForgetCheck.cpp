//===- FireAndForgetCheck.cpp - coro-fire-and-forget ----------------------===//

#include "checks/FireAndForgetCheck.h"
#include "checks/Registry.h"
#include "lib/AstHelpers.h"
#include "lib/FixIts.h"
#include "lib/Matchers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

void FireAndForgetCheck::registerMatchers(MatchFinder *Finder) {
  // Instantiations are visited too: a call on a dependent object is known
  // only there (reportOnce keeps one diagnostic per spelled location).
  auto User = unless(isExpansionInSystemHeader());
  // Rules 1, 4, 5 and discarded futures of rule 3: a call whose value is
  // discarded.
  for (const auto &Discarded : matchers::discardedValue(callExpr().bind("call")))
    Finder->addMatcher(stmt(User, Discarded), this);
  // Rule 3: a call through a spawn/detach API, wherever it stands.
  Finder->addMatcher(
      stmt(User, matchers::callsAnyOf(model().detachFunctionNames()))
          .bind("detach"),
      this);
  // Rule 2: a local initialised with a task that nothing uses.
  Finder->addMatcher(varDecl(User, hasLocalStorage(), unless(parmVarDecl()),
                             unless(isImplicit()),
                             hasInitializer(ignoringImplicit(
                                 callExpr().bind("init"))))
                         .bind("local"),
                     this);
}

bool FireAndForgetCheck::reportable(const Stmt &S, ASTContext &Ctx,
                                    StmtContext *Where) {
  StmtContext Context = Functions.contextOf(S, Ctx);
  if (Where)
    *Where = Context;
  const Decl *Function = Context.Function;
  // In a unit with errors, an instantiation may hide them: trust the
  // pattern only.
  if (Context.Unevaluated ||
      (Context.FromInstantiation &&
       Ctx.getDiagnostics().hasUncompilableErrorOccurred()))
    return false;
  return isUserCode(startOf(S), Function, Ctx) && reportOnce(startOf(S));
}

void FireAndForgetCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("detach")) {
    // Discarded futures are reported only when discarded, by checkDiscarded.
    DetachMatch Detach = model().detachApi(Call);
    if (Detach && Detach.Entry->Kind != DetachKind::DiscardedFuture &&
        reportable(*Call, Ctx))
      reportDetach(*Call, Detach);
    return;
  }
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("local")) {
    checkUnusedLocal(*Var, *Result.Nodes.getNodeAs<CallExpr>("init"), Ctx);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
    checkDiscarded(*Call, Result.Nodes.getNodeAs<Stmt>("discard"),
                   *Result.Context);
}

void FireAndForgetCheck::checkDiscarded(const CallExpr &Call,
                                        const Stmt *Discard, ASTContext &Ctx) {
  if (DetachMatch Detach = model().detachApi(&Call)) {
    if (Detach.Entry->Kind == DetachKind::DiscardedFuture &&
        !Call.getType()->isVoidType() && reportable(Call, Ctx))
      reportDetach(Call, Detach);
    return;
  }

  // Only a prvalue is a new task; a returned reference refers to one that
  // something else owns (`h.pending = flush()` yields Task&).
  if (!Call.isPRValue())
    return;
  Classification C = model().classifyCall(&Call);
  // A cast to void or `std::ignore =` says "on purpose"; an observer
  // (task.then(callback)) handles the outcome; a return object that joins in
  // its destructor loses nothing.
  bool OnPurpose = Discard != nullptr;
  bool Quiet = C.Kind == Role::EagerTask &&
               !(C.Entry && C.Entry->CancelsOnDestroy) &&
               (OnPurpose || IgnoreEagerTasks || C.JoinsOnDestroy ||
                model().isObserveFunction(calleeOf(Call)));
  StmtContext Where;
  if (C.isNone() || C.isGenerator() || Quiet ||
      !reportable(Discard ? *Discard : Call, Ctx, &Where))
    return;
  switch (C.Kind) {
  case Role::LazyTask:
  case Role::LazyOperation:
    // Never on purpose: a lazy task that is dropped never runs.
    reportDiscardedLazy(Call, C, Discard, Where, Ctx);
    return;
  case Role::DetachedCoroutine:
    diag(startOf(Call), "'%0' starts a detached coroutine: %select{its "
                        "errors are lost and|an exception that escapes it "
                        "ends the process, and}1 nothing can cancel or join "
                        "it")
        << calleeName(Call) << (C.Entry && C.Entry->EscapeEndsProcess);
    noteAlternative(startOf(Call), C.Fw);
    return;
  case Role::EagerTask:
    if (C.Entry && C.Entry->CancelsOnDestroy) {
      // Destroying it cancels it, so even a cast to void is a bug.
      diag(startOf(Call), "discarded '%0' is cancelled immediately")
          << C.Entry->ShortName;
      noteAlternative(startOf(Call), C.Fw);
      return;
    }
    diag(startOf(Call),
         "task returned by '%0' runs unobserved: its result and its errors "
         "are lost; cast it to 'void' if that is intended")
        << calleeName(Call);
    noteAlternative(startOf(Call), C.Fw);
    return;
  case Role::None:
  case Role::Generator:
  case Role::AsyncGenerator:
    return;
  }
}

void FireAndForgetCheck::reportDiscardedLazy(const CallExpr &Call,
                                             const Classification &C,
                                             const Stmt *Discard,
                                             const StmtContext &Where,
                                             ASTContext &Ctx) {
  // "Did you mean co_await" only where the coroutine can await it (an
  // Asio awaitable cannot await an experimental::task).
  bool CanAwait =
      isCoroutine(Where.Function) &&
      CoroModel::canAwaitIn(C, model().classifyCoroutine(Where.Function)) &&
      !CoroModel::awaitIsDeprecated(Call.getType());
  std::string Name = calleeName(Call);
  auto Diag = diag(startOf(Call),
                   "%select{task|operation}0 %select{|returned by '%2' }1is "
                   "discarded before it runs; %select{await it, start it or "
                   "hand it to an owner|did you mean 'co_await'?}3")
              << (C.Kind == Role::LazyOperation) << !Name.empty() << Name
              << CanAwait;
  // From an instantiation, the fix would edit the template for every
  // instantiation, where the call may return something else.
  if (!CanAwait || Where.InCatchHandler || Where.FromInstantiation)
    return;
  StringRef Title = "insert 'co_await'";
  if (isa_and_nonnull<CXXOperatorCallExpr>(Discard))
    Title = "replace 'std::ignore =' with 'co_await'";
  else if (isa_and_nonnull<ExplicitCastExpr>(Discard))
    Title = "replace the cast to 'void' with 'co_await'";
  emitWithFix(Diag, startOf(Call), Title,
              fixit::awaitDiscarded(Call, Discard, Ctx),
              Ctx.getSourceManager());
}

void FireAndForgetCheck::checkUnusedLocal(const VarDecl &Var,
                                          const CallExpr &Init,
                                          ASTContext &Ctx) {
  if (Var.isReferenced() || Var.hasAttr<UnusedAttr>() || !Var.getIdentifier())
    return;
  Classification C = model().classifyCall(&Init);
  if (!C.isLazy() || !isUserCode(Var, Ctx) || !reportOnce(Var.getLocation()))
    return;
  diag(Var.getLocation(), "%select{task|operation}0 '%1' is never used, so it "
                          "never runs; co_await it or hand it to an owner")
      << (C.Kind == Role::LazyOperation) << Var.getName();
}

/// The completion token as users write it: "detached" for detached_t.
static llvm::StringRef tokenSpelling(llvm::StringRef TokenType) {
  TokenType = TokenType.substr(TokenType.rfind(':') + 1);
  TokenType.consume_back("_t");
  return TokenType;
}

void FireAndForgetCheck::reportDetach(const CallExpr &Call,
                                      const DetachMatch &Detach) {
  SourceLocation Loc = startOf(Call);
  std::string Name = calleeName(Call);
  llvm::StringRef Token = tokenSpelling(Detach.Entry->TokenType);
  switch (Detach.Entry->Kind) {
  case DetachKind::DetachedToken: {
    // A coroutine that catches everything it throws loses no error.
    const FunctionDecl *Spawned = spawnedCoroutine(Call);
    diag(Loc, "'%0' with '%1': %select{errors are lost and |}2nothing can "
              "cancel or join this task")
        << Name << Token << (Spawned && handlesOwnErrors(*Spawned));
    break;
  }
  case DetachKind::DiscardedFuture:
    if (Token.empty())
      diag(Loc, "'%0()' result discarded: failures of this task are silently "
                "dropped")
          << Name;
    else
      diag(Loc, "'%0' with '%1' and its future discarded: failures of this "
                "task are silently dropped")
          << Name << Token;
    break;
  case DetachKind::NoScope:
    diag(Loc, "'%0' detaches the task: %select{errors are lost and|an "
              "exception that escapes it ends the process, and}1 nothing can "
              "cancel or join it")
        << Name << Detach.Entry->EscapeEndsProcess;
    break;
  }
  noteAlternative(Loc, Detach.Fw);
}

void FireAndForgetCheck::noteAlternative(SourceLocation Loc, Framework Fw) {
  const std::string &Alternative = frameworkTable(Fw).StructuredAlternative;
  if (!Alternative.empty())
    diag(Loc, "%0", DiagnosticIDs::Note) << Alternative;
}

CORO_TIDY_CHECK_FACTORY(FireAndForgetCheck)

} // namespace coro_tidy
