//===- CleanupRegions.h - The "async finally" idiom ---------------*- C++ -*-===//
//
// co_await is ill-formed in a catch handler, so coroutines write "finally"
// blocks that await as: a try whose handler catches everything (or the
// framework's cancellation exception) and records it, then the cleanup
// statements, then the rethrow. This file finds those regions, once per
// function body, and walks the awaits of a statement.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_CLEANUPREGIONS_H
#define CORO_TIDY_LIB_CLEANUPREGIONS_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "lib/RunOrder.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <vector>

namespace coro_tidy {

class CoroModel;

/// One "async finally": a try statement that awaits and whose handler records
/// the exception instead of leaving, and the statements after the try that
/// run next.
struct CleanupRegion {
  const clang::CXXTryStmt *Try = nullptr;
  /// The handler that catches everything or a cancellation exception, and
  /// records std::current_exception() or sets a flag.
  const clang::CXXCatchStmt *Handler = nullptr;
  /// The statements after Try in its block, up to and including the first
  /// one that rethrows (throw, a [[noreturn]] call such as
  /// std::rethrow_exception, return or co_return), or to the end of the block.
  /// Never empty.
  llvm::ArrayRef<clang::Stmt *> Stmts;
  /// What runs before Try on every path through the function body: for each
  /// block around Try, outermost first, the statements ahead of the one that
  /// holds Try (for Try's own block, the statements ahead of Try).
  llvm::SmallVector<llvm::ArrayRef<clang::Stmt *>, 4> Before;
};

/// The cleanup regions of the function body \p Body, in source order. Lambdas
/// inside \p Body are separate functions and are not looked into.
std::vector<CleanupRegion> findCleanupRegions(const clang::Stmt &Body,
                                              const CoroModel &Model);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_CLEANUPREGIONS_H
