//===- GeneratorUses.cpp - How a local generator is used after its loop ---===//

#include "lib/GeneratorUses.h"
#include "lib/ExprUtils.h"
#include "lib/RunOrder.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace coro_tidy {

namespace {
/// Nodes that do not change what an expression refers to.
bool isTransparent(const Stmt &S) {
  return isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, ExprWithCleanups>(S);
}

bool isMove(const Stmt &S) {
  const auto *Call = dyn_cast<CallExpr>(&S);
  return Call && isMoveOrForward(*Call);
}
} // namespace

/// One walk over the rest of the generator's block.
class GeneratorUses::Walker {
public:
  Walker(GeneratorUses &Out, const VarDecl &Var, const CompoundStmt &Block,
         unsigned DeclIndex)
      : Out(Out), Block(Block), DeclIndex(DeclIndex) {
    Names.insert(&Var);
  }

  void run() {
    Path.push_back({&Block, 0});
    for (unsigned I = DeclIndex + 1; I < Block.size(); ++I) {
      Path.back().second = I;
      visit(*Block.body_begin()[I]);
    }
  }

private:
  void visit(const Stmt &S) {
    if (const auto *Lambda = dyn_cast<LambdaExpr>(&S)) {
      // Its body may run at any time: a capture is a use that escapes.
      for (const LambdaCapture &Capture : Lambda->captures())
        if (Capture.capturesVariable() &&
            Names.contains(Capture.getCapturedVar())) {
          Out.Uses.push_back({Lambda, OuterLoop, innerLoop(), false, true});
          break;
        }
      return;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(&S)) {
      if (Names.contains(Ref->getDecl()))
        visitRef(*Ref);
      return;
    }
    if (const auto *Goto = dyn_cast<GotoStmt>(&S)) {
      Out.Gotos.push_back(Goto);
      return;
    }
    if (isa<LabelStmt>(S) && !Path.empty() &&
        Path.back().first->body_begin()[Path.back().second] == &S)
      Out.LabelPaths[&S] = Path;

    bool IsLoop = isLoop(S);
    bool IsOuterLoop = IsLoop && !OuterLoop;
    if (IsOuterLoop) {
      OuterLoop = &S;
      Out.LoopPaths[&S] = Path;
    }
    Stack.push_back(&S);
    if (const auto *Compound = dyn_cast<CompoundStmt>(&S)) {
      Path.push_back({Compound, 0});
      for (unsigned I = 0; I < Compound->size(); ++I) {
        Path.back().second = I;
        visit(*Compound->body_begin()[I]);
      }
      Path.pop_back();
    } else if (IsLoop) {
      visitLoop(S);
    } else {
      forEachRunChild(S, [&](const Stmt &Child) { visit(Child); });
    }
    Stack.pop_back();
    if (IsOuterLoop)
      OuterLoop = nullptr;
  }

  void visitHeader(const Stmt *S) {
    if (!S)
      return;
    ++Header;
    visit(*S);
    --Header;
  }
  void visitBody(const Stmt *S) {
    if (S)
      visit(*S);
  }

  void visitLoop(const Stmt &S) {
    if (const auto *For = dyn_cast<ForStmt>(&S)) {
      visitHeader(For->getInit());
      visitHeader(For->getConditionVariableDeclStmt());
      visitHeader(For->getCond());
      visitHeader(For->getInc());
      visitBody(For->getBody());
    } else if (const auto *While = dyn_cast<WhileStmt>(&S)) {
      visitHeader(While->getConditionVariableDeclStmt());
      visitHeader(While->getCond());
      visitBody(While->getBody());
    } else if (const auto *Do = dyn_cast<DoStmt>(&S)) {
      visitBody(Do->getBody());
      visitHeader(Do->getCond());
    } else if (const auto *Range = dyn_cast<CXXForRangeStmt>(&S)) {
      visitHeader(Range->getInit());
      visitHeader(Range->getRangeStmt());
      visitBody(Range->getLoopVarStmt());
      visitBody(Range->getBody());
    }
  }

  void visitRef(const DeclRefExpr &Ref) {
    int I = static_cast<int>(Stack.size()) - 1;
    auto SkipTransparent = [&] {
      while (I >= 0 && isTransparent(*Stack[I]))
        --I;
    };
    SkipTransparent();
    // `auto &&r = g;` (as QCORO_FOREACH does): uses of r are uses of g.
    if (I >= 0)
      if (const auto *DS = dyn_cast<DeclStmt>(Stack[I]);
          DS && DS->isSingleDecl())
        if (const auto *Alias = dyn_cast<VarDecl>(DS->getSingleDecl());
            Alias && !Alias->isImplicit() &&
            Alias->getType()->isReferenceType() && Alias->getInit() &&
            Alias->getInit()->IgnoreParenImpCasts() == &Ref) {
          Names.insert(Alias);
          return;
        }
    if (I >= 0 && isMove(*Stack[I])) {
      --I;
      SkipTransparent();
    }
    bool Member = false;
    const CallExpr *MemberCall = nullptr;
    if (I >= 0 && isa<MemberExpr, CXXDependentScopeMemberExpr>(Stack[I])) {
      Member = true;
      --I;
      if (I >= 0)
        MemberCall = dyn_cast<CallExpr>(Stack[I]);
      if (MemberCall)
        --I;
      SkipTransparent();
    }
    bool Awaited = I >= 0 && isAwait(*Stack[I]);
    bool InHeader = Header > 0;
    // An iterator points into the generator: uses of it are uses of the
    // generator that stay where they are.
    bool IsIterator = Iterators.contains(Ref.getDecl());
    Out.Uses.push_back({&Ref, OuterLoop, innerLoop(), InHeader || Awaited,
                        !IsIterator && !Member && !Awaited && !InHeader,
                        InHeader});
    // `auto it = g.begin();` or `auto it = co_await g.begin();`.
    if (MemberCall && callTarget(MemberCall).Name == "begin") {
      int J = I;
      if (Awaited) {
        --J;
        while (J >= 0 && isTransparent(*Stack[J]))
          --J;
      }
      // `auto it = g.begin(), end = g.end();` declares several.
      if (J >= 0 && static_cast<size_t>(J) + 1 < Stack.size())
        if (const auto *DS = dyn_cast<DeclStmt>(Stack[J]))
          for (const Decl *D : DS->decls())
            if (const auto *It = dyn_cast<VarDecl>(D);
                It && It->getInit() == Stack[J + 1]) {
              Names.insert(It);
              Iterators.insert(It);
            }
    }
  }

  const Stmt *innerLoop() const {
    for (const Stmt *S : llvm::reverse(Stack))
      if (isLoop(*S))
        return S;
    return nullptr;
  }

  GeneratorUses &Out;
  const CompoundStmt &Block;
  unsigned DeclIndex;
  /// The generator's variable and the references bound to it.
  llvm::SmallPtrSet<const ValueDecl *, 2> Names;
  /// The iterators over it among Names.
  llvm::SmallPtrSet<const ValueDecl *, 2> Iterators;
  /// The ancestors of the node being visited, below the block.
  std::vector<const Stmt *> Stack;
  /// The compound statements around it.
  StmtPath Path;
  const Stmt *OuterLoop = nullptr;
  unsigned Header = 0;
};

GeneratorUses::GeneratorUses(const VarDecl &Var, const CompoundStmt &Block,
                             unsigned DeclIndex) {
  Walker(*this, Var, Block, DeclIndex).run();
}

bool GeneratorUses::escapes() const {
  return llvm::any_of(Uses, [](const GeneratorUse &U) { return U.Escapes; });
}

/// Whether the body of \p Loop keeps the address of its loop variable when
/// that is a reference into the generator (`&x`, std::addressof, std::ref):
/// what it points to dies with the generator, which must stay alive.
static bool keepsElementAddress(const CXXForRangeStmt &Loop) {
  const VarDecl *Element = Loop.getLoopVariable();
  if (!Element || !Element->getType()->isReferenceType() || !Loop.getBody())
    return false;
  auto IsElement = [&](const Expr *E) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(E));
    return Ref && Ref->getDecl() == Element;
  };
  return findRun(*Loop.getBody(), [&](const Stmt &S) {
           if (const auto *Op = dyn_cast<UnaryOperator>(&S))
             return Op->getOpcode() == UO_AddrOf && IsElement(Op->getSubExpr());
           if (const auto *Call = dyn_cast<CallExpr>(&S))
             if (const FunctionDecl *FD = Call->getDirectCallee())
               return FD->isInStdNamespace() && FD->getIdentifier() &&
                      llvm::is_contained({"addressof", "ref", "cref"},
                                         FD->getName()) &&
                      Call->getNumArgs() == 1 && IsElement(Call->getArg(0));
           return false;
         }) != nullptr;
}

std::optional<SuspendedExit> findSuspendedExit(const GeneratorUses &Uses,
                                               const CompoundStmt &Block,
                                               const SourceManager &SM,
                                               bool AnyStatement) {
  // The loop that iterated the generator is the outermost loop around its
  // last use, and must resume it.
  if (Uses.Uses.empty() || Uses.escapes())
    return std::nullopt;
  const Stmt *Loop = Uses.Uses.back().Loop;
  if (!Loop || llvm::none_of(Uses.Uses, [&](const GeneratorUse &U) {
        return U.Loop == Loop && U.Iterates;
      }))
    return std::nullopt;
  llvm::SmallVector<const Stmt *, 2> Exits =
      earlyExitsWithinScope(*Loop, Block, SM);
  if (Exits.empty())
    return std::nullopt;
  // A loop inside L that resumes the generator in its header and has no
  // early exit of its own runs it to its end: leaving L then leaves nothing
  // suspended.
  if (llvm::none_of(Uses.Uses, [&](const GeneratorUse &U) {
        return U.Loop == Loop && U.Iterates &&
               (U.Inner == Loop || !U.InHeader ||
                earlyExitWithinScope(*U.Inner, Block, SM));
      }))
    return std::nullopt;
  // A pointer to an element kept past the loop needs the generator alive.
  for (const GeneratorUse &U : Uses.Uses)
    if (const auto *RangeFor = dyn_cast_or_null<CXXForRangeStmt>(U.Inner);
        RangeFor && U.Loop == Loop && U.InHeader &&
        keepsElementAddress(*RangeFor))
      return std::nullopt;
  // A goto back to the loop (or before it) resumes the generator again.
  for (const GotoStmt *Goto : Uses.Gotos)
    if (const LabelStmt *Target = Goto->getLabel()->getStmt())
      if (SM.isBeforeInTranslationUnit(Loop->getEndLoc(), Goto->getBeginLoc()) &&
          !SM.isBeforeInTranslationUnit(Loop->getEndLoc(),
                                        Target->getBeginLoc()))
        return std::nullopt;

  SuspendedExit Result;
  Result.Loop = Loop;
  Result.LoopPath = Uses.LoopPaths.find(Loop)->second;
  auto After = [&](const StmtPath &P, bool Including) {
    return AnyStatement ? statementAfter(P, Including)
                        : suspensionAfter(P, Including);
  };
  // Where an exit goes on: after the loop, or at the label of a goto (null
  // when that label is not a child of a block).
  auto Target = [&](const Stmt &E) -> const StmtPath * {
    if (isa<BreakStmt>(E))
      return &Result.LoopPath;
    auto It = Uses.LabelPaths.find(cast<GotoStmt>(E).getLabel()->getStmt());
    return It == Uses.LabelPaths.end() ? nullptr : &It->second;
  };
  const auto *ExitIt = llvm::find_if(Exits, [&](const Stmt *E) {
    const StmtPath *P = Target(*E);
    return P && After(*P, isa<GotoStmt>(E));
  });
  if (ExitIt == Exits.end())
    return std::nullopt;
  Result.Exit = *ExitIt;
  Result.CountsInside = llvm::any_of(Exits, [&](const Stmt *E) {
    const StmtPath *P = Target(*E);
    return P && P->front().second == Result.LoopPath.front().second &&
           After(StmtPath(P->begin() + 1, P->end()), isa<GotoStmt>(E));
  });
  return Result;
}

} // namespace coro_tidy
