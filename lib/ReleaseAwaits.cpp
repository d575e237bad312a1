//===- ReleaseAwaits.cpp - Releases that an earlier failing await skips ---===//

#include "lib/ReleaseAwaits.h"
#include "lib/AstHelpers.h"
#include "lib/CoroModel.h"
#include "lib/ExprUtils.h"
#include "lib/RunOrder.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace coro_tidy {

bool isAcquisitionName(llvm::StringRef Name) {
  for (llvm::StringRef Known : resourceAcquisitionNames())
    if (Name == Known)
      return true;
  return false;
}

/// The co_await a statement consists of: `co_await x;`, `(void)co_await x;`
/// or `auto r = co_await x;`.
static const Expr *statementAwait(const Stmt &S) {
  const Expr *E = nullptr;
  if (const auto *DS = dyn_cast<DeclStmt>(&S)) {
    if (DS->isSingleDecl())
      if (const auto *Var = dyn_cast<VarDecl>(DS->getSingleDecl()))
        E = Var->getInit();
  } else {
    E = dyn_cast<Expr>(&S);
  }
  E = strip(E);
  if (const auto *Cast = dyn_cast_or_null<CStyleCastExpr>(E))
    if (Cast->getType()->isVoidType())
      E = strip(Cast->getSubExpr());
  return E && isAwait(*E) ? E : nullptr;
}

/// Whether the statement \p S declares a scope guard of \p Resource: a
/// variable with a destructor whose initializer holds a lambda that uses it.
static bool isGuardOf(const Stmt &S, const ValueDecl *Resource) {
  const auto *DS = dyn_cast<DeclStmt>(&S);
  if (!DS)
    return false;
  for (const Decl *D : DS->decls()) {
    const auto *Var = dyn_cast<VarDecl>(D);
    if (!Var || !Var->getInit() || Var->getType()->isReferenceType())
      continue;
    const CXXRecordDecl *RD = Var->getType()->getAsCXXRecordDecl();
    bool HasDestructor = Var->getType()->isDependentType() ||
                         (RD && RD->hasDefinition() &&
                          !RD->hasTrivialDestructor());
    if (HasDestructor && mentions(Var->getInit(), Resource, InLambdas::Only))
      return true;
  }
  return false;
}

/// Whether \p S acquires or makes \p Resource: its declaration, or a call
/// of an acquisition on it.
static bool acquires(const Stmt &S, const ValueDecl *Resource) {
  if (const auto *DS = dyn_cast<DeclStmt>(&S))
    for (const Decl *D : DS->decls())
      if (D == Resource)
        return true;
  return findRun(S, [&](const Stmt &X) {
           const auto *Call = dyn_cast<CallExpr>(&X);
           if (!Call)
             return false;
           CallTarget T = callTarget(Call);
           return T.Resource == Resource && isAcquisitionName(T.Name);
         }) != nullptr;
}

namespace {
class Search {
public:
  Search(const ReleaseContext &C) : C(C) {}

  void walk(const Stmt &S, bool Guarded) {
    if (isa<LambdaExpr, BlockExpr>(S) || isUnevaluated(S))
      return;
    if (const auto *Try = dyn_cast<CXXTryStmt>(&S)) {
      // An enclosing try: the author handles the failure path.
      if (Try->getTryBlock())
        walk(*Try->getTryBlock(), /*Guarded=*/true);
      return;
    }
    if (const auto *Block = dyn_cast<CompoundStmt>(&S)) {
      llvm::ArrayRef<Stmt *> Body(Block->body_begin(), Block->body_end());
      for (size_t I = 0; I < Body.size(); ++I) {
        const Stmt *Child = Body[I];
        // Cleanup regions are judged elsewhere.
        if (!Child || C.RegionStmts.count(Child))
          continue;
        if (!Guarded)
          judge(Body.take_front(I), *Child);
        Outer.push_back(Body.take_front(I));
        walk(*Child, Guarded);
        Outer.pop_back();
      }
      return;
    }
    for (const Stmt *Child : S.children())
      if (Child && !isa<Expr>(Child))
        walk(*Child, Guarded);
  }

  std::vector<SkippedRelease> Found;

private:
  /// Whether the await \p E, earlier in the block, may throw while
  /// \p Resource is held: it operates on it, is no acquisition or release
  /// of it, and is no query of its executor.
  bool mayFailHolding(const Expr &E, const ValueDecl *Resource) {
    const Expr *Operand = awaitOperand(E);
    if (matchesNameList(operandDecl(Operand), C.Table.CancellationFreeAwaits))
      return false;
    CallTarget T = callTarget(Operand);
    if (T.Resource == Resource &&
        (isAcquisitionName(T.Name) || C.IsReleaseName(T.Name)))
      return false;
    // Mentions outside `x.executor()` / `x.get_executor()`.
    bool Uses = false;
    walkRunOrder(*Operand, [&](const Stmt &X) {
      if (Uses)
        return false;
      if (const auto *Call = dyn_cast<CallExpr>(&X)) {
        CallTarget Inner = callTarget(Call);
        if (Inner.Resource == Resource &&
            (Inner.Name == "executor" || Inner.Name == "get_executor"))
          return false;
      }
      if (const auto *Ref = dyn_cast<DeclRefExpr>(&X))
        Uses = Ref->getDecl() == Resource;
      else if (const auto *Member = dyn_cast<MemberExpr>(&X))
        Uses = Member->getMemberDecl() == Resource &&
               isa<CXXThisExpr>(strip(Member->getBase()));
      return !Uses;
    });
    return Uses;
  }

  void judge(llvm::ArrayRef<Stmt *> Before, const Stmt &S) {
    const Expr *Await = statementAwait(S);
    if (!Await || Await->containsErrors() ||
        isInSystemMacro(Await->getBeginLoc(), C.SM))
      return;
    CallTarget Target = callTarget(awaitOperand(*Await));
    if (Target.Name.empty() || !C.IsReleaseName(Target.Name))
      return;
    const ValueDecl *Resource = Target.Resource;
    if (!Resource || C.CleanedUp.count(Resource))
      return;
    // Generators and tasks are not resources here: the async cleanup of a
    // generator is coro-unclosed-generator's.
    QualType Type = Resource->getType().getNonReferenceType();
    if (Type->isPointerType())
      Type = Type->getPointeeType();
    if (!C.Model.classifyType(Type).isNone())
      return;
    // Held from its last acquisition in the block on.
    size_t From = 0;
    for (size_t I = Before.size(); I-- > 0;)
      if (Before[I] && acquires(*Before[I], Resource)) {
        From = I + 1;
        break;
      }
    bool UsedBefore = false;
    for (const Stmt *Earlier : Before.drop_front(From))
      if (Earlier && !UsedBefore)
        forEachAwait(
            *Earlier,
            [&](const Expr &E) {
              UsedBefore = UsedBefore || mayFailHolding(E, Resource);
            },
            /*SkipTryBlocks=*/true);
    if (!UsedBefore)
      return;
    // A scope guard declared earlier (folly::makeGuard, SCOPE_EXIT,
    // absl::Cleanup...) already releases it on the failure path.
    for (llvm::ArrayRef<Stmt *> Stmts : Outer)
      for (const Stmt *Earlier : Stmts)
        if (Earlier && isGuardOf(*Earlier, Resource))
          return;
    for (const Stmt *Earlier : Before)
      if (Earlier && isGuardOf(*Earlier, Resource))
        return;
    Found.push_back({Await, Target.Name, Resource});
  }

  const ReleaseContext &C;
  /// For each block around the statement at hand, the statements ahead of
  /// the one that holds it.
  llvm::SmallVector<llvm::ArrayRef<Stmt *>, 8> Outer;
};
} // namespace

void addCleanupRegistrations(const Stmt &Body, const CoroModel &Model,
                             CleanupRegistrations &Out) {
  forEachAwait(Body, [&](const Expr &Await) {
    const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
    if (!Call || !Model.isAsyncCleanupFunction(calleeOrCandidate(*Call)))
      return;
    for (unsigned I = firstArgument(*Call); I < Call->getNumArgs(); ++I) {
      const Expr *Arg = stripMove(Call->getArg(I));
      if (const ValueDecl *D = namedDecl(Arg)) {
        Out.Resources.insert(D);
        if (const auto *Var = dyn_cast<VarDecl>(D))
          if (Var->getInit())
            Arg = strip(Var->getInit());
      }
      if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Arg)) {
        Out.Callbacks.insert(Lambda->getCallOperator());
        for (const LambdaCapture &Capture : Lambda->captures())
          if (Capture.capturesVariable())
            if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
              Out.Resources.insert(Var);
      }
    }
  });
}

std::vector<SkippedRelease> skippedReleases(const Stmt &Body,
                                            const ReleaseContext &Context) {
  Search S(Context);
  S.walk(Body, /*Guarded=*/false);
  return std::move(S.Found);
}

} // namespace coro_tidy
