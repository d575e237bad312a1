//===- UnjoinedScopeCheck.h - coro-unjoined-scope -----------------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_UNJOINEDSCOPECHECK_H
#define CORO_TIDY_CHECKS_UNJOINEDSCOPECHECK_H

#include "lib/AstHelpers.h"
#include "lib/CoroCheck.h"
#include "lib/ScopePaths.h"

namespace coro_tidy {

class ScopeUses;

/// Finds local structured scopes (folly's AsyncScope, unifex's, stdexec's
/// and cppcoro's async scopes, the counting scopes) that work is added to
/// and that some normal path destroys without joining them: a destructor
/// cannot await, and it aborts, asserts, terminates or leaves the work
/// running on a dead scope.
///
/// For the user-facing documentation see docs/checks/coro-unjoined-scope.md
class UnjoinedScopeCheck : public CoroCheck {
public:
  using CoroCheck::CoroCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void report(const clang::VarDecl &Var, const clang::DeclStmt &Decl,
              const clang::CompoundStmt &Block, const ScopeEntry &Entry,
              Framework Fw, const ScopeUses &Uses, ScopePaths &Paths,
              llvm::ArrayRef<ScopePaths::Miss> Misses, clang::ASTContext &Ctx);
  /// Whether inserting `co_await S.<join>();` before the closing brace of
  /// S's block fixes the one missing path.
  bool canAppendJoin(const clang::VarDecl &Var, const clang::DeclStmt &Decl,
                     const clang::CompoundStmt &Block, Framework Fw,
                     const ScopeUses &Uses, ScopePaths &Paths,
                     llvm::ArrayRef<ScopePaths::Miss> Misses,
                     clang::ASTContext &Ctx);

  FunctionLocator Functions;
};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_UNJOINEDSCOPECHECK_H
