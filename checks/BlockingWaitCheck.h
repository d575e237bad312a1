//===- BlockingWaitCheck.h - coro-blocking-wait -------------------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_BLOCKINGWAITCHECK_H
#define CORO_TIDY_CHECKS_BLOCKINGWAITCHECK_H

#include "lib/BlockingCalls.h"
#include "lib/CoroCheck.h"

namespace coro_tidy {

/// Finds blocking waits inside coroutines: synchronous waits for a task,
/// future waits, thread sleeps, condition variables, thread joins and event
/// loops block the executor thread the coroutine runs on, and deadlock it
/// when the work they wait for needs that thread.
///
/// For the user-facing documentation see docs/checks/coro-blocking-wait.md
class BlockingWaitCheck : public CoroCheckWithIncludes {
public:

  BlockingWaitCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void report(const BlockingCall &B, const Classification &Coroutine,
              bool MayFix, clang::ASTContext &Ctx);
  /// The fix of a synchronous wait: `co_await` its argument, when the
  /// coroutine can await it and the result stays the same (or is unused).
  std::vector<clang::FixItHint> awaitFix(const BlockingCall &B,
                                         const Classification &Coroutine,
                                         clang::ASTContext &Ctx);

};

} // namespace coro_tidy

#endif // CORO_TIDY_CHECKS_BLOCKINGWAITCHECK_H
