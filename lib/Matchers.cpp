//===- Matchers.cpp - AST matchers shared by the coro-* checks ------------===//

#include "lib/Matchers.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy::matchers {

namespace ami = clang::ast_matchers::internal;

std::vector<ami::Matcher<Stmt>>
discardedValue(const ami::Matcher<Expr> &Inner) {
  auto Operand = ignoringParens(ignoringImplicit(Inner));
  auto VoidCast =
      explicitCastExpr(hasDestinationType(voidType()), hasSourceExpression(Operand))
          .bind("discard");
  auto IgnoreAssign =
      cxxOperatorCallExpr(hasOverloadedOperatorName("="), argumentCountIs(2),
                          hasArgument(0, ignoringImplicit(declRefExpr(
                                             to(varDecl(hasName("::std::ignore")))))),
                          hasArgument(1, Operand))
          .bind("discard");
  auto Discarded = expr(anyOf(VoidCast, IgnoreAssign, Inner));
  ami::Matcher<Stmt> Statement = expr(ignoringImplicit(Discarded));
  // One matcher per kind of parent, so that each is tried only on nodes of
  // its kind rather than on every statement.
  return {
      compoundStmt(forEach(Statement)),
      ifStmt(eachOf(hasThen(Statement), hasElse(Statement))),
      forStmt(eachOf(hasLoopInit(Statement), hasIncrement(Statement),
                     hasBody(Statement))),
      whileStmt(hasBody(Statement)),
      doStmt(hasBody(Statement)),
      cxxForRangeStmt(hasBody(Statement)),
      switchCase(forEach(Statement)),
      labelStmt(forEach(Statement)),
      binaryOperator(hasOperatorName(","),
                     hasLHS(ignoringParens(ignoringImplicit(Discarded))))
          .bind("comma"),
  };
}

ami::Matcher<Stmt> callsAnyOf(const std::vector<std::string> &Names) {
  std::vector<llvm::StringRef> Refs(Names.begin(), Names.end());
  return callExpr(anyOf(
      callee(functionDecl(hasAnyName(Refs))),
      cxxOperatorCallExpr(hasOverloadedOperatorName("()"),
                          hasArgument(0, ignoringParenImpCasts(declRefExpr(
                                             to(varDecl(hasAnyName(Refs)))))))));
}

StatementMatcher localRecordVariableInBlock() {
  return compoundStmt(
             unless(isExpansionInSystemHeader()),
             forEach(declStmt(hasSingleDecl(
                                  varDecl(hasLocalStorage(),
                                          unless(parmVarDecl()),
                                          hasType(hasUnqualifiedDesugaredType(
                                              recordType())))
                                      .bind("var")))
                         .bind("decl")))
      .bind("block");
}

} // namespace coro_tidy::matchers
