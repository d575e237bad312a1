//===- TaskFates.h - Where a call's task goes in its full-expression -*- C++ -*-===//
//
// Answers "where does the value of each call in a function go, within its
// full-expression?": awaited, blocked on, kept beyond the full-expression (a
// variable, a spawn / scope / start API, a member or container, a return
// from a function that is no coroutine), discarded, or somewhere unknown.
// The walk goes down each full-expression once, from the statement, through
// what passes a task on unchanged (parentheses, casts, copies, std::move, a
// conditional, an awaitable combinator, a call that wraps a task in another
// task, a std container or optional built from it) and through what keeps
// it (the table's TaskKeepers and detach APIs, coro.DetachFunctions). A
// keeper's own result decides in turn: a keeper that is awaited or blocked
// on keeps nothing beyond the full-expression, and a lazy one that is
// dropped never runs. Lambda bodies are functions of their own;
// unevaluated operands do not run.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_TASKFATES_H
#define CORO_TIDY_LIB_TASKFATES_H

#include "lib/CoroModel.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace coro_tidy {

/// What happens to a value within its full-expression.
enum class FateKind {
  Unknown,   ///< Given to something the walk does not know.
  Awaited,   ///< The operand of a co_await (directly or through a combinator).
  BlockedOn, ///< Given to a blocking wait (blockingWait, sync_wait, get()).
  NeverRuns, ///< Given to a lazy keeper whose result is dropped.
  Discarded, ///< A discarded-value expression (a statement, a cast to void).
  Variable,  ///< Initialises a variable.
  Keeper,    ///< Given to a call that keeps it (spawn, scope add, start).
  Stored,    ///< Assigned, or put in a member or a container.
  Returned,  ///< Returned from a function that is no coroutine.
};

struct Fate {
  FateKind Kind = FateKind::Unknown;
  /// Variable: the variable; Keeper: the keeping call.
  const clang::VarDecl *Var = nullptr;
  const clang::CallExpr *Keeper = nullptr;

  /// Kept beyond the full-expression, whether or not it runs.
  bool kept() const {
    return Kind == FateKind::Variable || Kind == FateKind::Keeper ||
           Kind == FateKind::Stored || Kind == FateKind::Returned;
  }
};

/// Calls \p Visit on every call that runs as part of \p FD's body (and its
/// constructor's member initialisers), with where its value goes. Lambda
/// bodies are not walked: they are functions of their own.
void forEachCallFate(
    const clang::FunctionDecl &FD, CoroModel &Model,
    llvm::function_ref<void(const clang::CallExpr &, const Fate &)> Visit);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_TASKFATES_H
