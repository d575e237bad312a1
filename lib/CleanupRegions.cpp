//===- CleanupRegions.cpp - The "async finally" idiom ---------------------===//

#include "lib/CleanupRegions.h"
#include "lib/CoroModel.h"
#include "lib/RunOrder.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace coro_tidy {

/// Whether running \p S may leave the enclosing block other than by falling
/// through: a throw, a [[noreturn]] call, return, co_return, break, continue
/// or goto.
static bool mayLeave(const Stmt &S) {
  bool Leaves = false;
  walkRunOrder(S, [&](const Stmt &X) {
    if (Leaves)
      return false;
    if (isa<CXXThrowExpr, ReturnStmt, CoreturnStmt, BreakStmt, ContinueStmt,
            GotoStmt>(X)) {
      Leaves = true;
      return false;
    }
    if (const auto *Call = dyn_cast<CallExpr>(&X))
      if (const FunctionDecl *FD = Call->getDirectCallee())
        if (FD->isNoReturn())
          Leaves = true;
    return !Leaves;
  });
  return Leaves;
}

/// The handler records what it caught: it calls std::current_exception() or
/// sets a boolean flag declared outside the handler.
static bool recordsException(const CXXCatchStmt &Handler) {
  llvm::SmallPtrSet<const Decl *, 4> Local;
  if (const VarDecl *Caught = Handler.getExceptionDecl())
    Local.insert(Caught);
  bool Records = false;
  if (!Handler.getHandlerBlock())
    return false;
  walkRunOrder(*Handler.getHandlerBlock(), [&](const Stmt &X) {
    if (Records)
      return false;
    if (const auto *DS = dyn_cast<DeclStmt>(&X))
      for (const Decl *D : DS->decls())
        Local.insert(D);
    if (const auto *Call = dyn_cast<CallExpr>(&X))
      if (const FunctionDecl *FD = Call->getDirectCallee())
        if (FD->isInStdNamespace() && FD->getIdentifier() &&
            FD->getName() == "current_exception")
          Records = true;
    if (const auto *Assign = dyn_cast<BinaryOperator>(&X))
      if (Assign->isAssignmentOp()) {
        const Expr *LHS = Assign->getLHS()->IgnoreParenImpCasts();
        const ValueDecl *Target = nullptr;
        if (const auto *Ref = dyn_cast<DeclRefExpr>(LHS))
          Target = Ref->getDecl();
        else if (const auto *Member = dyn_cast<MemberExpr>(LHS))
          Target = Member->getMemberDecl();
        if (Target && !Local.count(Target) &&
            Target->getType().getNonReferenceType()->isBooleanType())
          Records = true;
      }
    return !Records;
  });
  return Records;
}

/// The handler of \p Try that makes it an "async finally", or null.
static const CXXCatchStmt *finallyHandler(const CXXTryStmt &Try,
                                          const CoroModel &Model) {
  for (unsigned I = 0, N = Try.getNumHandlers(); I < N; ++I) {
    const CXXCatchStmt *Handler = Try.getHandler(I);
    bool CatchesCancellation =
        !Handler->getExceptionDecl() ||
        Model.isCancellationException(
            Handler->getCaughtType().getNonReferenceType());
    if (!CatchesCancellation || !Handler->getHandlerBlock())
      continue;
    if (!mayLeave(*Handler->getHandlerBlock())) {
      if (recordsException(*Handler))
        return Handler;
    } else if (Handler->getExceptionDecl()) {
      // `catch (const Cancelled &) { throw; }` before `catch (...)`: the
      // cancellation never reaches a later handler.
      return nullptr;
    }
  }
  return nullptr;
}

/// Adds the regions of the blocks in \p S to \p Regions; \p Enclosing holds,
/// for each block around \p S, the statements ahead of the one that holds
/// \p S.
static void
findRegionsIn(const Stmt &S, const CoroModel &Model,
              llvm::SmallVectorImpl<llvm::ArrayRef<Stmt *>> &Enclosing,
              std::vector<CleanupRegion> &Regions) {
  walkRunOrder(S, [&](const Stmt &X) {
    const auto *Block = dyn_cast<CompoundStmt>(&X);
    if (!Block)
      return true;
    llvm::ArrayRef<Stmt *> Stmts(Block->body_begin(), Block->body_end());
    for (size_t I = 0; I + 1 < Stmts.size(); ++I) {
      const auto *Try = dyn_cast_or_null<CXXTryStmt>(Stmts[I]);
      if (!Try)
        continue;
      const CXXCatchStmt *Handler = finallyHandler(*Try, Model);
      if (!Handler || !Try->getTryBlock())
        continue;
      // Without a co_await in the try, no cancellation or async failure
      // leads to the handler: the code after it is no async "finally".
      bool Awaits = false;
      forEachAwait(*Try->getTryBlock(), [&](const Expr &) { Awaits = true; });
      if (!Awaits)
        continue;
      size_t End = I + 1;
      while (End < Stmts.size() && !(Stmts[End] && mayLeave(*Stmts[End])))
        ++End;
      if (End < Stmts.size())
        ++End; // The statement that rethrows belongs to the region.
      CleanupRegion Region{Try, Handler, Stmts.slice(I + 1, End - I - 1), {}};
      Region.Before.append(Enclosing.begin(), Enclosing.end());
      Region.Before.push_back(Stmts.take_front(I));
      Regions.push_back(std::move(Region));
    }
    // The children, each with the statements ahead of it.
    for (size_t I = 0; I < Stmts.size(); ++I) {
      if (!Stmts[I])
        continue;
      Enclosing.push_back(Stmts.take_front(I));
      findRegionsIn(*Stmts[I], Model, Enclosing, Regions);
      Enclosing.pop_back();
    }
    return false;
  });
}

std::vector<CleanupRegion> findCleanupRegions(const Stmt &Body,
                                              const CoroModel &Model) {
  std::vector<CleanupRegion> Regions;
  llvm::SmallVector<llvm::ArrayRef<Stmt *>, 8> Enclosing;
  findRegionsIn(Body, Model, Enclosing, Regions);
  return Regions;
}

} // namespace coro_tidy
