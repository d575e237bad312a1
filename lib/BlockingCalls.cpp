//===- BlockingCalls.cpp - Calls that block a coroutine's thread ----------===//

#include "lib/BlockingCalls.h"
#include "lib/ExprUtils.h"
#include "lib/RunOrder.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace coro_tidy {

unsigned writtenArgCount(const CallExpr &Call) {
  unsigned N = 0;
  for (unsigned I = firstArgument(Call); I < Call.getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(Call.getArg(I)))
      ++N;
  return N;
}

const Expr *writtenArg(const CallExpr &Call, unsigned I) {
  if (I >= writtenArgCount(Call))
    return nullptr;
  return Call.getArg(firstArgument(Call) + I);
}

bool isZeroDuration(const Expr *E, const ASTContext &Ctx) {
  E = strip(E);
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return false;
  // A std::chrono::duration is a literal type holding its count.
  Expr::EvalResult Result;
  if (!E->EvaluateAsRValue(Result, Ctx) || Result.HasSideEffects)
    return false;
  const APValue &V = Result.Val;
  if (!V.isStruct() || V.getStructNumBases() != 0 ||
      V.getStructNumFields() != 1)
    return false;
  const APValue &Count = V.getStructField(0);
  return (Count.isInt() && Count.getInt().isZero()) ||
         (Count.isFloat() && Count.getFloat().isZero());
}

bool convertsToNanoseconds(QualType T) {
  if (T.isNull())
    return false;
  const auto *Duration = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Duration || qualifiedName(Duration) != "std::chrono::duration")
    return false;
  const TemplateArgumentList &Args = Duration->getTemplateArgs();
  if (Args.size() != 2 || Args[0].getKind() != TemplateArgument::Type ||
      Args[1].getKind() != TemplateArgument::Type ||
      !Args[0].getAsType()->isIntegerType())
    return false;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Args[1].getAsType()->getAsCXXRecordDecl());
  if (!Ratio || qualifiedName(Ratio) != "std::ratio")
    return false;
  const TemplateArgumentList &Parts = Ratio->getTemplateArgs();
  if (Parts.size() != 2 || Parts[0].getKind() != TemplateArgument::Integral ||
      Parts[1].getKind() != TemplateArgument::Integral)
    return false;
  // num/den seconds is a whole number of nanoseconds: den divides num * 1e9.
  llvm::APInt Num = Parts[0].getAsIntegral().sextOrTrunc(128);
  llvm::APInt Den = Parts[1].getAsIntegral().sextOrTrunc(128);
  if (Den.isZero() || Num.isNegative() || Den.isNegative())
    return false;
  return (Num * llvm::APInt(128, 1000000000)).urem(Den) == 0;
}

namespace {
/// Nodes a value goes through on its way to its user without changing it.
bool isTransparent(const Stmt &S) {
  return isa<ImplicitCastExpr, ParenExpr, FullExpr, CXXBindTemporaryExpr,
             MaterializeTemporaryExpr>(S);
}

bool isVoidCast(const Stmt &S) {
  const auto *Cast = dyn_cast<ExplicitCastExpr>(&S);
  return Cast && Cast->getTypeAsWritten()->isVoidType();
}

/// Whether \p Child, a child of the statement \p Parent, is in a place
/// whose value is discarded.
bool discardedIn(const Stmt &Parent, const Stmt *Child) {
  if (isVoidCast(Parent))
    return true;
  if (const auto *Comma = dyn_cast<BinaryOperator>(&Parent))
    return Comma->getOpcode() == BO_Comma && Comma->getLHS() == Child;
  if (isa<Expr>(Parent))
    return false;
  if (isa<CompoundStmt, LabelStmt, SwitchCase, AttributedStmt>(Parent))
    return true;
  if (const auto *If = dyn_cast<IfStmt>(&Parent))
    return Child == If->getThen() || Child == If->getElse();
  if (const auto *For = dyn_cast<ForStmt>(&Parent))
    return Child == For->getInit() || Child == For->getInc() ||
           Child == For->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(&Parent))
    return Child == While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(&Parent))
    return Child == Do->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(&Parent))
    return Child == Range->getBody();
  return false;
}

class Finder {
public:
  Finder(const CoroModel &Model, const ASTContext &Ctx)
      : Model(Model), Ctx(Ctx) {}

  std::vector<BlockingCall> run(const Stmt &Body) {
    walkRunOrder(
        Body,
        [&](const Stmt &S) {
          Path.push_back(&S);
          if (const auto *Call = dyn_cast<CallExpr>(&S))
            visit(*Call);
          return true;
        },
        [&](const Stmt &) { Path.pop_back(); });
    return std::move(Found);
  }

private:
  void visit(const CallExpr &Call) {
    BlockingWaitMatch Wait = Model.blockingWait(Call);
    if (!Wait)
      return;
    const BlockingWaitEntry &Entry = *Wait.Entry;
    if (Entry.DurationArg >= 0)
      if (const Expr *D = writtenArg(Call, Entry.DurationArg);
          D && isZeroDuration(D, Ctx))
        return;
    if (Entry.Kind == BlockingKind::FutureWait && afterReadinessTest(Call))
      return;
    BlockingCall B;
    B.Call = &Call;
    B.Wait = Wait;
    // Path ends with the call; its user is the first node above it that
    // does more than pass the value on.
    size_t I = Path.size() - 1;
    while (I > 0 && isTransparent(*Path[I - 1]))
      --I;
    B.Discarded = I > 0 && discardedIn(*Path[I - 1], Path[I]);
    for (const Stmt *S : Path) {
      if (isa<CXXCatchStmt, LambdaExpr>(S))
        B.AwaitAllowed = false;
      if (const auto *Decls = dyn_cast<DeclStmt>(S))
        for (const Decl *D : Decls->decls())
          if (const auto *Var = dyn_cast<VarDecl>(D);
              Var && Var->isStaticLocal())
            B.AwaitAllowed = false;
    }
    Found.push_back(B);
  }

  /// A readiness test of the future \p Future that runs as part of \p S.
  bool testsReadiness(const Stmt *S, const ValueDecl *Future) const {
    return S && findRun(*S, [&](const Stmt &X) {
             const auto *Test = dyn_cast<CXXMemberCallExpr>(&X);
             return Test && Model.isReadinessTest(*Test) &&
                    namedDecl(Test->getImplicitObjectArgument()) == Future;
           });
  }

  /// \p S is an `if` or a loop whose condition tests the readiness of
  /// \p Future: `if (!f.isReady()) co_return;`,
  /// `while (f.wait_for(0s) != std::future_status::ready) co_await ...;`,
  /// or the `switch` an assertion macro expands to (EXPECT_TRUE(f.isReady())).
  bool guardsReadiness(const Stmt *S, const ValueDecl *Future) const {
    if (const auto *If = dyn_cast<IfStmt>(S))
      return testsReadiness(If->getInit(), Future) ||
             testsReadiness(If->getConditionVariableDeclStmt(), Future) ||
             testsReadiness(If->getCond(), Future);
    // An assertion macro: switch (0) case 0: default: if (const
    // AssertionResult r = AssertionResult(f.isReady())) ; else ...
    if (const auto *Switch = dyn_cast<SwitchStmt>(S))
      return testsReadiness(Switch, Future);
    if (const auto *While = dyn_cast<WhileStmt>(S))
      return testsReadiness(While->getCond(), Future);
    if (const auto *Do = dyn_cast<DoStmt>(S))
      return testsReadiness(Do->getCond(), Future);
    if (const auto *For = dyn_cast<ForStmt>(S))
      return testsReadiness(For->getCond(), Future);
    return false;
  }

  /// The wait \p Call (the last node of Path) follows a readiness test of
  /// its future: in the condition of an `if` or `?:` whose branch it is in,
  /// on the left of an `&&` it is on the right of, or in the condition of
  /// the `if` or loop just before the statement that holds it in the
  /// innermost block.
  bool afterReadinessTest(const CallExpr &Call) const {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
    const ValueDecl *Future =
        Member ? namedDecl(Member->getImplicitObjectArgument()) : nullptr;
    if (!Future)
      return false;
    bool InnermostBlock = true;
    for (size_t I = Path.size() - 1; I-- > 0;) {
      const Stmt *Parent = Path[I], *Child = Path[I + 1];
      if (const auto *If = dyn_cast<IfStmt>(Parent)) {
        if (Child == If->getThen() &&
            (testsReadiness(If->getInit(), Future) ||
             testsReadiness(If->getConditionVariableDeclStmt(), Future) ||
             testsReadiness(If->getCond(), Future)))
          return true;
      } else if (const auto *Cond = dyn_cast<ConditionalOperator>(Parent)) {
        if (Child == Cond->getTrueExpr() &&
            testsReadiness(Cond->getCond(), Future))
          return true;
      } else if (const auto *And = dyn_cast<BinaryOperator>(Parent)) {
        if (And->getOpcode() == BO_LAnd && Child == And->getRHS() &&
            testsReadiness(And->getLHS(), Future))
          return true;
      } else if (const auto *Block = dyn_cast<CompoundStmt>(Parent);
                 Block && InnermostBlock) {
        InnermostBlock = false;
        const auto *It = llvm::find(Block->body(), Child);
        if (It != Block->body_begin() && It != Block->body_end() &&
            guardsReadiness(*std::prev(It), Future))
          return true;
      }
    }
    return false;
  }

  const CoroModel &Model;
  const ASTContext &Ctx;
  std::vector<const Stmt *> Path;
  std::vector<BlockingCall> Found;
};
} // namespace

std::vector<BlockingCall> blockingCalls(const Stmt &Body, const CoroModel &Model,
                                        const ASTContext &Ctx) {
  return Finder(Model, Ctx).run(Body);
}

} // namespace coro_tidy
