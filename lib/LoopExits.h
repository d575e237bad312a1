//===- LoopExits.h - How control leaves a loop and what runs after -*- C++ -*-===//
//
// Questions about a loop L inside the block that declares a local variable:
// can L be left early (break, goto) while the block goes on, and what runs
// after L before the block ends. Lambdas are never entered: their statements
// do not run as part of the enclosing function.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_LOOPEXITS_H
#define CORO_TIDY_LIB_LOOPEXITS_H

#include "clang/AST/Stmt.h"
#include "lib/RunOrder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallVector.h"

namespace coro_tidy {

/// Where a statement sits: the compound statements around it, outermost
/// first, each with the index of its child that contains the statement.
using StmtPath =
    llvm::SmallVector<std::pair<const clang::CompoundStmt *, unsigned>, 4>;

/// Whether \p S is a loop: for, range-for, while or do.
bool isLoop(const clang::Stmt &S);

/// The first `break` or `goto` in \p Loop that leaves it while the block
/// \p Scope goes on: a `break` aimed at \p Loop itself, or a `goto` to a label
/// after \p Loop and inside \p Scope. Exits that end \p Scope (return,
/// co_return, throw, a goto out of it) do not count. Null when there is none.
const clang::Stmt *earlyExitWithinScope(const clang::Stmt &Loop,
                                        const clang::CompoundStmt &Scope,
                                        const clang::SourceManager &SM);
/// All of them, in source order.
llvm::SmallVector<const clang::Stmt *, 2>
earlyExitsWithinScope(const clang::Stmt &Loop, const clang::CompoundStmt &Scope,
                      const clang::SourceManager &SM);

/// The first suspension point (`co_await`, `co_yield`) that runs after the
/// statement at \p Path and before the outermost block of \p Path ends: one in
/// a later child of a compound statement of the path. A `break`, `continue`,
/// `goto`, `return` or `throw` among those children ends the search in that
/// block (a `break` leaving a switch of the path goes on after the switch).
/// With \p Including, the statement at \p Path counts too.
const clang::Stmt *suspensionAfter(const StmtPath &Path,
                                   bool Including = false);

/// The first statement that runs after the statement at \p Path and before
/// the outermost block of the path ends. Null statements and a `return;` or
/// `co_return;` without operand (which only end the scope) do not count.
const clang::Stmt *statementAfter(const StmtPath &Path,
                                  bool Including = false);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_LOOPEXITS_H
