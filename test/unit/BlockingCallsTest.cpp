//===- BlockingCallsTest.cpp - Unit tests of blocking calls ---------------===//
//
// Which calls in a coroutine body block its thread: the tables' waits by
// callee and by the class of the object, polls with a zero duration, future
// waits after a readiness test, and where each call stands.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"
#include "lib/AstHelpers.h"
#include "lib/BlockingCalls.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;
using namespace coro_tidy;
using coro_tidy::test::Unit;

namespace {

const char *Prelude = R"cpp(
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <chrono>
#include <future>
#include <thread>
using namespace std::chrono_literals;
using folly::coro::Task;
Task<int> compute();
void use(int);
)cpp";

/// The text of each blocking call of coroutine \p Name, with D for a
/// discarded value and N where no co_await may stand.
std::vector<std::string> calls(Unit &U, llvm::StringRef Name) {
  std::vector<std::string> Out;
  const CompoundStmt *Body = U.body(Name);
  EXPECT_NE(Body, nullptr) << Name.str();
  if (!Body)
    return Out;
  for (const BlockingCall &B : blockingCalls(*Body, U.Model, U.ctx()))
    Out.push_back(U.text(B.Call) + (B.Discarded ? " D" : "") +
                  (B.AwaitAllowed ? "" : " N"));
  return Out;
}

using Strings = std::vector<std::string>;

TEST(BlockingCalls, WaitsAndWhereTheyStand) {
  Unit U((std::string(Prelude) + R"cpp(
Task<int> f(std::future<int> fut) {
  int a = folly::coro::blockingWait(compute());
  folly::coro::blockingWait(compute());
  (void)fut.wait_for(1s);
  try { co_await compute(); } catch (...) { std::this_thread::sleep_for(1ms); }
  static int s = folly::coro::blockingWait(compute());
  auto l = [x = folly::coro::blockingWait(compute())] { return x; };
  auto m = [] { return folly::coro::blockingWait(compute()); };
  use(sizeof(folly::coro::blockingWait(compute())));
  co_return a + s + l() + m();
}
)cpp").c_str());
  ASSERT_TRUE(U.ok());
  EXPECT_EQ(calls(U, "f"),
            (Strings{"folly::coro::blockingWait(compute())",
                     "folly::coro::blockingWait(compute()) D",
                     "fut.wait_for(1s) D",
                     "std::this_thread::sleep_for(1ms) D N",
                     "folly::coro::blockingWait(compute()) N",
                     "folly::coro::blockingWait(compute()) N"}));
}

TEST(BlockingCalls, PollsAndReadinessTests) {
  Unit U((std::string(Prelude) + R"cpp(
Task<int> f(std::future<int> a, std::future<int> b, folly::Future<int> c) {
  a.wait_for(0s);
  a.wait_for(std::chrono::seconds::zero());
  std::this_thread::sleep_for(std::chrono::milliseconds(0));
  int n = 0;
  if (a.wait_for(0s) == std::future_status::ready)
    n += a.get();
  if (!c.isReady())
    co_return n;
  n += std::move(c).get();
  n += b.wait_for(0s) == std::future_status::ready ? b.get() : 0;
  n += a.get();
  use(1);
  co_return n + b.get();
}
)cpp").c_str());
  ASSERT_TRUE(U.ok());
  EXPECT_EQ(calls(U, "f"), (Strings{"a.get()", "b.get()"}));
}

TEST(BlockingCalls, Durations) {
  Unit U((std::string(Prelude) + R"cpp(
constexpr auto Zero = 0ms;
template <typename D> void take(const D &);
void f() {
  take(0s); take(Zero); take(1ns);
  take(std::chrono::duration<double>(0.5));
  take(std::chrono::duration<long, std::ratio<1, 3>>(1));
  take(std::chrono::duration<long, std::ratio<1, 1000000000000>>(1));
}
)cpp").c_str());
  ASSERT_TRUE(U.ok());
  auto Arg = [&](llvm::StringRef Text) {
    const auto *Call = U.find<CallExpr>("f", "take(" + Text.str() + ")");
    EXPECT_NE(Call, nullptr) << Text.str();
    return Call ? Call->getArg(0) : nullptr;
  };
  EXPECT_TRUE(isZeroDuration(Arg("0s"), U.ctx()));
  EXPECT_TRUE(isZeroDuration(Arg("Zero"), U.ctx()));
  EXPECT_FALSE(isZeroDuration(Arg("1ns"), U.ctx()));
  EXPECT_TRUE(convertsToNanoseconds(Arg("1ns")->getType()));
  EXPECT_TRUE(convertsToNanoseconds(Arg("Zero")->getType()));
  EXPECT_FALSE(convertsToNanoseconds(
      Arg("std::chrono::duration<double>(0.5)")->getType()));
  EXPECT_FALSE(convertsToNanoseconds(
      Arg("std::chrono::duration<long, std::ratio<1, 3>>(1)")->getType()));
  EXPECT_FALSE(convertsToNanoseconds(
      Arg("std::chrono::duration<long, std::ratio<1, 1000000000000>>(1)")
          ->getType()));
}

TEST(BlockingCalls, ModelByObjectClassAndInstantiations) {
  Unit U((std::string(Prelude) + R"cpp(
template <typename T> Task<void> g(T t) { t.wait(); co_return; }
template Task<void> g(std::shared_future<int>);
void f(std::future<int> a) { a.wait(); a.valid(); }
)cpp").c_str());
  ASSERT_TRUE(U.ok());
  const auto *Wait = U.find<CXXMemberCallExpr>("f", "a.wait()");
  const auto *Valid = U.find<CXXMemberCallExpr>("f", "a.valid()");
  ASSERT_TRUE(Wait && Valid);
  // libstdc++ declares wait() in a base class of std::future.
  BlockingWaitMatch M = U.Model.blockingWait(*Wait);
  ASSERT_TRUE(M);
  EXPECT_EQ(M.Entry->Function, "std::future::wait");
  EXPECT_EQ(M.Fw, Framework::Std);
  EXPECT_FALSE(U.Model.blockingWait(*Valid));
  EXPECT_FALSE(isInInstantiation(U.function("f")));
  using namespace clang::ast_matchers;
  auto Specs = match(functionDecl(hasName("g"), isTemplateInstantiation()).bind("g"),
                     U.ctx());
  ASSERT_EQ(Specs.size(), 1u);
  EXPECT_TRUE(isInInstantiation(Specs[0].getNodeAs<FunctionDecl>("g")));
}

} // namespace
