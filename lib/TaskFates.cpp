//===- TaskFates.cpp - Where a call's task goes in its full-expression ----===//

#include "lib/TaskFates.h"
#include "lib/AstHelpers.h"
#include "lib/ExprUtils.h"
#include "lib/RunOrder.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace coro_tidy {

namespace {

Fate fate(FateKind K) { return Fate{K}; }

class FateWalk {
public:
  FateWalk(const FunctionDecl &FD, CoroModel &Model,
           llvm::function_ref<void(const CallExpr &, const Fate &)> Visit)
      : InCoroutine(isCoroutine(&FD)), Model(Model), Visit(Visit) {}

  /// A statement in a statement position: an expression there is discarded.
  void statement(const Stmt *S) {
    if (!S)
      return;
    if (const auto *E = dyn_cast<Expr>(S))
      return expr(E, fate(FateKind::Discarded));
    other(*S);
  }

  void other(const Stmt &S) {
    if (isUnevaluated(S))
      return;
    if (const auto *Body = dyn_cast<CoroutineBodyStmt>(&S))
      return statement(Body->getBody());
    if (const auto *Block = dyn_cast<CompoundStmt>(&S)) {
      for (const Stmt *Child : Block->body())
        statement(Child);
      return;
    }
    if (const auto *If = dyn_cast<IfStmt>(&S)) {
      statement(If->getInit());
      statement(If->getConditionVariableDeclStmt());
      if (!If->getConditionVariableDeclStmt())
        unknown(If->getCond());
      statement(If->getThen());
      statement(If->getElse());
      return;
    }
    if (const auto *For = dyn_cast<ForStmt>(&S)) {
      statement(For->getInit());
      statement(For->getConditionVariableDeclStmt());
      unknown(For->getCond());
      statement(For->getInc());
      statement(For->getBody());
      return;
    }
    if (const auto *While = dyn_cast<WhileStmt>(&S)) {
      statement(While->getConditionVariableDeclStmt());
      if (!While->getConditionVariableDeclStmt())
        unknown(While->getCond());
      statement(While->getBody());
      return;
    }
    if (const auto *Do = dyn_cast<DoStmt>(&S)) {
      statement(Do->getBody());
      unknown(Do->getCond());
      return;
    }
    if (const auto *Switch = dyn_cast<SwitchStmt>(&S)) {
      statement(Switch->getInit());
      statement(Switch->getConditionVariableDeclStmt());
      if (!Switch->getConditionVariableDeclStmt())
        unknown(Switch->getCond());
      statement(Switch->getBody());
      return;
    }
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(&S)) {
      // The range and the loop variable are implicit variables: what they
      // hold is iterated, not kept.
      statement(Range->getInit());
      unknown(Range->getRangeInit());
      statement(Range->getBody());
      return;
    }
    if (const auto *Case = dyn_cast<SwitchCase>(&S))
      return statement(Case->getSubStmt());
    if (const auto *Label = dyn_cast<LabelStmt>(&S))
      return statement(Label->getSubStmt());
    if (const auto *Attributed = dyn_cast<AttributedStmt>(&S))
      return statement(Attributed->getSubStmt());
    if (const auto *Return = dyn_cast<ReturnStmt>(&S)) {
      if (const Expr *Value = Return->getRetValue())
        expr(Value, fate(InCoroutine ? FateKind::Unknown : FateKind::Returned));
      return;
    }
    if (const auto *Decls = dyn_cast<DeclStmt>(&S)) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D); Var && Var->getInit()) {
          Fate F = fate(Var->isImplicit() ? FateKind::Unknown
                                          : FateKind::Variable);
          F.Var = Var;
          expr(Var->getInit(), F);
        }
      return;
    }
    if (const auto *Try = dyn_cast<CXXTryStmt>(&S)) {
      statement(Try->getTryBlock());
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        statement(Try->getHandler(I)->getHandlerBlock());
      return;
    }
    forEachRunChild(S, [&](const Stmt &Child) {
      if (const auto *E = dyn_cast<Expr>(&Child))
        unknown(E);
      else
        other(Child);
    });
  }

  void unknown(const Expr *E) { expr(E, fate(FateKind::Unknown)); }

  /// \p E's value goes to \p F.
  void expr(const Expr *E, Fate F) {
    if (!E || isUnevaluated(*E))
      return;
    if (isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, FullExpr, CXXFunctionalCastExpr,
            CXXStaticCastExpr, CXXConstCastExpr>(E))
      return forEachRunChild(*E, [&](const Stmt &Child) {
        expr(dyn_cast<Expr>(&Child), F);
      });
    if (const auto *Cast = dyn_cast<CStyleCastExpr>(E))
      return expr(Cast->getSubExpr(), Cast->getType()->isVoidType()
                                          ? fate(FateKind::Discarded)
                                          : F);
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
      return expr(Default->getExpr(), F);
    if (isAwait(*E))
      return expr(awaitOperandAsWritten(*E), fate(FateKind::Awaited));
    if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
      unknown(Cond->getCond());
      expr(Cond->getTrueExpr(), F);
      expr(Cond->getFalseExpr(), F);
      return;
    }
    if (const auto *Op = dyn_cast<BinaryOperator>(E)) {
      if (Op->getOpcode() == BO_Comma) {
        expr(Op->getLHS(), fate(FateKind::Discarded));
        return expr(Op->getRHS(), F);
      }
      unknown(Op->getLHS());
      return expr(Op->getRHS(), fate(Op->getOpcode() == BO_Assign
                                         ? FateKind::Stored
                                         : FateKind::Unknown));
    }
    if (isa<InitListExpr, CXXStdInitializerListExpr, CXXParenListInitExpr>(E))
      return forEachRunChild(*E, [&](const Stmt &Child) {
        expr(dyn_cast<Expr>(&Child), F);
      });
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      // A copy, a move or a conversion of a task, or a std container,
      // optional or tuple built from it, holds what it is built from.
      bool Holds = passesOn(Construct->getType());
      for (const Expr *Arg : Construct->arguments())
        expr(Arg, Holds ? F : fate(FateKind::Unknown));
      return;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return call(*Call, F);
    forEachRunChild(*E, [&](const Stmt &Child) {
      if (const auto *Sub = dyn_cast<Expr>(&Child))
        unknown(Sub);
      else
        other(Child);
    });
  }

private:
  static const Expr *awaitOperandAsWritten(const Expr &Await) {
    if (const auto *A = dyn_cast<CoroutineSuspendExpr>(&Await))
      return A->getOperand();
    if (const auto *D = dyn_cast<DependentCoawaitExpr>(&Await))
      return D->getOperand();
    return nullptr;
  }

  bool passesOn(QualType T) {
    if (T.isNull() || T->isDependentType())
      return false;
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
        RD && RD->isInStdNamespace())
      return true;
    Classification C = Model.classifyType(T);
    return !C.isNone() && !C.isGenerator();
  }

  void call(const CallExpr &Call, const Fate &F) {
    Visit(Call, F);
    const NamedDecl *Callee = calleeOf(Call);
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
    const auto *Method =
        dyn_cast_or_null<CXXMethodDecl>(Call.getDirectCallee());
    const Expr *Object = nullptr;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
      Object = Member->getImplicitObjectArgument();
    else
      unknown(Call.getCallee());

    // What the arguments (and the object of a member call) go to.
    Fate Args = fate(FateKind::Unknown);
    Fate ObjectFate = Args;
    if (isMoveOrForward(Call)) {
      Args = F;
    } else if (Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
      unknown(Op->getArg(0));
      return expr(Op->getArg(1), fate(FateKind::Stored));
    } else if (BlockingWaitMatch Wait = Model.blockingWait(Callee);
               Wait && (Wait.Entry->Kind == BlockingKind::SyncWait ||
                        Wait.Entry->Kind == BlockingKind::FutureWait)) {
      Args = ObjectFate = fate(FateKind::BlockedOn);
    } else if (Model.isAwaitableCombinator(Callee)) {
      Args = F;
    } else if (Model.isTaskKeeper(Callee) || Model.detachApi(&Call) ||
               Model.runnerTask(&Call)) {
      // A runner object's call, run_async(ex)(task), keeps the task too.
      Args = ObjectFate = keptBy(Call, F);
    } else if (Method && Method->getParent()->isInStdNamespace() &&
               Method->getIdentifier() &&
               llvm::is_contained(containerInsertionNames(),
                                  Method->getName())) {
      Args = fate(FateKind::Stored);
    } else if (passesOn(Call.getType()) && !Call.getType()->isReferenceType() &&
               !Model.classifyCall(&Call).isNone()) {
      // A call that makes a task of a task (co_withExecutor, a wrapping
      // coroutine, a continuation) passes it on.
      Args = ObjectFate = F;
    }
    expr(Object, ObjectFate);
    for (const Expr *Arg : Call.arguments())
      expr(Arg, Args);
  }

  /// What a keeper's arguments go to, given where its result goes.
  Fate keptBy(const CallExpr &Keeper, const Fate &Result) {
    // A keeper that returns nothing to wait for (void, a bool) has started
    // the work whatever is done with its result.
    QualType T = Keeper.getType();
    bool NothingToWaitFor =
        !T.isNull() && (T->isVoidType() || T->isScalarType());
    switch (Result.Kind) {
    case FateKind::Awaited:
    case FateKind::BlockedOn:
    case FateKind::NeverRuns:
      return Result;
    case FateKind::Unknown:
      if (!NothingToWaitFor)
        return Result;
      break;
    case FateKind::Discarded:
      if (Model.classifyCall(&Keeper).isLazy())
        return fate(FateKind::NeverRuns);
      break;
    case FateKind::Variable:
    case FateKind::Keeper:
    case FateKind::Stored:
    case FateKind::Returned:
      break;
    }
    Fate Kept = fate(FateKind::Keeper);
    Kept.Keeper = &Keeper;
    return Kept;
  }

  bool InCoroutine;
  CoroModel &Model;
  llvm::function_ref<void(const CallExpr &, const Fate &)> Visit;
};

} // namespace

void forEachCallFate(
    const FunctionDecl &FD, CoroModel &Model,
    llvm::function_ref<void(const CallExpr &, const Fate &)> Visit) {
  FateWalk Walk(FD, Model, Visit);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten())
        Walk.expr(Init->getInit(), Fate{Init->isMemberInitializer()
                                            ? FateKind::Stored
                                            : FateKind::Unknown});
  if (const Stmt *Body = FD.getBody())
    Walk.other(*Body);
}

} // namespace coro_tidy
