//===- RunOrder.cpp - What runs as part of a function, in run order -------===//

#include "lib/RunOrder.h"
#include "lib/ExprUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace coro_tidy {

void forEachRunChild(const Stmt &S, llvm::function_ref<void(const Stmt &)> Fn) {
  if (isa<BlockExpr>(S) || isUnevaluated(S))
    return;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(&S)) {
    // Only the capture initialisers run where the lambda is written.
    for (const Expr *Init : Lambda->capture_inits())
      if (Init)
        Fn(*Init);
    return;
  }
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(&S)) {
    // The other sub-expressions repeat the operand.
    if (const Expr *Operand = Suspend->getOperand())
      Fn(*Operand);
    return;
  }
  if (const auto *Dep = dyn_cast<DependentCoawaitExpr>(&S)) {
    if (const Expr *Operand = Dep->getOperand())
      Fn(*Operand);
    return;
  }
  if (const auto *Return = dyn_cast<CoreturnStmt>(&S)) {
    if (const Expr *Operand = Return->getOperand())
      Fn(*Operand);
    return;
  }
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&S)) {
    for (const Stmt *Child :
         {Range->getInit(), (const Stmt *)Range->getRangeStmt(),
          (const Stmt *)Range->getLoopVarStmt(), Range->getBody()})
      if (Child)
        Fn(*Child);
    return;
  }
  for (const Stmt *Child : S.children())
    if (Child)
      Fn(*Child);
}

void walkRunOrder(const Stmt &S, llvm::function_ref<bool(const Stmt &)> Pre,
                  llvm::function_ref<void(const Stmt &)> Post) {
  if (Pre && !Pre(S))
    return;
  forEachRunChild(S, [&](const Stmt &Child) { walkRunOrder(Child, Pre, Post); });
  if (Post)
    Post(S);
}

bool isAwait(const Stmt &S) {
  if (const auto *Await = dyn_cast<CoawaitExpr>(&S))
    return !Await->isImplicit();
  return isa<DependentCoawaitExpr>(S);
}

bool isSuspension(const Stmt &S) { return isAwait(S) || isa<CoyieldExpr>(S); }

void forEachAwait(const Stmt &S, llvm::function_ref<void(const Expr &)> Visit,
                  bool SkipTryBlocks) {
  walkRunOrder(
      S,
      [&](const Stmt &X) {
        if (SkipTryBlocks && isa<CXXTryStmt>(X))
          return false;
        // The implicit initial/final suspends.
        if (const auto *Await = dyn_cast<CoawaitExpr>(&X))
          return !Await->isImplicit();
        return true;
      },
      [&](const Stmt &X) {
        if (isAwait(X))
          Visit(cast<Expr>(X));
      });
}

const Expr *awaitOperand(const Expr &Await) {
  const Expr *Operand = nullptr;
  if (const auto *A = dyn_cast<CoroutineSuspendExpr>(&Await))
    Operand = A->getOperand();
  else if (const auto *D = dyn_cast<DependentCoawaitExpr>(&Await))
    Operand = D->getOperand();
  return strip(Operand);
}

const Stmt *findRun(const Stmt &S, llvm::function_ref<bool(const Stmt &)> Pred) {
  const Stmt *Found = nullptr;
  walkRunOrder(S, [&](const Stmt &X) {
    if (Found)
      return false;
    if (Pred(X))
      Found = &X;
    return !Found;
  });
  return Found;
}

} // namespace coro_tidy
