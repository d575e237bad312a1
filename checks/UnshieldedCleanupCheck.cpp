//===- UnshieldedCleanupCheck.cpp - coro-unshielded-cleanup ---------------===//

#include "checks/UnshieldedCleanupCheck.h"
#include "checks/Registry.h"
#include "lib/CleanupRegions.h"
#include "lib/ExprUtils.h"
#include "lib/FixIts.h"
#include "lib/ReleaseAwaits.h"
#include "lib/Shields.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

UnshieldedCleanupCheck::UnshieldedCleanupCheck(StringRef Name,
                                               tidy::ClangTidyContext *Context)
    : CoroCheckWithIncludes(Name, Context),
      ReleaseRegexText(Options.get(ReleaseRegexKey, DefaultReleaseRegex).str()),
      ReleaseRegex("^(" + ReleaseRegexText + ")$", llvm::Regex::IgnoreCase) {
  std::string Error;
  if (!ReleaseRegex.isValid(Error)) {
    configurationDiag("invalid regular expression in '%0.%1': %2; using the "
                      "default")
        << Name << ReleaseRegexKey << Error;
    ReleaseRegex = llvm::Regex(("^(" + DefaultReleaseRegex + ")$").str(),
                               llvm::Regex::IgnoreCase);
  }
}

void UnshieldedCleanupCheck::registerMatchers(MatchFinder *Finder) {
  // Everything is decided per coroutine body.
  Finder->addMatcher(coroutineBodyStmt().bind("body"), this);
}

void UnshieldedCleanupCheck::check(const MatchFinder::MatchResult &Result) {
  const CoroutineBodyStmt *Body = nullptr;
  const FunctionDecl *FD = matchedCoroutine(Result, Body);
  if (!FD)
    return;
  ASTContext &Ctx = *Result.Context;

  // Lambdas handed to co_scope_exit & co. run without cancellation: remember
  // them before their own bodies are matched (they are inside this one).
  CleanupRegistrations Registered;
  addCleanupRegistrations(*Body->getBody(), model(), Registered);
  CleanupCallbacks.insert(Registered.Callbacks.begin(),
                          Registered.Callbacks.end());
  if (CleanupCallbacks.count(FD))
    return;

  Classification C = model().classifyCoroutine(FD);
  const FrameworkTable &T = frameworkTable(C.Fw);
  llvm::SmallPtrSet<const Stmt *, 8> RegionStmts;
  for (const CleanupRegion &Region : findCleanupRegions(*Body->getBody(), model())) {
    RegionStmts.insert(Region.Stmts.begin(), Region.Stmts.end());
    checkRegion(C, T, Region, Ctx);
  }

  // Rule 2: a release that an earlier throwing await skips.
  auto IsRelease = [&](StringRef Name) { return isReleaseName(Name); };
  ReleaseContext Releases{model(), T, Ctx.getSourceManager(), IsRelease,
                          RegionStmts, Registered.Resources};
  for (const SkippedRelease &R : skippedReleases(*Body->getBody(), Releases))
    if (reportOnce(R.Await->getBeginLoc()))
      diag(R.Await->getBeginLoc(),
           "'%0' is skipped when an earlier 'co_await' on '%1' throws%select{| "
           "or is cancelled}2; release it with %3")
          << R.Name << R.Resource->getName()
          << (T.Cancellation != CancellationModel::None) << cleanupAdvice(T);
}

std::string UnshieldedCleanupCheck::cleanupAdvice(const FrameworkTable &T) {
  return T.AsyncCleanupAdvice.empty() ? "an RAII guard" : T.AsyncCleanupAdvice;
}

void UnshieldedCleanupCheck::checkRegion(const Classification &C,
                                         const FrameworkTable &T,
                                         const CleanupRegion &Region,
                                         ASTContext &Ctx) {
  // Rule 3: a stopped coroutine is never resumed; nothing after the try runs.
  if (T.Cancellation == CancellationModel::NotResumed) {
    if (regionAwaits(Region, model(), Ctx.getSourceManager()).empty() ||
        !reportOnce(Region.Handler->getCatchLoc()))
      return;
    diag(Region.Handler->getCatchLoc(),
         "a stopped '%0' is never resumed, so the cleanup after this 'catch' "
         "never runs on cancellation; register it with %1")
        << (C.Entry ? C.Entry->ShortName : "task") << cleanupAdvice(T);
    return;
  }
  if (T.Cancellation == CancellationModel::None)
    return;

  // Rule 1: each await fails at once after a cancellation unless shielded.
  bool First = true;
  for (const ExposedAwait &E : exposedAwaits(Region, model(), T, Ctx)) {
    bool FirstOfRegion = First;
    First = false;
    SourceLocation Loc = E.Await->getBeginLoc();
    if (!reportOnce(Loc))
      continue;
    switch (T.Shield) {
    case ShieldStyle::ResetStateStatement: {
      auto Diag = diag(Loc, "cleanup 'co_await' runs after a cancellation, "
                            "when every await fails at once; shield it with "
                            "'%0' before it")
                  << T.ShieldFixText;
      // The inserted statement shields the rest of the region.
      if (FirstOfRegion)
        emitWithFix(Diag, Loc, "reset the cancellation state before the cleanup",
                    fixit::insertStatementBefore(*E.TopStmt, T.ShieldFixText,
                                                 Ctx),
                    Ctx.getSourceManager());
      break;
    }
    case ShieldStyle::WrapWithEmptyToken: {
      auto Diag = diag(Loc, "cleanup 'co_await' runs after a cancellation, "
                            "when every await fails at once; shield it with "
                            "'%0...)'")
                  << T.ShieldFixText;
      // folly keeps the innermost token: replace the coroutine's own one.
      std::vector<FixItHint> Hints =
          E.OwnToken ? fixit::replaceExpr(*E.OwnToken, T.EmptyTokenText)
                     : fixit::wrapOperand(*E.Operand, T.ShieldFixText, Ctx);
      const SourceManager &SM = Ctx.getSourceManager();
      if (!Hints.empty() && !T.ShieldHeader.empty())
        if (auto Include = includeFix(Loc, T.ShieldHeader, SM))
          Hints.push_back(*Include);
      emitWithFix(Diag, Loc,
                  E.OwnToken ? "replace the token with '" + T.EmptyTokenText +
                                   "'"
                             : std::string("await the cleanup with an empty "
                                           "cancellation token"),
                  Hints, SM);
      break;
    }
    case ShieldStyle::DefaultTokenArgument: {
      auto Diag = diag(Loc, "cleanup 'co_await' runs after a cancellation, "
                            "with a token that may be cancelled; shield it "
                            "with '%0'")
                  << T.ShieldFixText;
      std::vector<FixItHint> Hints;
      for (const Expr *Token : E.Tokens)
        if (fixit::canPassTemporary(*cast<CallExpr>(E.Operand), *Token))
          for (const FixItHint &H : fixit::replaceExpr(*Token, T.ShieldFixText))
            Hints.push_back(H);
      emitWithFix(Diag, Loc,
                  "replace the token with '" + T.ShieldFixText + "'", Hints,
                  Ctx.getSourceManager());
      break;
    }
    case ShieldStyle::None:
    case ShieldStyle::UnstoppableSender:
      return;
    }
  }
}

bool UnshieldedCleanupCheck::isReleaseName(StringRef Name) {
  auto [It, Inserted] = ReleaseNames.try_emplace(Name, false);
  if (Inserted)
    It->second = matchesNameOrWord(Name, ReleaseRegex);
  return It->second;
}

CORO_TIDY_CHECK_FACTORY(UnshieldedCleanupCheck)

} // namespace coro_tidy
