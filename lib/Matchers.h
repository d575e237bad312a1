//===- Matchers.h - AST matchers shared by the coro-* checks ------*- C++ -*-===//

#ifndef CORO_TIDY_LIB_MATCHERS_H
#define CORO_TIDY_LIB_MATCHERS_H

#include "clang/ASTMatchers/ASTMatchers.h"

namespace coro_tidy::matchers {

/// The implicit initial/final-suspend awaits clang adds to every coroutine.
AST_MATCHER(clang::CoawaitExpr, isImplicitAwait) { return Node.isImplicit(); }

/// Matches statements in which \p Inner is a discarded-value expression: an
/// expression statement (in a block, a branch, a loop, a label or a case),
/// the operand of a cast to void, the right side of `std::ignore =`, or the
/// left side of a comma. Binds "discard" to the cast or the assignment when
/// there is one.
/// Returns one matcher per kind of parent: register each of them.
std::vector<clang::ast_matchers::internal::Matcher<clang::Stmt>>
discardedValue(const clang::ast_matchers::internal::Matcher<clang::Expr> &Inner);

/// Matches calls of the functions named in \p Names, directly or
/// through a function object variable of that name (a customization-point
/// object, as unifex and stdexec define their algorithms).
clang::ast_matchers::internal::Matcher<clang::Stmt>
callsAnyOf(const std::vector<std::string> &Names);

/// A local variable of class type declared on its own in a block, outside
/// system headers: binds "var", its DeclStmt "decl" and the block "block"
/// (the candidates of the checks that follow a local to the end of its
/// scope; the model decides what it is).
clang::ast_matchers::StatementMatcher localRecordVariableInBlock();

} // namespace coro_tidy::matchers

#endif // CORO_TIDY_LIB_MATCHERS_H
