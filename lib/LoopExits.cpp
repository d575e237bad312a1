//===- LoopExits.cpp - How control leaves a loop and what runs after ------===//

#include "lib/LoopExits.h"
#include "lib/RunOrder.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include <optional>

using namespace clang;

namespace coro_tidy {

bool isLoop(const Stmt &S) {
  return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S);
}

namespace {
/// Finds the early exits of one loop.
class ExitFinder {
public:
  ExitFinder(const Stmt &Loop, const CompoundStmt &Scope,
             const SourceManager &SM)
      : Loop(Loop), Scope(Scope), SM(SM) {}

  llvm::SmallVector<const Stmt *, 2> find() {
    forEachRunChild(Loop, [&](const Stmt &Child) { visit(Child, 0); });
    return Found;
  }

private:
  /// \p Nested counts the loops and switches inside Loop around \p S.
  void visit(const Stmt &S, unsigned Nested) {
    if (isa<BreakStmt>(S)) {
      if (Nested == 0)
        Found.push_back(&S);
      return;
    }
    if (const auto *Goto = dyn_cast<GotoStmt>(&S)) {
      if (leavesLoopWithinScope(*Goto))
        Found.push_back(&S);
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
  llvm::SmallVector<const Stmt *, 2> Found;
};

/// The innermost loop or switch on the way from \p From down to \p To, the
/// null statement when there is none, or nullopt when \p To is not below.
std::optional<const Stmt *> targetAbove(const Stmt &From, const Stmt &To) {
  if (&From == &To)
    return nullptr;
  std::optional<const Stmt *> Found;
  forEachRunChild(From, [&](const Stmt &Child) {
    if (!Found)
      Found = targetAbove(Child, To);
  });
  if (Found && !*Found && (isLoop(From) || isa<SwitchStmt>(From)))
    return &From;
  return Found;
}

/// The level of \p Path to go on with after a `break` that is a child of the
/// block at \p Level: the one whose child holds the switch it leaves. Path's
/// size when it leaves a loop or the outermost block instead.
size_t breakResumes(const StmtPath &Path, size_t Level) {
  for (size_t I = Level; I-- > 0;) {
    const Stmt &Child = *Path[I].first->body_begin()[Path[I].second];
    std::optional<const Stmt *> Target =
        targetAbove(Child, *Path[I + 1].first);
    if (Target && *Target)
      return isa<SwitchStmt>(*Target) ? I : Path.size();
  }
  return Path.size();
}

template <typename Fn>
const Stmt *firstAfter(const StmtPath &Path, bool Including, Fn Pick) {
  // Innermost first: what runs right after the statement. A jump ends the
  // walk: what follows it in its block does not run after the statement.
  for (size_t Level = Path.size(); Level-- > 0;) {
    const auto &[Block, Index] = Path[Level];
    unsigned First = Index + 1;
    if (Including && Level + 1 == Path.size())
      First = Index;
    for (unsigned I = First; I < Block->size(); ++I) {
      const Stmt &S = *Block->body_begin()[I];
      const Stmt *Core = &S;
      while (const auto *Label = dyn_cast<LabelStmt>(Core))
        Core = Label->getSubStmt();
      if (isa<BreakStmt>(Core)) {
        size_t Resume = breakResumes(Path, Level);
        if (Resume == Path.size())
          return nullptr;
        Level = Resume + 1;
        break;
      }
      if (isa<ContinueStmt, GotoStmt>(Core))
        return nullptr;
      if (const Stmt *Found = Pick(S))
        return Found;
      if (isa<ReturnStmt, CoreturnStmt, CXXThrowExpr>(Core))
        return nullptr;
    }
  }
  return nullptr;
}
} // namespace

llvm::SmallVector<const Stmt *, 2>
earlyExitsWithinScope(const Stmt &Loop, const CompoundStmt &Scope,
                      const SourceManager &SM) {
  return ExitFinder(Loop, Scope, SM).find();
}

const Stmt *earlyExitWithinScope(const Stmt &Loop, const CompoundStmt &Scope,
                                 const SourceManager &SM) {
  llvm::SmallVector<const Stmt *, 2> Exits =
      earlyExitsWithinScope(Loop, Scope, SM);
  return Exits.empty() ? nullptr : Exits.front();
}

const Stmt *suspensionAfter(const StmtPath &Path, bool Including) {
  return firstAfter(Path, Including, [](const Stmt &S) {
    return findRun(S, [](const Stmt &X) { return isSuspension(X); });
  });
}

static bool onlyEndsScope(const Stmt &S) {
  if (isa<NullStmt>(S))
    return true;
  if (const auto *Label = dyn_cast<LabelStmt>(&S))
    return onlyEndsScope(*Label->getSubStmt());
  if (const auto *Return = dyn_cast<ReturnStmt>(&S))
    return !Return->getRetValue();
  if (const auto *Return = dyn_cast<CoreturnStmt>(&S))
    return !Return->getOperand();
  return false;
}

const Stmt *statementAfter(const StmtPath &Path, bool Including) {
  return firstAfter(Path, Including, [](const Stmt &S) -> const Stmt * {
    return onlyEndsScope(S) ? nullptr : &S;
  });
}

} // namespace coro_tidy
