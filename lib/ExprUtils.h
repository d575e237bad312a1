//===- ExprUtils.h - What an expression refers to ------------------*- C++ -*-===//
//
// Answers "what does this expression name or operate on?": the written form
// of an expression (no parentheses, implicit casts or cleanups), std::move and
// std::forward, the variable or member it names (through raw and smart
// pointers), the callee of a call even in a template, the resource an await
// operates on, and whether a statement mentions a declaration.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_EXPRUTILS_H
#define CORO_TIDY_LIB_EXPRUTILS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/Support/Regex.h"
#include <string>

namespace coro_tidy {

/// \p E without parentheses, implicit casts, temporaries and cleanups.
const clang::Expr *strip(const clang::Expr *E);

/// Whether \p Call is `std::move(x)` or `std::forward<T>(x)`.
bool isMoveOrForward(const clang::CallExpr &Call);

/// `std::move(x)` / `std::forward<T>(x)` -> x, stripped; otherwise strip(E).
const clang::Expr *stripMove(const clang::Expr *E);

/// Looks through one level of indirection: `*p`, `&x`, `p->` and `*p` of a
/// class with an overloaded `operator->` / `operator*` (std::unique_ptr,
/// std::shared_ptr), giving the pointer or object expression; otherwise E.
const clang::Expr *throughPointer(const clang::Expr *E);

/// The local variable, parameter, or member of `this` that \p E names,
/// through std::move, `&`, `*` and smart pointers; null otherwise.
const clang::ValueDecl *namedDecl(const clang::Expr *E);

/// Whether lambda bodies count when looking for mentions.
enum class InLambdas { Skip, Include, Only };

/// Whether \p S mentions \p D: a reference to it, or (for a field) a member
/// access through `this`. With InLambdas::Skip, lambda bodies and captures
/// are not looked into; with Only, only captures and lambda bodies count.
bool mentions(const clang::Stmt *S, const clang::ValueDecl *D,
              InLambdas Lambdas = InLambdas::Skip);

/// The declaration a call goes through (see calleeOf); in a template, where
/// a call with dependent arguments is not resolved, the customization-point
/// object called, or the function that name lookup found when all its
/// candidates share one qualified name.
const clang::NamedDecl *calleeOrCandidate(const clang::CallExpr &Call);

/// What an await (or any operand) is about: the callee of a call, or the
/// variable or member awaited.
const clang::NamedDecl *operandDecl(const clang::Expr *Operand);

/// The resource a call operates on: the object of a member call (also a
/// dependent one in a template), or else the first argument of a free
/// function; with the name of the function called.
struct CallTarget {
  std::string Name;
  const clang::Expr *Object = nullptr;
  /// The declaration Object names (namedDecl), if any.
  const clang::ValueDecl *Resource = nullptr;
};
CallTarget callTarget(const clang::Expr *Operand);

/// The first argument of a call, skipping the object of an operator() call
/// (the customization-point objects of unifex, stdexec and folly).
unsigned firstArgument(const clang::CallExpr &Call);

/// Whether \p S is an unevaluated operand: sizeof/alignof, noexcept,
/// typeid of a non-polymorphic operand, a requires-expression, or the
/// argument of __builtin_constant_p. Nothing in it runs.
bool isUnevaluated(const clang::Stmt &S);

/// Whether \p Regex matches \p Name as a whole or one of its words
/// (async_close, closeAsync, releaseConnection: "close", "release").
bool matchesNameOrWord(llvm::StringRef Name, const llvm::Regex &Regex);

/// The name to show for a function in a message: its name, or "lambda".
std::string displayName(const clang::NamedDecl *D);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_EXPRUTILS_H
