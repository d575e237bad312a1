//===- AnalysisLayerTest.cpp - Unit tests of the shared analyses ----------===//
//
// The run-order walker, CFG scope paths, expression helpers, generator uses,
// shields and skipped releases: each answers one question, asked here of a
// small snippet.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"
#include "lib/CleanupRegions.h"
#include "lib/ExprUtils.h"
#include "lib/GeneratorUses.h"
#include "lib/ReleaseAwaits.h"
#include "lib/RunOrder.h"
#include "lib/ScopePaths.h"
#include "lib/ScopeUses.h"
#include "lib/Shields.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace coro_tidy;
using coro_tidy::test::Unit;

namespace {

const char *Task = R"cpp(
#include <coroutine>
#include <memory>
#include <utility>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 0; }
};
Task a(int = 0);
Task b();
struct Conn { Task send(); Task close(); Task acquire(); Task release();
              int executor(); };
Task on(int);
bool ok();
)cpp";

std::string code(llvm::StringRef Body) { return (Task + Body).str(); }

std::vector<std::string> awaitTexts(Unit &U, llvm::StringRef Function) {
  std::vector<std::string> Texts;
  forEachAwait(*U.body(Function), [&](const Expr &E) {
    Texts.push_back(U.text(awaitOperand(E)));
  });
  return Texts;
}

TEST(RunOrder, AwaitsInTheOrderTheyRun) {
  Unit U(code(R"cpp(
Task f() {
  co_await a(co_await b());
  auto l = [x = co_await a(1)]() -> Task { co_await a(2); };
  (void)l;
}
)cpp"));
  ASSERT_TRUE(U.ok());
  EXPECT_EQ(awaitTexts(U, "f"),
            (std::vector<std::string>{"b()", "a(co_await b())", "a(1)"}));
}

TEST(RunOrder, TemplatesAndUnevaluatedOperands) {
  Unit U(code(R"cpp(
template <class T> Task g(T t) {
  co_await a();
  co_await t;
  bool n = noexcept(b());
  (void)n;
}
Task h() { co_await g(a()); }
)cpp"));
  ASSERT_TRUE(U.ok());
  // Every co_await of a template is a DependentCoawaitExpr.
  EXPECT_EQ(awaitTexts(U, "g"), (std::vector<std::string>{"a()", "t"}));
  const Stmt *Call = findRun(*U.body("g"), [&](const Stmt &S) {
    return isa<CallExpr>(S) && U.text(&S) == "b()";
  });
  EXPECT_EQ(Call, nullptr) << "noexcept's operand does not run";
}

TEST(ScopePaths, EveryPathOrTheFirstMiss) {
  Unit U(code(R"cpp(
struct Scope { ~Scope(); void add(Task); Task join(); };
Task missed() {
  Scope s;
  s.add(a());
  if (!ok())
    co_return;
  co_await s.join();
}
Task joined() {
  Scope s;
  s.add(a());
  if (!ok()) {
    co_await s.join();
    co_return;
  }
  for (int i = 0; i < 3; ++i)
    if (i) break;
  co_await s.join();
}
Task fallsOff() {
  Scope s;
  s.add(a());
  if (ok())
    co_await s.join();
}
Task throws() {
  Scope s;
  s.add(a());
  if (!ok())
    throw 1;
  try { co_await b(); } catch (...) {}
  co_await s.join();
}
)cpp"));
  ASSERT_TRUE(U.ok());
  for (const char *F : {"missed", "joined", "fallsOff", "throws"}) {
    const FunctionDecl *FD = U.function(F);
    ScopePaths Paths(*FD, *FD->getBody(), U.ctx());
    const auto *Add = U.find<CallExpr>(F, "s.add(a())");
    const VarDecl *S = U.local(F, "s");
    ASSERT_TRUE(Add && S) << F;
    auto IsJoin = [&](const Stmt &X) {
      return isAwait(X) && U.text(awaitOperand(cast<Expr>(X))) == "s.join()";
    };
    ScopePaths::Miss Miss;
    ScopePaths::Answer A = Paths.everyPathPasses(*Add, *S, IsJoin, &Miss);
    if (llvm::StringRef(F) == "joined" || llvm::StringRef(F) == "throws") {
      EXPECT_EQ(A, ScopePaths::Answer::AllPass) << F;
    } else {
      ASSERT_EQ(A, ScopePaths::Answer::Misses) << F;
      if (llvm::StringRef(F) == "missed")
        EXPECT_EQ(U.text(Miss.Exit), "co_return");
      else
        EXPECT_EQ(Miss.Exit, nullptr) << "falls off the end";
    }
  }
}

TEST(ScopePaths, EveryWayOutThatMisses) {
  Unit U(code(R"cpp(
struct Scope { ~Scope(); void add(Task); Task join(); };
Task twoWays(int n) {
  Scope s;
  s.add(a());
  if (n == 1)
    co_return;
  if (n == 2)
    co_return;
  if (n == 3) {
    co_await s.join();
    co_return;
  }
  if (ok())
    co_await b();
  else
    co_await a();
}
)cpp"));
  ASSERT_TRUE(U.ok());
  const FunctionDecl *FD = U.function("twoWays");
  ScopePaths Paths(*FD, *FD->getBody(), U.ctx());
  const auto *Add = U.find<CallExpr>("twoWays", "s.add(a())");
  const VarDecl *S = U.local("twoWays", "s");
  ASSERT_TRUE(Add && S);
  auto IsJoin = [&](const Stmt &X) {
    return isAwait(X) && U.text(awaitOperand(cast<Expr>(X))) == "s.join()";
  };
  llvm::SmallVector<ScopePaths::Miss, 4> All;
  ScopePaths::Miss First;
  ASSERT_EQ(Paths.everyPathPasses(*Add, *S, IsJoin, &First, &All),
            ScopePaths::Answer::Misses);
  // Both co_returns and one fall off the end (both branches of the last
  // if meet before they leave); the joined path is not listed.
  ASSERT_EQ(All.size(), 3u);
  EXPECT_EQ(llvm::count_if(All, [](const ScopePaths::Miss &M) { return !M.Exit; }),
            1);
  EXPECT_EQ(First.Exit, All.front().Exit);
}

TEST(ScopeUses, AddsEscapesDeferredJoinsAndJoins) {
  Unit U(R"cpp(
#include <folly/ScopeGuard.h>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/ScopeExit.h>
#include <folly/coro/Task.h>
#include <utility>
using folly::coro::AsyncScope;
using folly::coro::Task;
using Ex = folly::Executor::KeepAlive<>;
Task<void> q();
void keep(AsyncScope &);
Task<void> adds(Ex ex) {
  AsyncScope s;
  s.add(co_withExecutor(ex, q()));
  s.addWithSourceLoc(co_withExecutor(ex, q()));
  (void)s.joinAsync();
  auto later = s.joinAsync();
  co_await std::move(later);
  co_await s.cleanup();
}
Task<void> escapes(Ex ex) {
  AsyncScope s;
  s.add(co_withExecutor(ex, q()));
  keep(s);
  co_return;
}
Task<void> inLambda(Ex ex) {
  AsyncScope s;
  auto f = [&] { s.add(co_withExecutor(ex, q())); };
  f();
  co_return;
}
Task<void> atExit(Ex ex) {
  AsyncScope s;
  co_await folly::coro::co_scope_exit(
      [](AsyncScope *p) -> Task<void> { co_await p->joinAsync(); }, &s);
  s.add(co_withExecutor(ex, q()));
}
void guard(Ex ex) {
  AsyncScope s;
  SCOPE_EXIT { folly::coro::blockingWait(s.joinAsync()); };
  s.add(co_withExecutor(ex, q()));
}
void droppingGuard(Ex ex) {
  AsyncScope s;
  SCOPE_EXIT { (void)s.joinAsync(); };
  s.add(co_withExecutor(ex, q()));
}
)cpp");
  ASSERT_TRUE(U.ok());
  CoroModel Model;
  Framework Fw;
  auto UsesOf = [&](llvm::StringRef F) {
    const VarDecl *S = U.local(F, "s");
    EXPECT_NE(S, nullptr) << F.str();
    const ScopeEntry *E = Model.scopeOf(S->getType(), &Fw);
    EXPECT_NE(E, nullptr) << F.str();
    return ScopeUses(*S, *E, *U.body(F), Model);
  };
  ScopeUses Adds = UsesOf("adds");
  EXPECT_EQ(Adds.adds().size(), 2u);
  EXPECT_EQ(Adds.escape(), nullptr);
  EXPECT_EQ(Adds.deferredJoin(), nullptr);
  std::vector<std::string> Joins;
  for (const Stmt *J : Adds.joinStatements())
    Joins.push_back(U.text(J));
  // The dropped join is none; the kept one counts where it is awaited.
  EXPECT_EQ(Joins, (std::vector<std::string>{"co_await std::move(later)",
                                             "co_await s.cleanup()"}));
  EXPECT_EQ(Adds.awaitedJoin(), "joinAsync");

  EXPECT_NE(UsesOf("escapes").escape(), nullptr);
  EXPECT_NE(UsesOf("inLambda").escape(), nullptr);
  EXPECT_TRUE(UsesOf("inLambda").adds().empty());
  EXPECT_NE(UsesOf("atExit").deferredJoin(), nullptr);
  EXPECT_EQ(UsesOf("atExit").escape(), nullptr);
  EXPECT_NE(UsesOf("guard").deferredJoin(), nullptr);
  ScopeUses Dropping = UsesOf("droppingGuard");
  EXPECT_EQ(Dropping.deferredJoin(), nullptr);
  EXPECT_EQ(Dropping.escape(), nullptr);
  EXPECT_EQ(Dropping.adds().size(), 1u);
}

TEST(ExprUtils, ResourcesThroughPointersMovesAndThis) {
  Unit U(code(R"cpp(
struct Owner {
  Conn m;
  Task run(std::unique_ptr<Conn> p, std::shared_ptr<Conn> q, Conn *r, Conn c) {
    co_await p->close();
    co_await (*q).close();
    co_await r->close();
    co_await std::move(c).close();
    co_await this->m.close();
    co_await on(c.executor());
  }
};
)cpp"));
  ASSERT_TRUE(U.ok());
  const FunctionDecl *Run = U.function("run");
  ASSERT_NE(Run, nullptr);
  std::vector<std::string> Names;
  forEachAwait(*cast<CoroutineBodyStmt>(Run->getBody())->getBody(),
               [&](const Expr &E) {
                 CallTarget T = callTarget(awaitOperand(E));
                 Names.push_back(T.Name + ":" +
                                 (T.Resource ? T.Resource->getNameAsString()
                                             : "-"));
               });
  EXPECT_EQ(Names, (std::vector<std::string>{"close:p", "close:q", "close:r",
                                             "close:c", "close:m", "on:-"}));
}

TEST(ExprUtils, MentionsAndNames) {
  Unit U(code(R"cpp(
Task f(Conn c) {
  auto l = [&c]() -> Task { co_await c.close(); };
  co_await l();
}
template <class T> void fwd(T &&t) { (void)std::forward<T>(t); }
)cpp"));
  ASSERT_TRUE(U.ok());
  const VarDecl *L = U.local("f", "l");
  const ParmVarDecl *C = U.function("f")->getParamDecl(0);
  EXPECT_FALSE(mentions(L->getInit(), C, InLambdas::Skip));
  EXPECT_TRUE(mentions(L->getInit(), C, InLambdas::Only));
  EXPECT_TRUE(mentions(L->getInit(), C, InLambdas::Include));
  const auto *Lambda = dyn_cast<LambdaExpr>(strip(L->getInit()));
  ASSERT_NE(Lambda, nullptr);
  EXPECT_EQ(displayName(Lambda->getCallOperator()), "lambda");
  const auto *Forward = U.find<CallExpr>("fwd", "std::forward<T>(t)");
  ASSERT_NE(Forward, nullptr);
  EXPECT_TRUE(isMoveOrForward(*Forward)) << "unresolved in a template";
}

TEST(GeneratorUses, TheLoopThatLeavesItSuspended) {
  Unit U(R"cpp(
#include <generator>
#include <coroutine>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
std::generator<int> ints();
Task work();
Task early() {
  auto g = ints();
  for (int x : g)
    if (x) break;
  co_await work();
}
Task usedAfter() {
  auto g = ints();
  for (int x : g)
    if (x) break;
  co_await work();
  for (int x : g) (void)x;
}
Task nothingAfter() {
  auto g = ints();
  for (int x : g)
    if (x) break;
}
)cpp");
  ASSERT_TRUE(U.ok());
  for (const char *F : {"early", "usedAfter", "nothingAfter"}) {
    const CompoundStmt *Body = U.body(F);
    const VarDecl *G = U.local(F, "g");
    ASSERT_TRUE(Body && G) << F;
    GeneratorUses Uses(*G, *Body, 0);
    std::optional<SuspendedExit> Exit =
        findSuspendedExit(Uses, *Body, U.AST->getSourceManager(), false);
    EXPECT_EQ(Exit.has_value(), llvm::StringRef(F) == "early") << F;
    if (Exit)
      EXPECT_EQ(U.text(Exit->Exit), "break");
  }
}

TEST(Shields, FollyTokensDecide) {
  Unit U(R"cpp(
#include <exception>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
folly::coro::Task<void> work();
folly::coro::Task<void> f() {
  std::exception_ptr e;
  try { co_await work(); } catch (...) { e = std::current_exception(); }
  co_await work();
  co_await folly::coro::co_withCancellation(folly::CancellationToken{}, work());
  auto own = co_await folly::coro::co_current_cancellation_token;
  co_await folly::coro::co_withCancellation(own, work());
  if (e) std::rethrow_exception(e);
}
)cpp");
  ASSERT_TRUE(U.ok());
  std::vector<CleanupRegion> Regions = findCleanupRegions(*U.body("f"), U.Model);
  ASSERT_EQ(Regions.size(), 1u);
  std::vector<ExposedAwait> Exposed = exposedAwaits(
      Regions[0], U.Model, frameworkTable(Framework::Folly), U.ctx());
  ASSERT_EQ(Exposed.size(), 2u);
  EXPECT_EQ(U.text(Exposed[0].Operand), "work()");
  EXPECT_EQ(Exposed[0].OwnToken, nullptr);
  EXPECT_EQ(U.text(Exposed[1].OwnToken), "own");
}

TEST(ReleaseAwaits, OnlyWhileHeld) {
  Unit U(code(R"cpp(
Task used(Conn c) { co_await c.send(); co_await c.close(); }
Task acquired(Conn s) { co_await s.acquire(); co_await s.release(); }
Task query(Conn c) { co_await on(c.executor()); co_await c.close(); }
)cpp"));
  ASSERT_TRUE(U.ok());
  llvm::SmallPtrSet<const Stmt *, 1> Regions;
  llvm::SmallPtrSet<const ValueDecl *, 1> Cleaned;
  auto IsRelease = [](llvm::StringRef N) { return N == "close" || N == "release"; };
  ReleaseContext C{U.Model, frameworkTable(Framework::Unknown),
                   U.AST->getSourceManager(), IsRelease, Regions, Cleaned};
  EXPECT_EQ(skippedReleases(*U.body("used"), C).size(), 1u);
  EXPECT_TRUE(skippedReleases(*U.body("acquired"), C).empty());
  EXPECT_TRUE(skippedReleases(*U.body("query"), C).empty());
}

} // namespace
