//===- LoopExits.cpp - How control leaves a loop and what runs after ------===//

#include "lib/LoopExits.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace coro_tidy {

bool isLoop(const Stmt &S) {
  return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S);
}

void forEachRunChild(const Stmt &S, llvm::function_ref<void(const Stmt &)> Fn) {
  if (isa<LambdaExpr, BlockExpr>(S))
    return;
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(&S)) {
    if (const Expr *Operand = Suspend->getOperand())
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

namespace {
/// Finds the early exits of one loop.
class ExitFinder {
public:
  ExitFinder(const Stmt &Loop, const CompoundStmt &Scope,
             const SourceManager &SM)
      : Loop(Loop), Scope(Scope), SM(SM) {}

  const Stmt *find() {
    forEachRunChild(Loop, [&](const Stmt &Child) { visit(Child, 0); });
    return Found;
  }

private:
  /// \p Nested counts the loops and switches inside Loop around \p S.
  void visit(const Stmt &S, unsigned Nested) {
    if (Found)
      return;
    if (isa<BreakStmt>(S)) {
      if (Nested == 0)
        Found = &S;
      return;
    }
    if (const auto *Goto = dyn_cast<GotoStmt>(&S)) {
      if (leavesLoopWithinScope(*Goto))
        Found = &S;
      return;
    }
    unsigned Inner = Nested + (isLoop(S) || isa<SwitchStmt>(S));
    forEachRunChild(S, [&](const Stmt &Child) { visit(Child, Inner); });
  }

  bool leavesLoopWithinScope(const GotoStmt &Goto) const {
    const LabelStmt *Target = Goto.getLabel()->getStmt();
    if (!Target)
      return false;
    SourceLocation At = Target->getBeginLoc();
    // A label after the loop and before the end of the scope; a label before
    // the loop jumps back to code that may resume what the loop iterated.
    return SM.isBeforeInTranslationUnit(Loop.getEndLoc(), At) &&
           SM.isBeforeInTranslationUnit(At, Scope.getRBracLoc());
  }

  const Stmt &Loop;
  const CompoundStmt &Scope;
  const SourceManager &SM;
  const Stmt *Found = nullptr;
};

/// The first node under \p S (S included) for which \p Pred holds.
const Stmt *findRun(const Stmt &S,
                    llvm::function_ref<bool(const Stmt &)> Pred) {
  if (Pred(S))
    return &S;
  const Stmt *Found = nullptr;
  forEachRunChild(S, [&](const Stmt &Child) {
    if (!Found)
      Found = findRun(Child, Pred);
  });
  return Found;
}

template <typename Fn> const Stmt *firstAfter(const StmtPath &Path, Fn Pick) {
  // Innermost first: what runs right after the statement.
  for (const auto &[Block, Index] : llvm::reverse(Path))
    for (unsigned I = Index + 1; I < Block->size(); ++I)
      if (const Stmt *Found = Pick(*Block->body_begin()[I]))
        return Found;
  return nullptr;
}
} // namespace

const Stmt *earlyExitWithinScope(const Stmt &Loop, const CompoundStmt &Scope,
                                 const SourceManager &SM) {
  return ExitFinder(Loop, Scope, SM).find();
}

const Stmt *suspensionAfter(const StmtPath &Path) {
  return firstAfter(Path, [](const Stmt &S) {
    return findRun(S,
                   [](const Stmt &X) { return isa<CoroutineSuspendExpr>(X); });
  });
}

static bool onlyEndsScope(const Stmt &S) {
  if (isa<NullStmt>(S))
    return true;
  if (const auto *Return = dyn_cast<ReturnStmt>(&S))
    return !Return->getRetValue();
  if (const auto *Return = dyn_cast<CoreturnStmt>(&S))
    return !Return->getOperand();
  return false;
}

const Stmt *statementAfter(const StmtPath &Path) {
  return firstAfter(Path, [](const Stmt &S) -> const Stmt * {
    return onlyEndsScope(S) ? nullptr : &S;
  });
}

} // namespace coro_tidy
