//===- SwallowedCancellationCheck.h - coro-swallowed-cancellation -*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_SWALLOWEDCANCELLATIONCHECK_H
#define CORO_TIDY_CHECKS_SWALLOWEDCANCELLATIONCHECK_H

#include "lib/CoroCheck.h"

namespace coro_tidy {

/// Finds catch handlers in a coroutine's loop that catch the cancellation
/// exception and let the loop go on: after a cancellation every await fails
/// at once, and the loop spins instead of ending the coroutine.
///
/// For the user-facing documentation see
/// docs/checks/coro-swallowed-cancellation.md
class SwallowedCancellationCheck : public CoroCheckWithIncludes {
public:

  SwallowedCancellationCheck(llvm::StringRef Name,
                             clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void report(const clang::CXXCatchStmt &Handler, llvm::StringRef Caught,
              bool Exactly, const FrameworkTable &T, bool InInstantiation,
              clang::ASTContext &Ctx);

  /// coro.CancellationExceptions: they apply to coroutines of every
  /// framework whose cancellation does not end the coroutine at once.
  const std::vector<std::string> UserCancellationExceptions;
};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_SWALLOWEDCANCELLATIONCHECK_H
