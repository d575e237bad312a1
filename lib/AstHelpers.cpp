//===- AstHelpers.cpp - AST questions shared by the coro-* checks ---------===//

#include "lib/AstHelpers.h"
#include "lib/ExprUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace coro_tidy {

bool isCoroutine(const FunctionDecl *FD) {
  return FD && isa_and_nonnull<CoroutineBodyStmt>(FD->getBody());
}

bool isInInstantiation(const Decl *D) {
  for (; D; D = dyn_cast_or_null<Decl>(D->getDeclContext())) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D);
        FD && FD->isTemplateInstantiation())
      return true;
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      if (TemplateSpecializationKind K = RD->getTemplateSpecializationKind();
          K == TSK_ImplicitInstantiation ||
          K == TSK_ExplicitInstantiationDeclaration ||
          K == TSK_ExplicitInstantiationDefinition)
        return true;
  }
  return false;
}

using FileRange = FunctionLocator::FileRange;

static std::optional<FileRange> fileRange(SourceRange R,
                                          const SourceManager &SM) {
  if (R.isInvalid())
    return std::nullopt;
  auto [BeginFile, Begin] = SM.getDecomposedExpansionLoc(R.getBegin());
  auto [EndFile, End] = SM.getDecomposedExpansionLoc(R.getEnd());
  if (BeginFile != EndFile || End < Begin)
    return std::nullopt;
  return FileRange{BeginFile, Begin, End};
}

void FunctionLocator::index(const DeclContext &DC, const SourceManager &SM,
                            unsigned Depth) {
  if (Depth > 32)
    return;
  for (const Decl *D : DC.decls()) {
    if (D->isImplicit() || SM.isInSystemHeader(D->getLocation()))
      continue;
    if (const auto *Friend = dyn_cast<FriendDecl>(D))
      D = Friend->getFriendDecl();
    if (const auto *Template = dyn_cast_or_null<TemplateDecl>(D))
      D = Template->getTemplatedDecl();
    const auto *FD = dyn_cast_or_null<FunctionDecl>(D);
    const auto *Var = dyn_cast_or_null<VarDecl>(D);
    if ((FD && FD->doesThisDeclarationHaveABody()) || (Var && Var->hasInit())) {
      if (std::optional<FileRange> R = fileRange(D->getSourceRange(), SM))
        Functions.push_back({*R, D});
    } else if (const auto *Inner = dyn_cast_or_null<DeclContext>(D)) {
      index(*Inner, SM, Depth + 1);
    }
  }
}

namespace {
/// Follows, from a function body, the one child that contains the target:
/// into lambdas, methods of local classes, and catch handlers.
class BodyWalk {
public:
  BodyWalk(FileRange Target, const Stmt &Node, const SourceManager &SM)
      : Target(Target), Node(Node), SM(SM) {}

  /// From a function's body, or a variable's initializer (outside any
  /// function until a lambda is found).
  StmtContext from(const Decl *D) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      Result.Function = FD;
      // The function's type (its return type, a trailing decltype, its
      // parameters, a noexcept specification) never runs.
      if (const TypeSourceInfo *Type = FD->getTypeSourceInfo();
          Type && around(Type->getTypeLoc().getSourceRange()) &&
          !(FD->getBody() && around(FD->getBody()->getSourceRange()))) {
        Result.Unevaluated = true;
        return Result;
      }
      descend(FD->getBody(), 0);
    } else if (const auto *Var = dyn_cast<VarDecl>(D)) {
      descendInto(Var->getInit(), 0);
    }
    // Found by position but not as the node: the node is in an
    // instantiation of the function template (or of a member of a class
    // template) whose pattern was walked.
    if (!Exact && Result.Function && Result.Function->isTemplated())
      Result.FromInstantiation = true;
    return Result;
  }

private:
  bool around(SourceRange R) const {
    std::optional<FileRange> FR = fileRange(R, SM);
    return FR && FR->contains(Target);
  }

  void descend(const Stmt *S, unsigned Depth) {
    if (!S || Depth > 512)
      return;
    for (const Stmt *Child : S->children())
      if (Child && around(Child->getSourceRange()))
        return descendInto(Child, Depth);
  }

  /// \p Child contains the target.
  void descendInto(const Stmt *Child, unsigned Depth) {
    if (!Child)
      return;
    if (Child == &Node)
      Exact = true;
    if (isUnevaluated(*Child))
      Result.Unevaluated = true;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Child)) {
      Result.Function = Lambda->getCallOperator();
      Result.InCatchHandler = false;
      return descend(Lambda->getBody(), Depth + 1);
    }
    if (isa<CXXCatchStmt>(Child))
      Result.InCatchHandler = true;
    if (const auto *Decls = dyn_cast<DeclStmt>(Child))
      for (const Decl *D : Decls->decls())
        if (const auto *Local = dyn_cast<CXXRecordDecl>(D))
          for (const CXXMethodDecl *Method : Local->methods())
            if (Method->doesThisDeclarationHaveABody() &&
                around(Method->getSourceRange())) {
              Result.Function = Method;
              Result.InCatchHandler = false;
              return descend(Method->getBody(), Depth + 1);
            }
    descend(Child, Depth + 1);
  }

  FileRange Target;
  const Stmt &Node;
  const SourceManager &SM;
  StmtContext Result;
  bool Exact = false;
};
} // namespace

StmtContext FunctionLocator::contextOf(const Stmt &S, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Indexed != &Ctx) {
    Indexed = &Ctx;
    Functions.clear();
    index(*Ctx.getTranslationUnitDecl(), SM, 0);
    llvm::sort(Functions, [](const auto &A, const auto &B) {
      return std::tie(A.first.File, A.first.Begin) <
             std::tie(B.first.File, B.first.Begin);
    });
  }
  std::optional<FileRange> Target = fileRange(S.getSourceRange(), SM);
  if (!Target)
    return {};
  // The last function that starts at or before the target.
  auto After = llvm::upper_bound(
      Functions, *Target, [](const FileRange &T, const auto &Entry) {
        return std::tie(T.File, T.Begin) <
               std::tie(Entry.first.File, Entry.first.Begin);
      });
  // Several functions can start at one place (a macro that defines a few,
  // as test-case macros do): the nearest one before the target that
  // contains it.
  for (auto It = After; It != Functions.begin();) {
    --It;
    if (It->first.File != Target->File)
      break;
    if (It->first.contains(*Target))
      return BodyWalk(*Target, S, SM).from(It->second);
    if (After - It > 64)
      break;
  }
  // Outside every function and variable initializer, an expression is part
  // of a type, a template argument, a static_assert or a constant: it never
  // runs (decltype(f(), 1) in a type alias).
  StmtContext Outside;
  Outside.Unevaluated = true;
  return Outside;
}

bool isInSystemMacro(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isMacroID() && SM.isInSystemMacro(Loc);
}

const NamedDecl *calleeOf(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
      if (const auto *Ref =
              dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
        if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
          return Var;
  return Call.getDirectCallee();
}

std::string calleeName(const CallExpr &Call) {
  // A runner object's call is named by the call that made the runner:
  // run(ex)(task) is "run(...)".
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
    if (const auto *Runner =
            dyn_cast<CallExpr>(Op->getArg(0)->IgnoreImplicit()))
      if (!isa<CXXOperatorCallExpr>(Runner) && Runner->isPRValue())
        if (const NamedDecl *Made = calleeOf(*Runner))
          return displayName(Made) + "(...)";
  return displayName(calleeOf(Call));
}

/// The coroutine \p Call calls, when its definition is in the unit.
static const FunctionDecl *definedCoroutine(const CallExpr *Call) {
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  const FunctionDecl *Def = nullptr;
  return FD && FD->hasBody(Def) && isCoroutine(Def) ? Def : nullptr;
}

const FunctionDecl *spawnedCoroutine(const CallExpr &Spawn) {
  for (const Expr *Arg : Spawn.arguments()) {
    Arg = strip(Arg);
    if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Arg)) {
      const CXXMethodDecl *Op = Lambda->getCallOperator();
      if (isCoroutine(Op))
        return Op;
      // [self] { return self->reader(); }: the coroutine it returns.
      if (const auto *Body = dyn_cast_or_null<CompoundStmt>(Op->getBody());
          Body && Body->size() == 1)
        if (const auto *Return = dyn_cast<ReturnStmt>(Body->body_front()))
          if (const FunctionDecl *Def = definedCoroutine(
                  dyn_cast_or_null<CallExpr>(strip(Return->getRetValue()))))
            return Def;
      return Op;
    }
    if (const FunctionDecl *Def =
            definedCoroutine(dyn_cast_or_null<CallExpr>(Arg)))
      return Def;
  }
  return nullptr;
}

bool handlesOwnErrors(const FunctionDecl &FD) {
  const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(FD.getBody());
  const auto *Body = Coro ? dyn_cast_or_null<CompoundStmt>(Coro->getBody())
                          : nullptr;
  if (!Body || Body->size() != 1)
    return false;
  const auto *Try = dyn_cast<CXXTryStmt>(Body->body_front());
  if (!Try)
    return false;
  for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
    const CXXCatchStmt *Handler = Try->getHandler(I);
    if (!Handler->getExceptionDecl())
      return true;
    const CXXRecordDecl *Caught =
        Handler->getCaughtType().getNonReferenceType()->getAsCXXRecordDecl();
    if (Caught && Caught->isInStdNamespace() && Caught->getIdentifier() &&
        Caught->getName() == "exception")
      return true;
  }
  return false;
}

} // namespace coro_tidy
