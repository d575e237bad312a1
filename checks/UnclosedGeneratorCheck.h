//===- UnclosedGeneratorCheck.h - coro-unclosed-generator ---------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_UNCLOSEDGENERATORCHECK_H
#define CORO_TIDY_CHECKS_UNCLOSEDGENERATORCHECK_H

#include "lib/CoroCheck.h"

namespace coro_tidy {

/// Finds generators left suspended after the loop that iterated them: a local
/// generator that a loop leaves early and that lives on across later
/// suspension points, and an asynchronous generator whose required
/// asynchronous cleanup is skipped on some path out of its scope.
///
/// For the user-facing documentation see docs/checks/coro-unclosed-generator.md
class UnclosedGeneratorCheck : public CoroCheck {
public:
  static constexpr llvm::StringLiteral StrictScopeKey = "StrictScope";

  UnclosedGeneratorCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context)
      : CoroCheck(Name, Context),
        StrictScope(boolOption(StrictScopeKey, false)) {}
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, StrictScopeKey, StrictScope);
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkAsyncCleanup(const clang::VarDecl &Var, const clang::DeclStmt &Decl,
                         const clang::CompoundStmt &Block,
                         llvm::StringRef Cleanup, clang::ASTContext &Ctx);

  const bool StrictScope;
};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_UNCLOSEDGENERATORCHECK_H
