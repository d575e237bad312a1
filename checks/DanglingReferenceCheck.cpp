//===- DanglingReferenceCheck.cpp - coro-dangling-reference ---------------===//

#include "checks/DanglingReferenceCheck.h"
#include "checks/Registry.h"
#include "lib/AstHelpers.h"
#include "lib/ExprUtils.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

void DanglingReferenceCheck::registerMatchers(MatchFinder *Finder) {
  // Every function body is walked once, template instantiations included
  // (a call with dependent arguments is resolved only there; reportOnce
  // keeps one diagnostic per spelled location). Lambda bodies are
  // functions of their own.
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind("function"),
      this);
}

void DanglingReferenceCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!FD || FD->isInvalidDecl() || !FD->getBody())
    return;
  ASTContext &Ctx = *Result.Context;
  forEachCallFate(*FD, model(), [&](const CallExpr &Call, const Fate &F) {
    checkCall(Call, F, *FD, Ctx);
  });
}

namespace {
/// Whether a call of \p F makes a coroutine frame: F is defined as a
/// coroutine, or only declared here (\p Assumed), as
/// [[clang::coro_lifetimebound]] assumes.
bool makesFrame(const FunctionDecl &F, bool &Assumed) {
  Assumed = false;
  if (F.isDeleted() || F.isDefaulted())
    return false;
  const FunctionDecl *Def = nullptr;
  if (F.hasBody(Def))
    return isCoroutine(Def);
  if (const FunctionDecl *Pattern = F.getTemplateInstantiationPattern();
      Pattern && Pattern->hasBody(Def))
    return isCoroutine(Def);
  Assumed = true;
  return true;
}

/// Which of the message's alternatives \p F is: 0 a variable, 1 a keeper,
/// 2 stored, 3 returned, 4 running on (discarded).
unsigned fateIndex(const Fate &F) {
  switch (F.Kind) {
  case FateKind::Variable: return 0;
  case FateKind::Keeper: return 1;
  case FateKind::Stored: return 2;
  case FateKind::Returned: return 3;
  default: return 4;
  }
}

std::string fateName(const Fate &F) {
  if (F.Kind == FateKind::Variable && F.Var && F.Var->getIdentifier())
    return F.Var->getName().str();
  if (F.Kind == FateKind::Keeper && F.Keeper)
    return calleeName(*F.Keeper);
  return "";
}

/// A `const T &` or `T &&` parameter: it binds a temporary.
bool bindsTemporaries(QualType T) {
  if (T->isRValueReferenceType())
    return true;
  if (!T->isLValueReferenceType())
    return false;
  QualType Pointee = T->getPointeeType();
  return Pointee.isConstQualified() && !Pointee.isVolatileQualified();
}

/// Where to report an argument of \p Call that starts at \p Loc: an
/// argument written with a system macro (QStringLiteral) is reported at
/// the macro's name; a call that a system macro writes is not the user's.
SourceLocation userLocation(SourceLocation Loc, const CallExpr &Call,
                            const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (isInSystemMacro(startOf(Call), SM))
    return {};
  return isInSystemMacro(Loc, SM) ? SM.getExpansionLoc(Loc) : Loc;
}

/// An argument that materializes a temporary for its parameter: a
/// literal converted to a class, `T{}`, a call returning by value, an
/// arithmetic result. Not a default argument: it has no written place.
bool isTemporary(const Expr &Arg) {
  const Expr *E = &Arg;
  while (true) {
    if (const auto *Paren = dyn_cast<ParenExpr>(E))
      E = Paren->getSubExpr();
    else if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
      E = Cast->getSubExpr();
    else
      break;
  }
  return isa<MaterializeTemporaryExpr>(E);
}
} // namespace

void DanglingReferenceCheck::checkCall(const CallExpr &Call, const Fate &F,
                                       const FunctionDecl &Where,
                                       ASTContext &Ctx) {
  // Kept beyond the full-expression, or (for a task that runs at once)
  // dropped while it runs on.
  bool Dropped = F.Kind == FateKind::Discarded;
  if (!F.kept() && !Dropped)
    return;
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Callee->isInvalidDecl() || !Call.isPRValue() ||
      !Call.getType()->isRecordType())
    return;
  Classification C = model().classifyCall(&Call);
  bool Runs = (C.Kind == Role::EagerTask && !C.JoinsOnDestroy &&
               !(C.Entry && C.Entry->CancelsOnDestroy)) ||
              C.Kind == Role::DetachedCoroutine;
  if (C.isNone() || C.isGenerator() || (Dropped && !Runs))
    return;
  bool Assumed = false;
  if (!makesFrame(*Callee, Assumed))
    return;
  // A framework's own API: its implementation decides what it copies
  // before it first suspends (QCoro's qCoro(obj, &Class::signal) stores the
  // member pointer by value), declared only or defined in its headers.
  if (model().frameworkOf(Callee) != Framework::Unknown &&
      !Ctx.getSourceManager().isInMainFile(
          Ctx.getSourceManager().getExpansionLoc(Callee->getLocation())))
    return;
  // Rule 1: temporaries bound to reference parameters.
  checkArguments(Call, *Callee, Assumed, F, Where, Ctx);
  // Rule 2: the closure of a capturing lambda coroutine invoked here.
  if (!Assumed)
    checkLambda(Call, F, Where, Ctx);
}

void DanglingReferenceCheck::checkArguments(const CallExpr &Call,
                                            const FunctionDecl &Callee,
                                            bool Assumed, const Fate &F,
                                            const FunctionDecl &Where,
                                            ASTContext &Ctx) {
  // The object of a member operator() call is argument 0.
  unsigned Offset = 0;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&Callee);
      Method && isa<CXXOperatorCallExpr>(Call) &&
      Method->isImplicitObjectMemberFunction())
    Offset = 1;
  // The parameters as the definition names them: the fix goes there.
  const FunctionDecl *Def = nullptr;
  const FunctionDecl &Named = Callee.hasBody(Def) ? *Def : Callee;
  for (unsigned I = Offset; I < Call.getNumArgs(); ++I) {
    unsigned P = I - Offset;
    if (P >= Named.getNumParams())
      break;
    const ParmVarDecl *Param = Named.getParamDecl(P);
    const Expr *Arg = Call.getArg(I);
    // A pointer to a function or a member (&Class::signal) is a constant
    // that the coroutine copies as it would a callable: not reported.
    QualType ArgType = Arg->getType().getNonReferenceType();
    if (!Param || !bindsTemporaries(Param->getType()) ||
        !isTemporary(*Arg) || ArgType->isMemberPointerType() ||
        ArgType->isFunctionPointerType())
      continue;
    SourceLocation Loc = userLocation(Arg->getBeginLoc(), Call, Ctx);
    if (!isUserCode(Loc, &Where, Ctx) || !reportOnce(Loc))
      continue;
    std::string ParamName = Param->getIdentifier()
                                ? "'" + Param->getName().str() + "'"
                                : "parameter " + std::to_string(P + 1);
    diag(Loc, "the temporary bound to %0 dies at the end of this statement, "
              "but %select{the task kept in '%2'|the task handed to '%2'|the "
              "stored task|the returned task|the running task}1 reads it "
              "later")
        << ParamName << fateIndex(F) << fateName(F);
    diag(Param->getLocation(),
         "%select{coroutine|function}0 '%1' takes %2 by reference%select{| "
         "and is assumed to be a coroutine (it is only declared in this "
         "unit)}0: its task refers to the argument and does not copy it; "
         "take %2 by value, or co_await the task in the statement that "
         "creates it",
         DiagnosticIDs::Note)
        << Assumed << displayName(&Callee) << ParamName;
  }
}

void DanglingReferenceCheck::checkLambda(const CallExpr &Call, const Fate &F,
                                         const FunctionDecl &Where,
                                         ASTContext &Ctx) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return;
  const auto *Lambda = dyn_cast_or_null<LambdaExpr>(strip(Op->getArg(0)));
  if (!Lambda || Lambda->capture_size() == 0)
    return;
  SourceLocation Loc = userLocation(Lambda->getBeginLoc(), Call, Ctx);
  if (!isUserCode(Loc, &Where, Ctx) || !reportOnce(Loc))
    return;
  diag(Loc, "the lambda and its captures die at the end of this statement, "
            "but %select{the task kept in '%1'|the task handed to '%1'|the "
            "stored task|the returned task|the running task}0 reads them "
            "later")
      << fateIndex(F) << fateName(F);
  const LambdaCapture &First = *Lambda->capture_begin();
  SourceLocation At = First.getLocation();
  if (First.isImplicit() && Lambda->getCaptureDefaultLoc().isValid())
    At = Lambda->getCaptureDefaultLoc();
  diag(At, "captured here; pass it to the lambda as a by-value parameter "
           "instead, or keep the lambda alive until its task ends",
       DiagnosticIDs::Note);
}

CORO_TIDY_CHECK_FACTORY(DanglingReferenceCheck)

} // namespace coro_tidy
