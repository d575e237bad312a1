//===- SwallowedCancellationCheck.cpp - coro-swallowed-cancellation -------===//

#include "checks/SwallowedCancellationCheck.h"
#include "checks/Registry.h"
#include "lib/CancellationHandlers.h"
#include "lib/FixIts.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

SwallowedCancellationCheck::SwallowedCancellationCheck(
    StringRef Name, tidy::ClangTidyContext *Context)
    : CoroCheckWithIncludes(Name, Context),
      UserCancellationExceptions(
          readModelOptions(Options).CancellationExceptions) {}

void SwallowedCancellationCheck::registerMatchers(MatchFinder *Finder) {
  // Everything is decided per coroutine body, instantiations included: a
  // coroutine whose task type depends on a template parameter is known
  // only there (reportOnce keeps one report per written handler).
  Finder->addMatcher(coroutineBodyStmt().bind("body"), this);
}

void SwallowedCancellationCheck::check(const MatchFinder::MatchResult &Result) {
  const CoroutineBodyStmt *Body = nullptr;
  const FunctionDecl *FD = matchedCoroutine(Result, Body);
  if (!FD)
    return;
  ASTContext &Ctx = *Result.Context;
  std::vector<TryInLoop> Tries = triesInLoops(*Body->getBody());
  if (Tries.empty())
    return;

  // The framework's cancellation exceptions, and the user's. A coroutine
  // that is not resumed once stopped cannot spin; a synchronous generator
  // awaits nothing that could be cancelled.
  Classification C = model().classifyCoroutine(FD);
  if (C.isNone() || C.Kind == Role::Generator)
    return;
  const FrameworkTable &T = frameworkTable(C.Fw);
  if (T.Cancellation == CancellationModel::NotResumed)
    return;
  std::vector<std::string> Exceptions = T.CancellationExceptions;
  llvm::append_range(Exceptions, UserCancellationExceptions);
  CancellationTypes Types(Exceptions, T.CancellationExceptionBases, Ctx);
  if (Types.empty())
    return;
  CancellationTestNames Tests{T.CancellationTests, Types.names()};
  llvm::append_range(Tests.Tests,
                     frameworkTable(Framework::Std).CancellationTests);

  for (const TryInLoop &Try : Tries) {
    // Rule 1: the try, in a loop, awaits something a cancellation makes fail.
    if (!canBeCancelled(Try, model(), T, Types, Ctx))
      continue;
    // Rules 2 and 3: the first handler that can catch the cancellation.
    CancellationTypes::Caught Caught;
    const CXXCatchStmt *Handler =
        firstCancellationHandler(*Try.Try, Types, &Caught);
    if (!Handler)
      continue;
    // Rule 4: it does not leave the loop.
    if (loopExit(*Handler, Try, *Result.SourceManager))
      continue;
    // Rule 5: neither it nor a loop condition tests for the cancellation.
    if (testsCancellation(*Handler, Try, Tests))
      continue;
    if (isUserCode(Handler->getCatchLoc(), FD, Ctx) &&
        reportOnce(Handler->getCatchLoc()))
      report(*Handler, Caught.Name, Caught.Exactly, T,
             FD->isTemplateInstantiation(), Ctx);
  }
}

void SwallowedCancellationCheck::report(const CXXCatchStmt &Handler,
                                        StringRef Caught, bool Exactly,
                                        const FrameworkTable &T,
                                        bool InInstantiation, ASTContext &Ctx) {
  SourceLocation Loc = Handler.getCatchLoc();
  const VarDecl *Var = Handler.getExceptionDecl();
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Handler.getHandlerBlock());
  // The fixes rethrow the framework's own exception, not the user's.
  // folly, cppcoro: a handler before this one rethrows the cancellation
  // (not before the exception's own handler: it would take its place).
  // Boost.Asio, asio, Cobalt: the cancellation is an error code of the
  // exception, tested first in a named handler of the exception itself (in
  // an instantiation the handler's type may be a template parameter).
  bool Own = llvm::is_contained(T.CancellationExceptions, Caught);
  enum { NoFix, HandlerBefore, FirstStatement } Fix = NoFix;
  std::string Text;
  if (!Own) {
  } else if (!T.RethrowCancellationHandler.empty() && !Exactly) {
    Fix = HandlerBefore;
    Text = T.RethrowCancellationHandler;
  } else if (!T.RethrowIfCancelledStatement.empty()) {
    bool Named = Var && Var->getIdentifier() && Exactly && Block &&
                 !InInstantiation;
    Text = T.RethrowIfCancelledStatement;
    size_t At = Text.find("%0");
    if (At != std::string::npos)
      Text.replace(At, 2, Named ? Var->getName().str() : "e");
    if (Named)
      Fix = FirstStatement;
  }
  {
    auto Diag = diag(Loc, "catches '%0'; the loop goes on after a "
                          "cancellation, when every later await fails at "
                          "once, instead of ending the coroutine; rethrow "
                          "it%select{|: insert '%2' before this handler|: "
                          "start the handler with '%2'}1")
                << Caught << Fix << Text;
    const SourceManager &SM = Ctx.getSourceManager();
    if (Fix == HandlerBefore) {
      std::vector<FixItHint> Hints =
          fixit::insertHandlerBefore(Handler, Text, Ctx);
      if (!Hints.empty() && !T.CancellationHeader.empty())
        if (auto Include = includeFix(Loc, T.CancellationHeader, SM))
          Hints.push_back(*Include);
      emitWithFix(Diag, Loc, "insert a handler that rethrows the cancellation",
                  Hints, SM);
    } else if (Fix == FirstStatement) {
      emitWithFix(Diag, Loc, "rethrow the cancellation first in this handler",
                  fixit::insertFirstStatement(*Block, Text, Ctx), SM);
    }
  }
  // `catch (...)`, a base class, an unnamed handler: say what to test.
  if (Fix == NoFix && !Text.empty())
    diag(Loc, "the cancellation arrives as a '%0' with an error code: "
              "%select{catch it by name before this handler and start that "
              "handler|name it and start this handler|start this handler}1 "
              "with '%2'",
         DiagnosticIDs::Note)
        << Caught << (Exactly ? (Var && Var->getIdentifier() ? 2 : 1) : 0)
        << Text;
}

CORO_TIDY_CHECK_FACTORY(SwallowedCancellationCheck)

} // namespace coro_tidy
