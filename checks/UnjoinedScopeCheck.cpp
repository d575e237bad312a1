//===- UnjoinedScopeCheck.cpp - coro-unjoined-scope -----------------------===//

#include "lib/Matchers.h"
#include "checks/UnjoinedScopeCheck.h"
#include "checks/Registry.h"
#include "lib/FixIts.h"
#include "lib/ScopeUses.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

void UnjoinedScopeCheck::registerMatchers(MatchFinder *Finder) {
  // A local scope is a variable of class type declared on its own in a
  // block; the model decides in check(). Instantiations are visited too: a
  // scope of dependent type is known only there.
  Finder->addMatcher(matchers::localRecordVariableInBlock(), this);
}

/// Where a note points for a path that leaves the scope: its return, jump
/// or the closing brace it falls off.
static SourceLocation exitLoc(const ScopePaths::Miss &M,
                              const CompoundStmt &Block) {
  if (M.Exit)
    return M.Exit->getBeginLoc();
  if (const auto *Scope = dyn_cast_or_null<CompoundStmt>(M.Scope))
    return Scope->getRBracLoc();
  return Block.getRBracLoc();
}

/// A statement of the scope's block before the one that holds \p Add joins
/// the scope: it is closed, and the work offered to it is refused (unifex's
/// spawn_future into a joined scope).
static bool joinedBefore(const Stmt &Add, const CompoundStmt &Block,
                         const ScopeUses &Uses, const SourceManager &SM) {
  for (const Stmt *S : Block.body()) {
    if (!S)
      continue;
    if (!SM.isBeforeInTranslationUnit(S->getEndLoc(), Add.getBeginLoc()))
      return false;
    const Stmt *Statement = S;
    if (const auto *E = dyn_cast<Expr>(S))
      Statement = E->IgnoreImplicit();
    if (Uses.joins(*Statement))
      return true;
  }
  return false;
}

void UnjoinedScopeCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Block = Result.Nodes.getNodeAs<CompoundStmt>("block");
  const auto *Decl = Result.Nodes.getNodeAs<DeclStmt>("decl");
  const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var");
  ASTContext &Ctx = *Result.Context;
  if (!Block || !Decl || !Var || Var->isInvalidDecl() ||
      !isUserCode(*Var, Ctx))
    return;
  Framework Fw = Framework::Unknown;
  const ScopeEntry *Entry = model().scopeOf(Var->getType(), &Fw);
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  if (!Entry || Entry->JoinMethods.empty() || !Function ||
      !Function->getBody())
    return;

  ScopeUses Uses(*Var, *Entry, *Block, model());
  // Silent: no work added; the scope escapes (passed by reference or
  // pointer, stored, moved: its lifetime is someone else's); its join is
  // registered with the coroutine's async cleanup or left to a guard.
  if (Uses.adds().empty() || Uses.escape() || Uses.deferredJoin())
    return;

  // Some normal path from an add to the end of the scope runs no join.
  // (clang builds no CFG for a template: its instantiations answer.)
  ScopePaths Paths(*Function, *Function->getBody(), Ctx);
  auto Joins = [&](const Stmt &S) { return Uses.joins(S); };
  llvm::SmallVector<ScopePaths::Miss, 4> Misses;
  for (const Stmt *Add : Uses.adds()) {
    if (joinedBefore(*Add, *Block, Uses, Ctx.getSourceManager()))
      continue;
    llvm::SmallVector<ScopePaths::Miss, 4> FromAdd;
    if (Paths.everyPathPasses(*Add, *Var, Joins, nullptr, &FromAdd) !=
        ScopePaths::Answer::Misses)
      continue;
    for (const ScopePaths::Miss &M : FromAdd)
      if (llvm::none_of(Misses, [&](const ScopePaths::Miss &Seen) {
            return Seen.Exit == M.Exit && Seen.Scope == M.Scope;
          }))
        Misses.push_back(M);
  }
  if (Misses.empty() || !reportOnce(Var->getLocation()))
    return;
  report(*Var, *Decl, *Block, *Entry, Fw, Uses, Paths, Misses, Ctx);
}

void UnjoinedScopeCheck::report(const VarDecl &Var, const DeclStmt &Decl,
                                const CompoundStmt &Block,
                                const ScopeEntry &Entry, Framework Fw,
                                const ScopeUses &Uses, ScopePaths &Paths,
                                llvm::ArrayRef<ScopePaths::Miss> Misses,
                                ASTContext &Ctx) {
  const auto *Function = cast<FunctionDecl>(Var.getDeclContext());
  bool Coroutine = isCoroutine(Function);
  // The join the code awaits already, else the table's first.
  std::string Join = Uses.awaitedJoin();
  if (Join.empty())
    Join = Entry.JoinMethods.front();
  {
    auto Diag = diag(Var.getLocation(),
                     "'%0' is destroyed without being joined on a path after "
                     "work is added to it%select{|; its destructor %2}1; "
                     "%select{co_await|block on}3 '%0.%4()' before every way "
                     "out of its scope")
                << Var.getName() << !Entry.Unjoined.empty() << Entry.Unjoined
                << !Coroutine << Join;
    if (Coroutine &&
        canAppendJoin(Var, Decl, Block, Fw, Uses, Paths, Misses, Ctx))
      emitWithFix(Diag, Var.getLocation(),
                  ("insert 'co_await " + Var.getName() + "." + Join +
                   "()' at the end of the block")
                      .str(),
                  fixit::insertLastStatement(
                      Block,
                      ("co_await " + Var.getName() + "." + Join + "();").str(),
                      Ctx),
                  Ctx.getSourceManager());
  }
  // The note points at the first way out, in the order of the source.
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation First = exitLoc(Misses.front(), Block);
  for (const ScopePaths::Miss &M : Misses.drop_front())
    if (SourceLocation L = exitLoc(M, Block);
        SM.isBeforeInTranslationUnit(L, First))
      First = L;
  diag(First,
       "this path leaves '%0' without %select{'co_await %0.%1()'|a blocking "
       "wait on '%0.%1()'}2",
       DiagnosticIDs::Note)
      << Var.getName() << Join << !Coroutine;
}

bool UnjoinedScopeCheck::canAppendJoin(const VarDecl &Var, const DeclStmt &Decl,
                                       const CompoundStmt &Block, Framework Fw,
                                       const ScopeUses &Uses, ScopePaths &Paths,
                                       llvm::ArrayRef<ScopePaths::Miss> Misses,
                                       ASTContext &Ctx) {
  // The one missing path falls off the end of the scope's own block, and
  // no macro wrote the scope.
  if (Misses.size() != 1 || Misses.front().Exit ||
      Misses.front().Scope != &Block || Var.getLocation().isMacroID())
    return false;
  // A coroutine that can await the join: it awaits one already, or it is a
  // task (or async generator) of the scope's framework.
  const auto *Function = cast<FunctionDecl>(Var.getDeclContext());
  Classification C = model().classifyCoroutine(Function);
  if (Uses.awaitedJoin().empty() &&
      (Fw == Framework::Unknown || C.Fw != Fw || C.isNone() ||
       C.Kind == Role::Generator))
    return false;
  // Not where co_await is ill-formed, nor from an instantiation.
  StmtContext Where = Functions.contextOf(Decl, Ctx);
  if (Where.InCatchHandler || Where.FromInstantiation ||
      Function->isTemplateInstantiation())
    return false;
  // No path that has joined falls off the end too: it would join twice.
  for (const Stmt *Joined : Uses.joinStatements()) {
    llvm::SmallVector<ScopePaths::Miss, 4> Ends;
    ScopePaths::Answer A = Paths.everyPathPasses(
        *Joined, Var, [](const Stmt &) { return false; }, nullptr, &Ends);
    if (A == ScopePaths::Answer::Unknown ||
        llvm::any_of(Ends, [](const ScopePaths::Miss &M) { return !M.Exit; }))
      return false;
  }
  return true;
}

CORO_TIDY_CHECK_FACTORY(UnjoinedScopeCheck)

} // namespace coro_tidy
