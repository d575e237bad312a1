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
  // Rules 1, 4, 5 and discarded futures of rule 3: a call whose value is
  // discarded.
  for (const auto &Discarded : matchers::discardedValue(callExpr().bind("call")))
    Finder->addMatcher(Discarded, this);
  // Rule 3: a call through a spawn/detach API, wherever it stands.
  Finder->addMatcher(
      stmt(matchers::callsAnyOf(model().detachFunctionNames())).bind("detach"),
      this);
  // Rule 2: a local initialised with a task that nothing uses.
  Finder->addMatcher(varDecl(hasLocalStorage(), unless(parmVarDecl()),
                             hasInitializer(ignoringImplicit(
                                 callExpr().bind("init"))))
                         .bind("local"),
                     this);
}

void FireAndForgetCheck::check(const MatchFinder::MatchResult &Result) {
  const SourceManager &SM = *Result.SourceManager;
  const Stmt *Anchor = Result.Nodes.getNodeAs<Stmt>("detach");
  if (!Anchor)
    Anchor = Result.Nodes.getNodeAs<Stmt>("call");
  if (!Anchor)
    Anchor = Result.Nodes.getNodeAs<Stmt>("init");
  if (!Anchor || SM.isInSystemHeader(startOf(*Anchor)) ||
      isInSystemMacro(startOf(*Anchor), SM))
    return;

  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("detach")) {
    // Discarded futures are reported only when discarded, by checkDiscarded.
    DetachMatch Detach = model().detachApi(Call);
    if (Detach && Detach.Entry->Kind != DetachKind::DiscardedFuture)
      reportDetach(*Call, Detach);
    return;
  }
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("local")) {
    checkUnusedLocal(*Var, *Result.Nodes.getNodeAs<CallExpr>("init"));
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
        !Call.getType()->isVoidType())
      reportDetach(Call, Detach);
    return;
  }

  // Only a prvalue is a new task; a returned reference refers to one that
  // something else owns (`h.pending = flush()` yields Task&).
  if (!Call.isPRValue())
    return;
  Classification C = model().classifyCall(&Call);
  // A cast to void or `std::ignore =` says "on purpose".
  bool OnPurpose = Discard != nullptr;
  switch (C.Kind) {
  case Role::LazyTask:
  case Role::LazyOperation:
    // Never on purpose: a lazy task that is dropped never runs.
    reportDiscardedLazy(Call, C, Discard, Ctx);
    return;
  case Role::DetachedCoroutine:
    diag(startOf(Call), "'%0' starts a detached coroutine: its errors are "
                             "lost and nothing can cancel or join it")
        << calleeName(Call);
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
    // A cast to void says "on purpose"; an observer (task.then(callback))
    // already handles the outcome.
    if (OnPurpose || IgnoreEagerTasks ||
        model().isObserveFunction(calleeOf(Call)))
      return;
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
                                             ASTContext &Ctx) {
  StmtContext Where = Functions.contextOf(Discard ? *Discard : Call, Ctx);
  bool InCoroutine = isCoroutine(Where.Function);
  std::string Name = calleeName(Call);
  auto Diag = diag(startOf(Call),
                   "%select{task|operation}0 %select{|returned by '%2' }1is "
                   "discarded before it runs; %select{await it, start it or "
                   "hand it to an owner|did you mean 'co_await'?}3")
              << (C.Kind == Role::LazyOperation) << !Name.empty() << Name
              << InCoroutine;
  if (InCoroutine && !Where.InCatchHandler &&
      CoroModel::canAwaitIn(C, model().classifyCoroutine(Where.Function)))
    for (const FixItHint &Hint : fixit::awaitDiscarded(Call, Discard, Ctx))
      Diag << Hint;
}

void FireAndForgetCheck::checkUnusedLocal(const VarDecl &Var,
                                          const CallExpr &Init) {
  if (Var.isReferenced() || Var.hasAttr<UnusedAttr>() || !Var.getIdentifier())
    return;
  Classification C = model().classifyCall(&Init);
  if (!C.isLazy())
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
  case DetachKind::DetachedToken:
    diag(Loc, "'%0' with '%1': errors are lost and nothing can cancel or join "
              "this task")
        << Name << Token;
    break;
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
    diag(Loc, "'%0' detaches the task: errors are lost and nothing can cancel "
              "or join it")
        << Name;
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
