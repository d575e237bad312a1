//===- ScopePaths.cpp - Normal paths to the end of a variable's scope -----===//

#include "lib/ScopePaths.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace coro_tidy {

ScopePaths::ScopePaths(const Decl &FD, const Stmt &Body, ASTContext &Ctx)
    : FD(FD), Body(Body), Ctx(Ctx) {}

ScopePaths::~ScopePaths() = default;

bool ScopePaths::build() {
  if (Built)
    return Graph != nullptr;
  Built = true;
  CFG::BuildOptions Options;
  Options.AddLifetime = true;
  Options.AddScopes = false;
  Options.AddEHEdges = false;
  Options.setAllAlwaysAdd();
  Graph = CFG::buildCFG(&FD, const_cast<Stmt *>(&Body), &Ctx, Options);
  if (!Graph)
    return false;
  for (const CFGBlock *Block : *Graph) {
    unsigned I = 0;
    for (const CFGElement &E : *Block) {
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
        Where.try_emplace(S->getStmt(), Block, I);
      ++I;
    }
  }
  return true;
}

/// The statement in \p Block that makes the path leave the scope: a return
/// or co_return among its elements, or a jump as its terminator.
static const Stmt *exitOf(const CFGBlock &Block) {
  for (const CFGElement &E : Block)
    if (std::optional<CFGStmt> S = E.getAs<CFGStmt>())
      if (const auto *Return = dyn_cast<CoreturnStmt>(S->getStmt())) {
        // Falling off the end of a coroutine runs an implicit co_return.
        if (!Return->isImplicit())
          return Return;
      } else if (isa<ReturnStmt>(S->getStmt())) {
        return S->getStmt();
      }
  if (const Stmt *T = Block.getTerminatorStmt())
    if (isa<BreakStmt, ContinueStmt, GotoStmt, IndirectGotoStmt>(T))
      return T;
  return nullptr;
}

/// Blocks that only an exception reaches: a try's dispatch and its
/// handlers.
static bool isExceptionBlock(const CFGBlock &Block) {
  if (isa_and_nonnull<CXXCatchStmt>(Block.getLabel()))
    return true;
  return isa_and_nonnull<CXXTryStmt>(Block.getTerminatorStmt());
}

ScopePaths::Answer
ScopePaths::everyPathPasses(const Stmt &From, const VarDecl &Var,
                            llvm::function_ref<bool(const Stmt &)> Pred,
                            Miss *FirstMiss,
                            llvm::SmallVectorImpl<Miss> *AllMisses) {
  if (!build())
    return Answer::Unknown;
  const Stmt *Start = &From;
  auto It = Where.find(Start);
  if (It == Where.end())
    if (const auto *E = dyn_cast<Expr>(Start))
      It = Where.find(E->IgnoreImplicit());
  if (It == Where.end())
    return Answer::Unknown;

  // Depth-first, one visit per block: a block reached again is reached with
  // P still unseen (paths that saw P stop), so it answers the same.
  llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
  struct Item {
    const CFGBlock *Block;
    unsigned First;
  };
  llvm::SmallVector<Item, 16> Work{{It->second.first, It->second.second + 1}};
  bool Missed = false;
  while (!Work.empty()) {
    Item Next = Work.pop_back_val();
    const CFGBlock &Block = *Next.Block;
    bool Stops = false;
    for (unsigned I = Next.First; I < Block.size() && !Stops; ++I) {
      const CFGElement &E = Block[I];
      if (std::optional<CFGLifetimeEnds> End = E.getAs<CFGLifetimeEnds>()) {
        if (End->getVarDecl() != &Var)
          continue;
        Miss M{exitOf(Block), End->getTriggerStmt()};
        if (FirstMiss && !Missed)
          *FirstMiss = M;
        Missed = true;
        if (!AllMisses)
          return Answer::Misses;
        AllMisses->push_back(M);
        Stops = true; // This path has left the scope.
        continue;
      }
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>()) {
        if (isa<CXXThrowExpr>(S->getStmt()))
          Stops = true; // An exception path.
        else if (Pred(*S->getStmt()))
          Stops = true; // This path passes P.
      }
    }
    if (Stops)
      continue;
    for (const CFGBlock::AdjacentBlock &Succ : Block.succs()) {
      const CFGBlock *B = Succ.getReachableBlock();
      if (!B || isExceptionBlock(*B) || !Seen.insert(B).second)
        continue;
      Work.push_back({B, 0});
    }
  }
  return Missed ? Answer::Misses : Answer::AllPass;
}

} // namespace coro_tidy
