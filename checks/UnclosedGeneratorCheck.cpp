//===- UnclosedGeneratorCheck.cpp - coro-unclosed-generator ---------------===//

#include "lib/Matchers.h"
#include "checks/UnclosedGeneratorCheck.h"
#include "checks/Registry.h"
#include "lib/AstHelpers.h"
#include "lib/ExprUtils.h"
#include "lib/FixIts.h"
#include "lib/GeneratorUses.h"
#include "lib/RunOrder.h"
#include "lib/ScopePaths.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

void UnclosedGeneratorCheck::registerMatchers(MatchFinder *Finder) {
  // A local generator is a variable of record type declared on its own in a
  // block; the model decides in check(). Instantiations are visited too: a
  // generator of dependent type is known only there.
  Finder->addMatcher(matchers::localRecordVariableInBlock(), this);
}

void UnclosedGeneratorCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Block = Result.Nodes.getNodeAs<CompoundStmt>("block");
  const auto *Decl = Result.Nodes.getNodeAs<DeclStmt>("decl");
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var");
  if (!Block || !Decl || !Var || !isUserCode(*Var, *Result.Context))
    return;
  Classification C = model().classifyType(Var->getType());
  if (!C.isGenerator())
    return;
  const auto *DeclPos = llvm::find(Block->body(), Decl);
  if (DeclPos == Block->body_end())
    return;
  unsigned DeclIndex = DeclPos - Block->body_begin();
  const SourceManager &SM = *Result.SourceManager;
  GeneratorUses Uses(*Var, *Block, DeclIndex);
  // Moved, passed or captured: someone else may resume or clean it up.
  if (Uses.escapes())
    return;

  if (llvm::StringRef Cleanup = model().requiredAsyncCleanup(Var->getType());
      !Cleanup.empty())
    return checkAsyncCleanup(*Var, *Decl, *Block, Cleanup, *Result.Context);

  // Rule 1: the loop that iterated the generator leaves it suspended.
  std::optional<SuspendedExit> Exit =
      findSuspendedExit(Uses, *Block, SM, StrictScope);
  if (!Exit || !reportOnce(Var->getLocation()))
    return;
  bool Async = C.Kind == Role::AsyncGenerator;
  {
    auto Diag = diag(Var->getLocation(),
                     "%select{generator|async generator}0 '%1' stays suspended "
                     "after the loop exits early, holding its resources until "
                     "its scope ends%select{|, and its asynchronous cleanup "
                     "never runs}0; end its scope with the loop")
                << Async << Var->getName();
    const ASTContext &Ctx = *Result.Context;
    const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Exit->Loop);
    unsigned Top = Exit->LoopPath.front().second;
    if (fixit::spelledAfter(*Block->body_begin()[Top], *Block, Var->getName(),
                            Ctx)) {
      // Named after the loop (`decltype(g)`): a narrower scope breaks that.
    } else if (RangeFor && !RangeFor->getInit() && Top == DeclIndex + 1 &&
               Block->body_begin()[Top] == Exit->Loop &&
               Uses.Uses.size() == 1 && RangeFor->getRangeInit() &&
               RangeFor->getRangeInit()->IgnoreParenImpCasts() ==
                   Uses.Uses[0].Ref) {
      // A range-for right after the declaration, with no other use: move
      // the declaration into the loop's init-statement.
      emitWithFix(Diag, Var->getLocation(),
                  ("move '" + Var->getName() + "' into the loop's "
                   "init-statement").str(),
                  fixit::moveDeclIntoRangeForInit(*Decl, *RangeFor, Ctx), SM);
    } else if (!Exit->CountsInside &&
               fixit::canWrapStatements(*Block, DeclIndex, Top, Ctx)) {
      // Otherwise end the scope with the statement that holds the loop.
      emitWithFix(Diag, Var->getLocation(),
                  ("wrap '" + Var->getName() + "' and its loop in a block")
                      .str(),
                  fixit::wrapStatementsInBlock(*Block, DeclIndex, Top, Ctx),
                  SM);
    }
  }
  diag(Exit->Exit->getBeginLoc(),
       "%select{'break'|'goto'}0 leaves the loop here while '%1' is suspended",
       DiagnosticIDs::Note)
      << isa<GotoStmt>(Exit->Exit) << Var->getName();
}

/// Rule 2: every normal path out of the generator's scope must await its
/// asynchronous cleanup.
void UnclosedGeneratorCheck::checkAsyncCleanup(const VarDecl &Var,
                                               const DeclStmt &Decl,
                                               const CompoundStmt &Block,
                                               llvm::StringRef Cleanup,
                                               ASTContext &Ctx) {
  const auto *Function = dyn_cast<FunctionDecl>(Var.getDeclContext());
  if (!Function || !Function->getBody())
    return;
  // `co_await std::move(g).cleanup()`, also wrapped in another awaitable
  // (`co_withCancellation(token, std::move(g).cleanup())`).
  auto IsCleanup = [&](const Stmt &S) {
    if (!isAwait(S))
      return false;
    return findRun(*awaitOperand(cast<Expr>(S)), [&](const Stmt &X) {
             const auto *Call = dyn_cast<CallExpr>(&X);
             if (!Call)
               return false;
             CallTarget T = callTarget(Call);
             return T.Name == Cleanup && T.Resource == &Var;
           }) != nullptr;
  };
  ScopePaths Paths(*Function, *Function->getBody(), Ctx);
  ScopePaths::Miss Miss;
  if (Paths.everyPathPasses(Decl, Var, IsCleanup, &Miss) !=
          ScopePaths::Answer::Misses ||
      !reportOnce(Var.getLocation()))
    return;
  diag(Var.getLocation(),
       "'%0()' of async generator '%1' is not awaited on every path out of "
       "its scope; destroying it without that aborts the process")
      << Cleanup << Var.getName();
  const Stmt *Exit = Miss.Exit;
  int Kind = !Exit                      ? 5
             : isa<ReturnStmt>(Exit)    ? 0
             : isa<CoreturnStmt>(Exit)  ? 1
             : isa<BreakStmt>(Exit)     ? 2
             : isa<ContinueStmt>(Exit)  ? 3
                                        : 4;
  SourceLocation At = Exit ? Exit->getBeginLoc() : Block.getRBracLoc();
  if (const auto *Scope = dyn_cast_or_null<CompoundStmt>(Miss.Scope); !Exit && Scope)
    At = Scope->getRBracLoc();
  diag(At,
       "%select{'return'|'co_return'|'break'|'continue'|'goto'|the end of "
       "the scope}0 leaves the scope here without 'co_await "
       "std::move(%1).%2()'",
       DiagnosticIDs::Note)
      << Kind << Var.getName() << Cleanup;
}

CORO_TIDY_CHECK_FACTORY(UnclosedGeneratorCheck)

} // namespace coro_tidy
