//===- AstHelpers.cpp - AST questions shared by the coro-* checks ---------===//

#include "lib/AstHelpers.h"
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

namespace {
/// A range as offsets in one file, after macro expansion.
struct FileRange {
  FileID File;
  unsigned Begin = 0, End = 0;
  bool contains(const FileRange &Inner) const {
    return File == Inner.File && Begin <= Inner.Begin && Inner.End <= End;
  }
};

std::optional<FileRange> fileRange(SourceRange R, const SourceManager &SM) {
  if (R.isInvalid())
    return std::nullopt;
  auto [BeginFile, Begin] = SM.getDecomposedExpansionLoc(R.getBegin());
  auto [EndFile, End] = SM.getDecomposedExpansionLoc(R.getEnd());
  if (BeginFile != EndFile || End < Begin)
    return std::nullopt;
  return FileRange{BeginFile, Begin, End};
}

class ContextFinder {
public:
  ContextFinder(FileRange Target, const SourceManager &SM)
      : Target(Target), SM(SM) {}

  StmtContext find(const DeclContext &TU) {
    if (const FunctionDecl *FD = functionIn(TU, 0)) {
      Result.Function = FD;
      descend(FD->getBody(), 0);
    }
    return Result;
  }

private:
  bool around(SourceRange R) const {
    std::optional<FileRange> FR = fileRange(R, SM);
    return FR && FR->contains(Target);
  }

  /// The function definition among the declarations of \p DC that contains
  /// the target, looking into namespaces, classes and templates.
  const FunctionDecl *functionIn(const DeclContext &DC, unsigned Depth) {
    if (Depth > 32)
      return nullptr;
    for (const Decl *D : DC.decls()) {
      if (D->isImplicit() || !around(D->getSourceRange()))
        continue;
      if (const auto *Friend = dyn_cast<FriendDecl>(D))
        D = Friend->getFriendDecl();
      if (const auto *Template = dyn_cast_or_null<TemplateDecl>(D))
        D = Template->getTemplatedDecl();
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
        return FD->doesThisDeclarationHaveABody() ? FD : nullptr;
      if (const auto *Inner = dyn_cast_or_null<DeclContext>(D))
        return functionIn(*Inner, Depth + 1);
      return nullptr;
    }
    return nullptr;
  }

  /// Follows the one child of \p S that contains the target: into lambdas,
  /// methods of local classes, and catch handlers.
  void descend(const Stmt *S, unsigned Depth) {
    if (!S || Depth > 512)
      return;
    for (const Stmt *Child : S->children()) {
      if (!Child || !around(Child->getSourceRange()))
        continue;
      if (const auto *Lambda = dyn_cast<LambdaExpr>(Child)) {
        Result = {Lambda->getCallOperator(), false};
        return descend(Lambda->getBody(), Depth + 1);
      }
      if (isa<CXXCatchStmt>(Child))
        Result.InCatchHandler = true;
      if (const auto *Decls = dyn_cast<DeclStmt>(Child))
        for (const Decl *D : Decls->decls())
          if (const auto *Local = dyn_cast<CXXRecordDecl>(D))
            if (const FunctionDecl *Method = functionIn(*Local, 0)) {
              Result = {Method, false};
              return descend(Method->getBody(), Depth + 1);
            }
      return descend(Child, Depth + 1);
    }
  }

  FileRange Target;
  const SourceManager &SM;
  StmtContext Result;
};
} // namespace

StmtContext contextOf(const Stmt &S, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::optional<FileRange> Target = fileRange(S.getSourceRange(), SM);
  if (!Target)
    return {};
  return ContextFinder(*Target, SM).find(*Ctx.getTranslationUnitDecl());
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
  const NamedDecl *Callee = calleeOf(Call);
  if (const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee))
    if (Method->getParent()->isLambda())
      return "";
  return Callee ? Callee->getNameAsString() : "";
}

} // namespace coro_tidy
