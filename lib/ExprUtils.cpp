//===- ExprUtils.cpp - What an expression refers to -----------------------===//

#include "lib/ExprUtils.h"
#include "lib/AstHelpers.h"
#include "lib/CoroModel.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/CharInfo.h"

using namespace clang;

namespace coro_tidy {

const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *OVE = dyn_cast<OpaqueValueExpr>(Next))
      if (OVE->getSourceExpr())
        Next = OVE->getSourceExpr();
    if (Next == E)
      break;
    E = Next;
  }
  return E;
}

bool isMoveOrForward(const CallExpr &Call) {
  if (Call.getNumArgs() != 1)
    return false;
  const FunctionDecl *FD = Call.getDirectCallee();
  if (FD && FD->isInStdNamespace() && FD->getIdentifier())
    return FD->getName() == "move" || FD->getName() == "forward";
  // In a template: `std::forward<T>(x)` is an unresolved lookup.
  if (const auto *Lookup =
          dyn_cast<UnresolvedLookupExpr>(Call.getCallee()->IgnoreParens())) {
    if (Lookup->getNumDecls() == 0)
      return false;
    const NamedDecl *D = (*Lookup->decls_begin())->getUnderlyingDecl();
    return D->isInStdNamespace() && D->getIdentifier() &&
           (D->getName() == "move" || D->getName() == "forward");
  }
  return false;
}

const Expr *stripMove(const Expr *E) {
  E = strip(E);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E))
    if (isMoveOrForward(*Call))
      return strip(Call->getArg(0));
  return E;
}

const Expr *throughPointer(const Expr *E) {
  E = strip(E);
  if (const auto *Op = dyn_cast_or_null<UnaryOperator>(E))
    if (Op->getOpcode() == UO_AddrOf || Op->getOpcode() == UO_Deref)
      return stripMove(Op->getSubExpr());
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(E))
    if ((Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) &&
        Op->getNumArgs() == 1)
      return stripMove(Op->getArg(0));
  return E;
}

const ValueDecl *namedDecl(const Expr *E) {
  E = throughPointer(stripMove(E));
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(strip(Member->getBase())))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

static bool mentionsHere(const Stmt &S, const ValueDecl *D, bool AnyBase) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(&S))
    return Ref->getDecl() == D;
  if (const auto *Member = dyn_cast<MemberExpr>(&S))
    return Member->getMemberDecl() == D &&
           (AnyBase || isa<CXXThisExpr>(strip(Member->getBase())));
  return false;
}

static bool mentionsAnywhere(const Stmt *S, const ValueDecl *D) {
  if (!S)
    return false;
  if (mentionsHere(*S, D, /*AnyBase=*/true))
    return true;
  for (const Stmt *Child : S->children())
    if (mentionsAnywhere(Child, D))
      return true;
  return false;
}

bool mentions(const Stmt *S, const ValueDecl *D, InLambdas Lambdas) {
  if (!S || !D)
    return false;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    if (Lambdas == InLambdas::Skip)
      return false;
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == D)
        return true;
    return mentionsAnywhere(Lambda->getBody(), D);
  }
  if (isa<BlockExpr>(S))
    return false;
  if (Lambdas != InLambdas::Only && mentionsHere(*S, D, /*AnyBase=*/false))
    return true;
  for (const Stmt *Child : S->children())
    if (mentions(Child, D, Lambdas))
      return true;
  return false;
}

const NamedDecl *calleeOrCandidate(const CallExpr &Call) {
  if (const NamedDecl *D = calleeOf(Call))
    return D;
  const Expr *Callee = Call.getCallee()->IgnoreParenImpCasts();
  // A customization-point object called with dependent arguments.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
    return dyn_cast<VarDecl>(Ref->getDecl());
  const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(Callee);
  if (!Lookup || Lookup->getNumDecls() == 0)
    return nullptr;
  const NamedDecl *First = (*Lookup->decls_begin())->getUnderlyingDecl();
  std::string Name = qualifiedName(First);
  for (const NamedDecl *D : Lookup->decls())
    if (qualifiedName(D->getUnderlyingDecl()) != Name)
      return nullptr;
  return First;
}

const NamedDecl *operandDecl(const Expr *Operand) {
  Operand = strip(Operand);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Operand))
    return calleeOrCandidate(*Call);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Operand))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Operand))
    return Member->getMemberDecl();
  return nullptr;
}

unsigned firstArgument(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    return Op->getOperator() == OO_Call ? 1 : 0;
  return 0;
}

CallTarget callTarget(const Expr *Operand) {
  CallTarget T;
  const auto *Call = dyn_cast_or_null<CallExpr>(strip(Operand));
  if (!Call)
    return T;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (!Method || !Method->getIdentifier())
      return T;
    T.Name = Method->getName().str();
    T.Object = Member->getImplicitObjectArgument();
  } else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(
                 strip(Call->getCallee()))) {
    T.Name = Dep->getMember().getAsString();
    T.Object = Dep->isImplicitAccess() ? nullptr : Dep->getBase();
  } else if (const auto *Unresolved =
                 dyn_cast<UnresolvedMemberExpr>(strip(Call->getCallee()))) {
    T.Name = Unresolved->getMemberName().getAsString();
    T.Object = Unresolved->isImplicitAccess() ? nullptr : Unresolved->getBase();
  } else if (isa<CXXOperatorCallExpr>(Call)) {
    return T;
  } else {
    const Expr *Callee = strip(Call->getCallee());
    if (const auto *Lookup = dyn_cast_or_null<UnresolvedLookupExpr>(Callee))
      T.Name = Lookup->getName().getAsString();
    else if (const FunctionDecl *FD = Call->getDirectCallee())
      T.Name = FD->getIdentifier() ? FD->getName().str() : "";
    if (T.Name.empty() || Call->getNumArgs() == 0) {
      T.Name.clear();
      return T;
    }
    T.Object = Call->getArg(0);
  }
  T.Resource = namedDecl(T.Object);
  return T;
}

bool isUnevaluated(const Stmt &S) {
  if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, RequiresExpr>(S))
    return true;
  if (const auto *TypeId = dyn_cast<CXXTypeidExpr>(&S))
    return !TypeId->isPotentiallyEvaluated();
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    return Call->getBuiltinCallee() == Builtin::BI__builtin_constant_p;
  return false;
}

bool matchesNameOrWord(llvm::StringRef Name, const llvm::Regex &Regex) {
  if (Name.empty())
    return false;
  if (Regex.match(Name))
    return true;
  size_t Start = 0;
  for (size_t I = 1; I <= Name.size(); ++I) {
    bool Boundary = I == Name.size() || Name[I] == '_' ||
                    (isUppercase(Name[I]) && isLowercase(Name[I - 1]));
    if (!Boundary)
      continue;
    llvm::StringRef Word = Name.slice(Start, I);
    if (!Word.empty() && Regex.match(Word))
      return true;
    Start = I < Name.size() && Name[I] == '_' ? I + 1 : I;
  }
  return false;
}

std::string displayName(const NamedDecl *D) {
  if (!D)
    return "";
  if (const auto *Method = dyn_cast<CXXMethodDecl>(D))
    if (Method->getParent()->isLambda())
      return "lambda";
  if (const auto *Record = dyn_cast<CXXRecordDecl>(D))
    if (Record->isLambda())
      return "lambda";
  return D->getNameAsString();
}

} // namespace coro_tidy
