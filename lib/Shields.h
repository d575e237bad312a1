//===- Shields.h - Which cleanup awaits a cancellation makes fail -*- C++ -*-===//
//
// Answers, for the awaits of a cleanup region (lib/CleanupRegions.h): which
// of them does a cancellation make fail at once, because nothing shields
// them? A shield is a framework's way to protect an await: an empty token
// wrapped around the operand (folly), a reset of the cancellation state or
// throw_if_cancelled(false) before it (Boost.Asio, asio, Cobalt), a
// default-constructed token argument (cppcoro), or the user's
// coro.ShieldFunctions.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_SHIELDS_H
#define CORO_TIDY_LIB_SHIELDS_H

#include "lib/CleanupRegions.h"
#include "lib/Frameworks.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <vector>

namespace coro_tidy {

class CoroModel;

/// An await of a shield function (CoroModel::isShieldFunction).
struct ShieldCall {
  /// The shield's framework; Unknown for the user's coro.ShieldFunctions.
  Framework Fw = Framework::Unknown;
  /// Of the coroutine's shield style (Cobalt's this_coro shields are
  /// Boost.Asio's: any shield of the same style counts).
  bool SameStyle = false;
  /// A shield only when given `false` (throw_if_cancelled); without an
  /// argument it is a query.
  bool WhenFalse = false;
  /// The arguments after a customization-point object.
  llvm::SmallVector<const clang::Expr *, 2> Args;
};

/// Whether \p Call calls a shield; \p Coroutine is the table of the
/// framework of the coroutine that awaits it.
std::optional<ShieldCall> shieldCall(const CoroModel &Model,
                                     const clang::CallExpr &Call,
                                     const FrameworkTable &Coroutine);

/// The value of a bool argument, when it is known here.
std::optional<bool> knownBool(const clang::Expr *Arg,
                              const clang::ASTContext &Ctx);

/// An await of a cleanup region that a cancellation makes fail at once.
struct ExposedAwait {
  const clang::Expr *Await = nullptr;
  /// The statement of the region that holds it.
  const clang::Stmt *TopStmt = nullptr;
  /// The operand as written.
  const clang::Expr *Operand = nullptr;
  /// cppcoro: the token arguments that may be cancelled.
  llvm::SmallVector<const clang::Expr *, 2> Tokens;
  /// folly: the operand is already wrapped with the coroutine's own token
  /// (`co_withCancellation(co_await co_current_cancellation_token, op)`):
  /// that token, which the fix replaces. folly keeps the innermost token, so
  /// wrapping the operand again would not shield it.
  const clang::Expr *OwnToken = nullptr;
};

/// The awaits of \p Region that run and are judged, in run order: not in
/// broken code or a system macro, not an await of an async-cleanup function.
std::vector<std::pair<const clang::Expr *, const clang::Stmt *>>
regionAwaits(const CleanupRegion &Region, const CoroModel &Model,
             const clang::SourceManager &SM);

/// The awaits of \p Region, in a coroutine of \p Coroutine's framework
/// (whose cancellation throws on the next await), that nothing shields.
/// Empty when a lasting shield runs before the region.
std::vector<ExposedAwait> exposedAwaits(const CleanupRegion &Region,
                                        const CoroModel &Model,
                                        const FrameworkTable &Coroutine,
                                        const clang::ASTContext &Ctx);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_SHIELDS_H
