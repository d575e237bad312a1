//===- FireAndForgetCheck.h - coro-fire-and-forget ----------------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_FIREANDFORGETCHECK_H
#define CORO_TIDY_CHECKS_FIREANDFORGETCHECK_H

#include "lib/AstHelpers.h"
#include "lib/CoroCheck.h"

namespace coro_tidy {

/// Finds tasks that nothing awaits, owns or observes: discarded lazy tasks,
/// unused task locals, detached spawns, detached coroutine types and
/// discarded eager tasks.
///
/// For the user-facing documentation see docs/checks/coro-fire-and-forget.md
class FireAndForgetCheck : public CoroCheck {
public:
  static constexpr llvm::StringLiteral IgnoreEagerTasksKey = "IgnoreEagerTasks";

  FireAndForgetCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CoroCheck(Name, Context),
        IgnoreEagerTasks(boolOption(IgnoreEagerTasksKey, false)) {}
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, IgnoreEagerTasksKey, IgnoreEagerTasks);
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkDiscarded(const clang::CallExpr &Call, const clang::Stmt *Discard,
                      clang::ASTContext &Ctx);
  void checkUnusedLocal(const clang::VarDecl &Var, const clang::CallExpr &Init,
                        clang::ASTContext &Ctx);
  void reportDiscardedLazy(const clang::CallExpr &Call, const Classification &C,
                           const clang::Stmt *Discard, const StmtContext &Where,
                           clang::ASTContext &Ctx);
  /// Whether a diagnostic about \p S may be given (user code, evaluated, the
  /// first at its location); \p Where receives the function around it.
  bool reportable(const clang::Stmt &S, clang::ASTContext &Ctx,
                  StmtContext *Where = nullptr);
  void reportDetach(const clang::CallExpr &Call, const DetachMatch &Detach);
  void noteAlternative(clang::SourceLocation Loc, Framework Fw);

  const bool IgnoreEagerTasks;
  FunctionLocator Functions;
};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_FIREANDFORGETCHECK_H
