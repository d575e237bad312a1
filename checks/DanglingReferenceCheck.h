//===- DanglingReferenceCheck.h - coro-dangling-reference ---------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_DANGLINGREFERENCECHECK_H
#define CORO_TIDY_CHECKS_DANGLINGREFERENCECHECK_H

#include "lib/CoroCheck.h"
#include "lib/TaskFates.h"

namespace coro_tidy {

/// Finds tasks that outlive the temporaries they refer to: a temporary
/// bound to a reference parameter of a coroutine, or the closure of a
/// capturing lambda coroutine invoked where it is written, when the task
/// is kept beyond the full-expression instead of being awaited in it.
///
/// For the user-facing documentation see
/// docs/checks/coro-dangling-reference.md
class DanglingReferenceCheck : public CoroCheck {
public:
  using CoroCheck::CoroCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkCall(const clang::CallExpr &Call, const Fate &F,
                 const clang::FunctionDecl &Where, clang::ASTContext &Ctx);
  void checkArguments(const clang::CallExpr &Call,
                      const clang::FunctionDecl &Callee, bool Assumed,
                      const Fate &F, const clang::FunctionDecl &Where,
                      clang::ASTContext &Ctx);
  void checkLambda(const clang::CallExpr &Call, const Fate &F,
                   const clang::FunctionDecl &Where, clang::ASTContext &Ctx);
};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_DANGLINGREFERENCECHECK_H
