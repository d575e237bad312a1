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
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/Diagnostic.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include <optional>
#include <vector>

namespace coro_tidy::fixit {

/// The insertion of `#include Header` (\p Header with its <> or "") into
/// \p File, unless \p File includes it already, wherever the directive
/// stands (clang-tidy's inserter finds an include only among sorted ones);
/// a directive in an inactive #if or a comment does not count.
std::optional<clang::FixItHint>
insertInclude(clang::tidy::utils::IncludeInserter &Inserter,
              const clang::SourceManager &SM, clang::FileID File,
              llvm::StringRef Header);

/// Whether prefixing \p E with a unary operator (co_await) needs parentheses.
bool needsParensForPrefix(const clang::Expr &E);

/// Turns the discarded expression \p E into `co_await E`. \p Discard is the
/// cast to void or the `std::ignore =` assignment that discards it (or null);
/// it is removed.
std::vector<clang::FixItHint> awaitDiscarded(const clang::Expr &E,
                                             const clang::Stmt *Discard,
                                             const clang::ASTContext &Ctx);

/// Replaces the call \p Call by `co_await Operand`, where \p Operand is one
/// of its arguments: `blockingWait(task())` -> `co_await task()`. The
/// operand gets parentheses when it needs them, and so does the await when
/// the call's value goes on into a postfix expression (`.x`, `->x`, `[i]`,
/// `(args)`, `++`).
std::vector<clang::FixItHint> awaitInsteadOfCall(const clang::CallExpr &Call,
                                                 const clang::Expr &Operand,
                                                 const clang::ASTContext &Ctx);

/// Replaces the callee of \p Call as written (qualifier and template
/// arguments included) with \p Text, keeping the arguments:
/// `std::this_thread::sleep_for(d)` -> `co_await folly::coro::sleep(d)`.
/// For a call whose value is discarded (the text may start with a prefix
/// operator).
std::vector<clang::FixItHint> replaceCallee(const clang::CallExpr &Call,
                                            llvm::StringRef Text);

/// Inserts \p Text as a statement on its own line before \p S, indented like
/// \p S.
std::vector<clang::FixItHint> insertStatementBefore(const clang::Stmt &S,
                                                    llvm::StringRef Text,
                                                    const clang::ASTContext &Ctx);

/// Inserts the handler \p Text before \p Handler, on a line of its own,
/// indented like the line that holds Handler's `catch`. A `}` before the
/// `catch` on that line stays there, and Handler moves to the next line:
///   } catch (...) {       ->   }
///                              catch (const Cancelled &) { throw; }
///                              catch (...) {
std::vector<clang::FixItHint> insertHandlerBefore(const clang::CXXCatchStmt &Handler,
                                                  llvm::StringRef Text,
                                                  const clang::ASTContext &Ctx);

/// Inserts \p Text as the first statement of \p Block: before its first
/// statement as insertStatementBefore does, or into an empty block.
std::vector<clang::FixItHint> insertFirstStatement(const clang::CompoundStmt &Block,
                                                   llvm::StringRef Text,
                                                   const clang::ASTContext &Ctx);

/// Inserts \p Text as the last statement of \p Block: on a line of its own
/// before the closing brace, indented like the block's last statement (or
/// on the brace's line, before it, when code precedes it there).
std::vector<clang::FixItHint> insertLastStatement(const clang::CompoundStmt &Block,
                                                  llvm::StringRef Text,
                                                  const clang::ASTContext &Ctx);

/// Wraps the written text of \p E in `Prefix(` ... `)`.
std::vector<clang::FixItHint> wrapExpr(const clang::Expr &E,
                                       llvm::StringRef Prefix,
                                       llvm::StringRef Suffix,
                                       const clang::ASTContext &Ctx);

/// Wraps the operand \p E of an await in `Prefix` ... `)`, where Prefix ends
/// in an open call (`ns::wrap(Token{}, `); a comma expression keeps its
/// parentheses, so that it stays one argument.
std::vector<clang::FixItHint> wrapOperand(const clang::Expr &E,
                                          llvm::StringRef Prefix,
                                          const clang::ASTContext &Ctx);

/// Whether the argument \p Arg of \p Call may be replaced by a temporary:
/// its parameter is known and not a non-const lvalue reference.
bool canPassTemporary(const clang::CallExpr &Call, const clang::Expr &Arg);

/// Replaces the written text of \p E (an argument, say) with \p Text.
std::vector<clang::FixItHint> replaceExpr(const clang::Expr &E,
                                          llvm::StringRef Text);

/// Moves the declaration statement \p Decl into the (empty) init-statement of
/// the range-for \p Loop that follows it:
///   auto g = make();                  for (auto g = make(); auto &&x : g)
///   for (auto &&x : g)          ->
/// A line that held only \p Decl goes; comments after it on its line stay.
std::vector<clang::FixItHint>
moveDeclIntoRangeForInit(const clang::DeclStmt &Decl,
                         const clang::CXXForRangeStmt &Loop,
                         const clang::ASTContext &Ctx);

/// Wraps the children \p First through \p Last of \p Block in `{` `}`. When
/// they start and end their lines, the braces get lines of their own and the
/// statements are indented one more level (the step between \p Block's brace
/// and its statements); otherwise `{ ` and ` }` are inserted inline.
std::vector<clang::FixItHint>
wrapStatementsInBlock(const clang::CompoundStmt &Block, unsigned First,
                      unsigned Last, const clang::ASTContext &Ctx);

/// Whether an identifier in \p Names is spelled after the statement \p S and
/// before the end of \p Block (`decltype(v)` names v without using it): a
/// narrower scope for them would break that code. True when unsure.
bool spelledAfter(const clang::Stmt &S, const clang::CompoundStmt &Block,
                  llvm::ArrayRef<llvm::StringRef> Names,
                  const clang::ASTContext &Ctx);

/// Whether wrapping the children \p First..\p Last of \p Block in braces
/// keeps the code valid: nothing after them names a variable that children
/// First+1..Last declare or jumps to a label among them.
bool canWrapStatements(const clang::CompoundStmt &Block, unsigned First,
                       unsigned Last, const clang::ASTContext &Ctx);

} // namespace coro_tidy::fixit

#endif // CORO_TIDY_LIB_FIXITS_H
