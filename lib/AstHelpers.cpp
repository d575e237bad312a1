//===- AstHelpers.cpp - AST questions shared by the coro-* checks ---------===//

#include "lib/AstHelpers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace coro_tidy {

bool isCoroutine(const FunctionDecl *FD) {
  return FD && isa_and_nonnull<CoroutineBodyStmt>(FD->getBody());
}

StmtContext contextOf(const Stmt &S, ASTContext &Ctx) {
  StmtContext Result;
  DynTypedNode Node = DynTypedNode::create(S);
  for (unsigned Steps = 0; Steps < 1024; ++Steps) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      break;
    Node = Parents[0];
    if (const auto *Lambda = Node.get<LambdaExpr>()) {
      Result.Function = Lambda->getCallOperator();
      break;
    }
    if (const auto *FD = Node.get<FunctionDecl>()) {
      Result.Function = FD;
      break;
    }
    if (Node.get<BlockExpr>() || Node.get<BlockDecl>())
      break;
    if (Node.get<CXXCatchStmt>())
      Result.InCatchHandler = true;
  }
  return Result;
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
