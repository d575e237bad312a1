//===- RunOrder.h - What runs as part of a function, in run order -*- C++ -*-===//
//
// Answers "which statements and expressions run as part of this function,
// and in which order?". Lambda bodies, blocks and local classes run
// elsewhere (only a lambda's capture initialisers run here); unevaluated
// operands (sizeof, decltype, noexcept, requires, __builtin_constant_p) do
// not run at all; an await (co_await, co_yield, a dependent co_await in a
// template) runs its operand and then suspends; a range-for runs its
// init-statement, its range, its loop variable and its body. Every analysis
// that walks a function body goes through forEachRunChild.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_RUNORDER_H
#define CORO_TIDY_LIB_RUNORDER_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace coro_tidy {

/// Calls \p Fn on each child of \p S that runs as part of S's function, in
/// the order they run (see the file comment).
void forEachRunChild(const clang::Stmt &S,
                     llvm::function_ref<void(const clang::Stmt &)> Fn);

/// Walks \p S and what runs below it: \p Pre before a node's children (false
/// skips them and the node's \p Post), \p Post after them. Post-order visits
/// are in run order: an await's operand comes before the await.
void walkRunOrder(const clang::Stmt &S,
                  llvm::function_ref<bool(const clang::Stmt &)> Pre,
                  llvm::function_ref<void(const clang::Stmt &)> Post = nullptr);

/// A written co_await: a CoawaitExpr that is not one of the implicit
/// initial/final suspends, or a DependentCoawaitExpr (every co_await in a
/// template). co_yield is not one.
bool isAwait(const clang::Stmt &S);

/// A written suspension point: an await (isAwait) or a co_yield.
bool isSuspension(const clang::Stmt &S);

/// Calls \p Visit on every written co_await in \p S, in run order (an
/// await's operand before the await). With \p SkipTryBlocks, awaits inside
/// nested try statements are skipped.
void forEachAwait(const clang::Stmt &S,
                  llvm::function_ref<void(const clang::Expr &Await)> Visit,
                  bool SkipTryBlocks = false);

/// The operand of a co_await or co_yield as written (no implicit nodes, no
/// parentheses).
const clang::Expr *awaitOperand(const clang::Expr &Await);

/// The first node under \p S (S included) that runs and satisfies \p Pred.
const clang::Stmt *findRun(const clang::Stmt &S,
                           llvm::function_ref<bool(const clang::Stmt &)> Pred);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_RUNORDER_H
