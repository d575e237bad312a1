//===- ReleaseAwaits.h - Releases that an earlier failing await skips -*- C++ -*-===//
//
// Answers: which awaited releases of a resource (`co_await conn.close()`,
// `co_await release(conn)`) does an earlier await skip, because it can throw
// (or be cancelled) while the resource is held? An earlier await counts when
// it operates on the same resource after the resource was acquired or made
// (not the acquisition itself, not another release, not a query of the
// resource's executor), outside any try, and no scope guard or async-cleanup
// registration already releases the resource on the failure path.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_RELEASEAWAITS_H
#define CORO_TIDY_LIB_RELEASEAWAITS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <string>
#include <vector>

namespace coro_tidy {

class CoroModel;
struct FrameworkTable;

struct SkippedRelease {
  /// The co_await of the release.
  const clang::Expr *Await = nullptr;
  /// The function called: "close".
  std::string Name;
  /// What it releases.
  const clang::ValueDecl *Resource = nullptr;
};

/// What the search needs to know of the coroutine.
struct ReleaseContext {
  CoroModel &Model;
  /// The table of the coroutine's framework.
  const FrameworkTable &Table;
  const clang::SourceManager &SM;
  /// Whether a callee name is a release (ReleaseRegex).
  llvm::function_ref<bool(llvm::StringRef)> IsReleaseName;
  /// Statements that belong to cleanup regions (judged elsewhere).
  const llvm::SmallPtrSetImpl<const clang::Stmt *> &RegionStmts;
  /// Resources handed to an async-cleanup function.
  const llvm::SmallPtrSetImpl<const clang::ValueDecl *> &CleanedUp;
};

/// The release awaits of the coroutine body \p Body that an earlier await
/// skips, in source order.
std::vector<SkippedRelease> skippedReleases(const clang::Stmt &Body,
                                            const ReleaseContext &Context);

/// What a coroutine hands to its framework's async-cleanup API
/// (co_scope_exit, at_coroutine_exit, cobalt::with, coro.AsyncCleanupFunctions).
struct CleanupRegistrations {
  /// The lambdas handed over: their awaits run without cancellation.
  llvm::SmallPtrSet<const clang::FunctionDecl *, 2> Callbacks;
  /// The resources handed over, directly or as lambda captures.
  llvm::SmallPtrSet<const clang::ValueDecl *, 4> Resources;
};
void addCleanupRegistrations(const clang::Stmt &Body, const CoroModel &Model,
                             CleanupRegistrations &Out);

/// Whether \p Name is a resource acquisition ("lock", "acquire",
/// "scoped_lock"...): an await of it is no use of a held resource.
bool isAcquisitionName(llvm::StringRef Name);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_RELEASEAWAITS_H
