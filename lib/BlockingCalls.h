//===- BlockingCalls.h - Calls that block a coroutine's thread ----*- C++ -*-===//
//
// Answers "which calls that run as part of this coroutine body block the
// thread it runs on?": the blocking waits of the framework tables and of
// coro.BlockingWaitFunctions (CoroModel::blockingWait) that run as part of
// the body, as RunOrder sees it (the bodies of lambdas and local classes run
// elsewhere; unevaluated operands do not run), with where each one stands:
// whether its value is discarded, whether a `co_await` could stand there.
// Not blocking: a wait given a zero duration (`wait_for(0s)` polls), and a
// future wait right after a readiness test of the same future in the same
// block (the condition of an enclosing `if` or `?:`, the left side of `&&`,
// or the condition of the `if` or loop just before).
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_BLOCKINGCALLS_H
#define CORO_TIDY_LIB_BLOCKINGCALLS_H

#include "lib/CoroModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <vector>

namespace coro_tidy {

/// A call that blocks the thread, found in a coroutine body.
struct BlockingCall {
  const clang::CallExpr *Call = nullptr;
  BlockingWaitMatch Wait;
  /// Its value is discarded: an expression statement, a cast to void, the
  /// left side of a comma.
  bool Discarded = false;
  /// A `co_await` may replace it: it is not inside a catch handler, a
  /// lambda capture's initialiser or the initialiser of a static local.
  bool AwaitAllowed = true;
};

/// The blocking calls that run as part of \p Body (a coroutine's written
/// body), in run order.
std::vector<BlockingCall> blockingCalls(const clang::Stmt &Body,
                                        const CoroModel &Model,
                                        const clang::ASTContext &Ctx);

/// Whether \p E is a constant duration equal to zero (`0s`,
/// `std::chrono::seconds(0)`, `duration::zero()`, a constexpr variable).
bool isZeroDuration(const clang::Expr *E, const clang::ASTContext &Ctx);

/// Whether a value of type \p T converts implicitly to
/// std::chrono::nanoseconds: a std::chrono::duration with an integral count
/// and a period that is a whole number of nanoseconds (`100ms`, not `0.5s`).
bool convertsToNanoseconds(clang::QualType T);

/// The written argument \p I of \p Call (after the object of an operator()
/// call); null when there is none.
const clang::Expr *writtenArg(const clang::CallExpr &Call, unsigned I);

/// The number of written arguments of \p Call (default arguments excluded).
unsigned writtenArgCount(const clang::CallExpr &Call);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_BLOCKINGCALLS_H
