//===- UnshieldedCleanupCheck.h - coro-unshielded-cleanup ---------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_UNSHIELDEDCLEANUPCHECK_H
#define CORO_TIDY_CHECKS_UNSHIELDEDCLEANUPCHECK_H

#include "lib/CoroCheck.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"

namespace coro_tidy {

struct CleanupRegion;

/// Finds cleanup awaits that a cancellation or an exception silently skips:
/// unshielded awaits in an "async finally" region, release awaits that an
/// earlier throwing await skips, and the async-finally idiom in coroutines
/// that are not resumed when stopped.
///
/// For the user-facing documentation see docs/checks/coro-unshielded-cleanup.md
class UnshieldedCleanupCheck : public CoroCheckWithIncludes {
public:
  static constexpr llvm::StringLiteral ReleaseRegexKey = "ReleaseRegex";
  static constexpr llvm::StringLiteral DefaultReleaseRegex =
      "close|release|shutdown|disconnect|unlock|cleanup|rollback|finish|"
      "destroy|stop";

  UnshieldedCleanupCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, ReleaseRegexKey, ReleaseRegexText);
    CoroCheckWithIncludes::storeOptions(Opts);
  }
  std::optional<clang::TraversalKind> getCheckTraversalKind() const override {
    return clang::TK_IgnoreUnlessSpelledInSource;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override {
    CoroCheck::onStartOfTranslationUnit();
    CleanupCallbacks.clear();
  }

private:
  void checkRegion(const Classification &C, const FrameworkTable &T,
                   const CleanupRegion &Region, clang::ASTContext &Ctx);
  /// Whether \p Name, or one of its words, matches ReleaseRegex; cached per
  /// name, as the same callees recur.
  bool isReleaseName(llvm::StringRef Name);
  static std::string cleanupAdvice(const FrameworkTable &T);

  const std::string ReleaseRegexText;
  llvm::Regex ReleaseRegex;
  llvm::StringMap<bool> ReleaseNames;
  /// Lambdas handed to an async-cleanup function (co_scope_exit, ...): their
  /// awaits already run without cancellation.
  llvm::DenseSet<const clang::FunctionDecl *> CleanupCallbacks;
};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_UNSHIELDEDCLEANUPCHECK_H
