//===- TaskFatesTest.cpp - Unit tests of lib/TaskFates --------------------===//
//
// Where each call's value goes within its full-expression, asked of small
// snippets with the folly stand-ins: awaited, blocked on, kept (variable,
// keeper, stored, returned), discarded, or unknown.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"
#include "lib/AstHelpers.h"
#include "lib/TaskFates.h"

using namespace clang;
using namespace coro_tidy;
using coro_tidy::test::Unit;

namespace {

const char *Prelude = R"cpp(
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <utility>
#include <vector>
using folly::coro::Task;
Task<int> t(int);
int plain(int);
void consume(Task<int>);
)cpp";

/// "callee:fate" for every call to t() in function \p Name, in walk order.
std::vector<std::string> fates(Unit &U, llvm::StringRef Name) {
  std::vector<std::string> Result;
  const FunctionDecl *FD = U.function(Name);
  if (!FD)
    return {"<no function>"};
  forEachCallFate(*FD, U.Model, [&](const CallExpr &Call, const Fate &F) {
    if (calleeName(Call) != "t")
      return;
    static const char *Names[] = {"unknown",  "awaited",  "blocked",
                                  "neverruns", "discarded", "variable",
                                  "keeper",   "stored",   "returned"};
    std::string S = U.text(&Call) + ":" + Names[static_cast<int>(F.Kind)];
    if (F.Keeper)
      S += "(" + calleeName(*F.Keeper) + ")";
    if (F.Var)
      S += "(" + F.Var->getName().str() + ")";
    Result.push_back(S);
  });
  return Result;
}

TEST(TaskFates, AwaitedAndBlockedOnThroughWhatPassesATaskOn) {
  Unit U(Prelude + std::string(R"cpp(
Task<void> f(folly::Executor *ex, bool b) {
  co_await t(1);
  co_await folly::coro::collectAll(t(2), t(3));
  co_await co_withExecutor(ex, t(4));
  co_await (b ? t(5) : std::move(t(6)));
  co_await co_withExecutor(ex, t(7)).start();
  folly::coro::blockingWait(t(8));
  int n = folly::coro::blockingWait(co_withExecutor(ex, t(9)).start());
  (void)n;
}
)cpp"));
  ASSERT_TRUE(U.ok());
  EXPECT_EQ(fates(U, "f"),
            (std::vector<std::string>{
                "t(1):awaited", "t(2):awaited", "t(3):awaited", "t(4):awaited",
                "t(5):awaited", "t(6):awaited", "t(7):awaited", "t(8):blocked",
                "t(9):blocked"}));
}

TEST(TaskFates, KeptBeyondTheFullExpression) {
  Unit U(Prelude + std::string(R"cpp(
struct S {
  Task<int> member;
  std::vector<Task<int>> queue;
  S() : member(t(0)) {}
  void f(folly::coro::AsyncScope &scope, folly::Executor *ex) {
    auto v = t(1);
    member = t(2);
    queue.push_back(t(3));
    scope.add(co_withExecutor(ex, t(4)));
    co_withExecutor(ex, t(5)).start();
    auto future = co_withExecutor(ex, t(6)).start();
    (void)v, (void)future;
  }
  Task<int> g() { return t(7); }
};
)cpp"));
  ASSERT_TRUE(U.ok());
  EXPECT_EQ(fates(U, "S"), (std::vector<std::string>{"t(0):stored"}));
  EXPECT_EQ(fates(U, "f"),
            (std::vector<std::string>{
                "t(1):variable(v)", "t(2):stored", "t(3):stored",
                "t(4):keeper(add)", "t(5):keeper(start)", "t(6):keeper(start)"}));
  EXPECT_EQ(fates(U, "g"), (std::vector<std::string>{"t(7):returned"}));
}

TEST(TaskFates, DiscardedUnknownAndNeverRun) {
  Unit U(Prelude + std::string(R"cpp(
void f() {
  t(1);
  (void)t(2);
  consume(t(3));
  plain(sizeof(t(4)));
  (void)t(5).semi();
  auto l = [] { return t(6); };
  (void)l;
}
Task<int> g() { co_return co_await t(7); }
)cpp"));
  ASSERT_TRUE(U.ok());
  // sizeof's operand does not run; the lambda's body is its own function.
  EXPECT_EQ(fates(U, "f"),
            (std::vector<std::string>{"t(1):discarded", "t(2):discarded",
                                      "t(3):unknown", "t(5):neverruns"}));
  EXPECT_EQ(fates(U, "g"), (std::vector<std::string>{"t(7):awaited"}));
}

} // namespace
