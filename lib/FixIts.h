//===- FixIts.h - Fix-it builders shared by the coro-* checks -----*- C++ -*-===//
//
// Every builder returns no hints when the edit would touch a macro expansion,
// so that a check can attach the result unconditionally.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_FIXITS_H
#define CORO_TIDY_LIB_FIXITS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include <vector>

namespace coro_tidy::fixit {

/// Whether prefixing \p E with a unary operator (co_await) needs parentheses.
bool needsParensForPrefix(const clang::Expr &E);

/// Turns the discarded expression \p E into `co_await E`. \p Discard is the
/// cast to void, the `std::ignore =` assignment or the comma that discards it
/// (or null); a cast or an assignment is removed, a comma is kept.
std::vector<clang::FixItHint> awaitDiscarded(const clang::Expr &E,
                                             const clang::Stmt *Discard,
                                             const clang::ASTContext &Ctx);

/// Inserts \p Text as a statement on its own line before \p S, indented like
/// \p S.
std::vector<clang::FixItHint> insertStatementBefore(const clang::Stmt &S,
                                                    llvm::StringRef Text,
                                                    const clang::ASTContext &Ctx);

/// Wraps the written text of \p E in `Prefix(` ... `)`.
std::vector<clang::FixItHint> wrapExpr(const clang::Expr &E,
                                       llvm::StringRef Prefix,
                                       llvm::StringRef Suffix,
                                       const clang::ASTContext &Ctx);

} // namespace coro_tidy::fixit

#endif // CORO_TIDY_LIB_FIXITS_H
