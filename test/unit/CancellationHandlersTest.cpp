//===- CancellationHandlersTest.cpp - Unit tests of swallowing handlers ---===//

#include "lib/CancellationHandlers.h"
#include "lib/CoroModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace coro_tidy;

namespace {

const char *FollyPrelude = R"cpp(
#include <folly/CancellationToken.h>
#include <folly/OperationCancelled.h>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/Task.h>
#include <folly/coro/WithCancellation.h>
#include <exception>
#include <stdexcept>
using folly::coro::Task;
Task<void> work();
Task<void> cleanup(int = 0);
void log(const char *);
[[noreturn]] void fail();
struct MyError : std::exception {};
)cpp";

struct Parsed {
  std::unique_ptr<ASTUnit> AST;
  CoroModel Model;

  Parsed(llvm::StringRef Code, const char *Prelude = FollyPrelude)
      : AST(tooling::buildASTFromCodeWithArgs(
            (Prelude + Code).str(),
            {"-std=c++20", "-resource-dir", CORO_TIDY_CLANG_RESOURCE_DIR,
             "-isystem", CORO_TIDY_INPUTS},
            "input.cc")) {}

  bool ok() const { return AST && !AST->getDiagnostics().hasErrorOccurred(); }
  ASTContext &ctx() { return AST->getASTContext(); }

  const Stmt *body(llvm::StringRef Name) {
    auto Found = match(functionDecl(hasName(Name), isDefinition()).bind("f"),
                       ctx());
    if (Found.empty())
      return nullptr;
    const Stmt *B = Found[0].getNodeAs<FunctionDecl>("f")->getBody();
    if (const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(B))
      return Coro->getBody();
    return B;
  }

  std::vector<TryInLoop> tries(llvm::StringRef Name) {
    const Stmt *B = body(Name);
    EXPECT_NE(B, nullptr) << Name.str();
    return B ? triesInLoops(*B) : std::vector<TryInLoop>{};
  }

  /// The one try in a loop of \p Name.
  TryInLoop only(llvm::StringRef Name) {
    std::vector<TryInLoop> Found = tries(Name);
    EXPECT_EQ(Found.size(), 1u) << Name.str();
    return Found.empty() ? TryInLoop{} : Found.front();
  }

  std::string text(const Stmt *S) {
    return Lexer::getSourceText(
               CharSourceRange::getTokenRange(S->getSourceRange()),
               AST->getSourceManager(), AST->getLangOpts())
        .str();
  }

  CancellationTypes folly() {
    const FrameworkTable &T = frameworkTable(Framework::Folly);
    return CancellationTypes(T.CancellationExceptions,
                             T.CancellationExceptionBases, ctx());
  }

  CancellationTestNames follyTests() {
    const FrameworkTable &T = frameworkTable(Framework::Folly);
    CancellationTestNames Names{T.CancellationTests, T.CancellationExceptions};
    for (const std::string &N : frameworkTable(Framework::Std).CancellationTests)
      Names.Tests.push_back(N);
    return Names;
  }

  /// What the first handler of the only try of \p Name catches.
  CancellationTypes::Caught caught(llvm::StringRef Name,
                                   const CancellationTypes &Types) {
    TryInLoop T = only(Name);
    if (!T.Try)
      return {};
    return Types.catches(*T.Try->getHandler(0));
  }

  const Stmt *exit(llvm::StringRef Name, unsigned Handler = 0) {
    TryInLoop T = only(Name);
    if (!T.Try)
      return nullptr;
    return loopExit(*T.Try->getHandler(Handler), T, AST->getSourceManager());
  }
};

TEST(CancellationHandlers, TriesInLoopsOutermostFirst) {
  Parsed P(R"cpp(
Task<void> f(bool b) {
  try { co_await work(); } catch (...) {}
  while (b) {
    co_await cleanup(1);
    for (int i = 0; i < 3; ++i) {
      if (b) {
        try { co_await work(); } catch (...) {}
        co_await cleanup(2);
      }
      co_await cleanup(3);
    }
    co_await cleanup(4);
  }
  auto l = [] {
    while (true) { try { log("x"); } catch (...) {} }
  };
  for (;;) {
    auto m = []() -> Task<void> { try { co_await work(); } catch (...) {} };
    co_await m();
  }
}
)cpp");
  ASSERT_TRUE(P.ok());
  std::vector<TryInLoop> Tries = P.tries("f");
  // Not the try before the loops, not the tries in the lambdas.
  ASSERT_EQ(Tries.size(), 1u);
  const TryInLoop &T = Tries[0];
  ASSERT_EQ(T.Loops.size(), 2u);
  EXPECT_TRUE(isa<WhileStmt>(T.Loops[0]));
  EXPECT_TRUE(isa<ForStmt>(T.Loops[1]));
  EXPECT_EQ(T.BreakTarget, T.Loops[1]);
  // Before: function body, while body, for body, if block.
  ASSERT_EQ(T.Before.size(), 4u);
  EXPECT_EQ(T.Before[0].size(), 1u);
  ASSERT_EQ(T.Before[1].size(), 1u);
  EXPECT_EQ(P.text(T.Before[1][0]), "co_await cleanup(1)");
  // After: inside the outermost loop only, innermost last.
  ASSERT_EQ(T.After.size(), 3u);
  ASSERT_EQ(T.After[0].Stmts.size(), 1u);
  EXPECT_EQ(P.text(T.After[0].Stmts[0]), "co_await cleanup(4)");
  EXPECT_EQ(T.After[0].BreakTarget, T.Loops[0]);
  ASSERT_EQ(T.After[1].Stmts.size(), 1u);
  EXPECT_EQ(P.text(T.After[1].Stmts[0]), "co_await cleanup(3)");
  EXPECT_EQ(T.After[1].BreakTarget, T.Loops[1]);
  ASSERT_EQ(T.After[2].Stmts.size(), 1u);
  EXPECT_EQ(P.text(T.After[2].Stmts[0]), "co_await cleanup(2)");
}

TEST(CancellationHandlers, RangeForDoAndSwitch) {
  Parsed P(R"cpp(
Task<void> f(int (&xs)[3], int k) {
  for (int x : xs) {
    switch (k) {
    case 1:
      try { co_await cleanup(x); } catch (...) {}
      break;
    }
  }
  do { try { co_await work(); } catch (...) {} } while (k);
}
)cpp");
  ASSERT_TRUE(P.ok());
  std::vector<TryInLoop> Tries = P.tries("f");
  ASSERT_EQ(Tries.size(), 2u);
  EXPECT_TRUE(isa<CXXForRangeStmt>(Tries[0].Loops[0]));
  EXPECT_TRUE(isa<SwitchStmt>(Tries[0].BreakTarget));
  EXPECT_TRUE(isa<DoStmt>(Tries[1].Loops[0]));
}

TEST(CancellationHandlers, WhatAHandlerCatches) {
  Parsed P(R"cpp(
#define CASE(name, decl) Task<void> name() { while (true) { try { co_await work(); } catch (decl) {} } }
CASE(h_all, ...)
CASE(h_exception, const std::exception &e)
CASE(h_byValue, std::exception e)
CASE(h_itself, const folly::OperationCancelled &)
CASE(h_runtime, const std::runtime_error &)
CASE(h_derivedFromBase, const MyError &)
CASE(h_pointer, const std::exception *)
CASE(h_number, int)
template <typename E> CASE(h_dependent, const E &)
)cpp");
  ASSERT_TRUE(P.ok());
  CancellationTypes Types = P.folly();
  using C = CancellationTypes::Caught;
  for (const char *Yes : {"h_all", "h_exception", "h_byValue"}) {
    C Caught = P.caught(Yes, Types);
    EXPECT_EQ(Caught.What, C::Yes) << Yes;
    EXPECT_EQ(Caught.Name, "folly::OperationCancelled") << Yes;
    EXPECT_FALSE(Caught.Exactly) << Yes;
  }
  C Itself = P.caught("h_itself", Types);
  EXPECT_EQ(Itself.What, C::Yes);
  EXPECT_TRUE(Itself.Exactly);
  for (const char *No : {"h_runtime", "h_derivedFromBase", "h_pointer", "h_number"})
    EXPECT_EQ(P.caught(No, Types).What, C::No) << No;
  EXPECT_EQ(P.caught("h_dependent", Types).What, C::Unknown);
}

TEST(CancellationHandlers, KnownBasesWhenTheClassIsNotDeclared) {
  Parsed P(R"cpp(
#include <coroutine>
#include <stdexcept>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Task f() {
  while (true) {
    try { co_await std::suspend_always{}; }
    catch (const std::runtime_error &) {}
    catch (const std::exception &) {}
  }
}
)cpp",
           "");
  ASSERT_TRUE(P.ok());
  EXPECT_EQ(lookupClass("folly::OperationCancelled", P.ctx()), nullptr);
  const FrameworkTable &Folly = frameworkTable(Framework::Folly);
  CancellationTypes Types(Folly.CancellationExceptions,
                          Folly.CancellationExceptionBases, P.ctx());
  TryInLoop T = P.only("f");
  ASSERT_NE(T.Try, nullptr);
  CancellationTypes::Caught Caught;
  EXPECT_EQ(firstCancellationHandler(*T.Try, Types, &Caught), T.Try->getHandler(1));
  EXPECT_EQ(Caught.Name, "folly::OperationCancelled");
  // Boost's system_error derives from std::runtime_error.
  const FrameworkTable &Asio = frameworkTable(Framework::BoostAsio);
  CancellationTypes AsioTypes(Asio.CancellationExceptions,
                              Asio.CancellationExceptionBases, P.ctx());
  EXPECT_EQ(firstCancellationHandler(*T.Try, AsioTypes), T.Try->getHandler(0));
}

TEST(CancellationHandlers, RealBasesAndTypedefs) {
  Parsed P(R"cpp(
#include <boost/system/system_error.hpp>
#include <system_error>
namespace asio { typedef std::system_error system_error; }
Task<void> boostAsio() {
  while (true) {
    try { co_await work(); }
    catch (const std::system_error &) {}
    catch (const std::runtime_error &e) {}
  }
}
Task<void> standalone() {
  while (true) {
    try { co_await work(); }
    catch (const std::invalid_argument &) {}
    catch (const asio::system_error &e) {}
  }
}
)cpp");
  ASSERT_TRUE(P.ok());
  const CXXRecordDecl *Std = lookupClass("asio::system_error", P.ctx());
  ASSERT_NE(Std, nullptr);
  EXPECT_EQ(qualifiedName(Std), "std::system_error");
  const FrameworkTable &Boost = frameworkTable(Framework::BoostAsio);
  CancellationTypes BoostTypes(Boost.CancellationExceptions,
                               Boost.CancellationExceptionBases, P.ctx());
  // boost::system::system_error is no std::system_error.
  TryInLoop B = P.only("boostAsio");
  EXPECT_EQ(firstCancellationHandler(*B.Try, BoostTypes), B.Try->getHandler(1));
  const FrameworkTable &Asio = frameworkTable(Framework::Asio);
  CancellationTypes AsioTypes(Asio.CancellationExceptions,
                              Asio.CancellationExceptionBases, P.ctx());
  TryInLoop S = P.only("standalone");
  CancellationTypes::Caught Caught;
  EXPECT_EQ(firstCancellationHandler(*S.Try, AsioTypes, &Caught),
            S.Try->getHandler(1));
  EXPECT_TRUE(Caught.Exactly);
  EXPECT_EQ(Caught.Name, "asio::system_error");
}

TEST(CancellationHandlers, EarlierHandlers) {
  Parsed P(R"cpp(
Task<void> rethrown() {
  while (true) {
    try { co_await work(); }
    catch (const std::invalid_argument &) {}
    catch (const folly::OperationCancelled &) { throw; }
    catch (...) {}
  }
}
template <typename E> Task<void> dependent() {
  while (true) {
    try { co_await work(); }
    catch (const E &) {}
    catch (...) {}
  }
}
)cpp");
  ASSERT_TRUE(P.ok());
  CancellationTypes Types = P.folly();
  TryInLoop R = P.only("rethrown");
  EXPECT_EQ(firstCancellationHandler(*R.Try, Types), R.Try->getHandler(1));
  TryInLoop D = P.only("dependent");
  EXPECT_EQ(firstCancellationHandler(*D.Try, Types), nullptr);
}

TEST(CancellationHandlers, LeavingTheLoop) {
  Parsed P(R"cpp(
Task<void> throws() { while (true) { try { co_await work(); } catch (...) { throw; } } }
Task<void> throwsNew() { while (true) { try { co_await work(); } catch (...) { if (true) throw MyError{}; } } }
Task<void> rethrowsPtr() {
  while (true) { try { co_await work(); } catch (...) { std::rethrow_exception(std::current_exception()); } }
}
Task<void> noreturn() { while (true) { try { co_await work(); } catch (...) { fail(); } } }
Task<void> returns() { while (true) { try { co_await work(); } catch (...) { co_return; } } }
Task<void> breaks() { while (true) { try { co_await work(); } catch (...) { break; } } }
Task<void> gotoOut() { while (true) { try { co_await work(); } catch (...) { goto out; } } out:; }
Task<void> flag(bool &done) { while (!done) { try { co_await work(); } catch (...) { done = true; } } }
struct Worker {
  bool running_ = true;
  Task<void> run() { while (running_) { try { co_await work(); } catch (...) { running_ = false; } } }
};
Task<void> rethrownAfter() {
  while (true) {
    std::exception_ptr ep;
    try { co_await work(); } catch (...) { ep = std::current_exception(); }
    if (ep) std::rethrow_exception(ep);
  }
}
)cpp");
  ASSERT_TRUE(P.ok());
  for (const char *Name : {"throws", "throwsNew", "rethrowsPtr", "noreturn",
                           "returns", "breaks", "gotoOut", "flag", "run",
                           "rethrownAfter"})
    EXPECT_NE(P.exit(Name), nullptr) << Name;
  EXPECT_EQ(P.text(P.exit("rethrownAfter")), "std::rethrow_exception(ep)");
}

TEST(CancellationHandlers, StayingInTheLoop) {
  Parsed P(R"cpp(
Task<void> logs() { while (true) { try { co_await work(); } catch (...) { log("x"); } } }
Task<void> continues(int n) { while (true) { try { co_await work(); } catch (...) { continue; } if (n) break; } }
Task<void> innerBreak() {
  while (true) { try { co_await work(); } catch (...) { for (int i = 0; i < 3; ++i) break; switch (1) { default: break; } } }
}
Task<void> innerLoopBreak(int (&xs)[2]) {
  while (true) { for (int x : xs) { try { co_await cleanup(x); } catch (...) { break; } } }
}
Task<void> switchBreak(int k) {
  while (true) { switch (k) { case 0: try { co_await work(); } catch (...) { break; } } }
}
Task<void> gotoInside() { while (true) { again: try { co_await work(); } catch (...) { goto again; } } }
Task<void> lambdaThrows() {
  while (true) { try { co_await work(); } catch (...) { auto l = [] { throw 1; }; (void)l; } }
}
Task<void> otherFlag(bool &done) { bool failed = false; while (!done) { try { co_await work(); } catch (...) { failed = true; } } }
Task<void> readsFlag(bool &done) { while (!done) { try { co_await work(); } catch (...) { log(done ? "a" : "b"); } } }
Task<void> changedAfter(int n) { while (n) { try { co_await work(); } catch (...) { log("x"); } n = 1; } }
)cpp");
  ASSERT_TRUE(P.ok());
  for (const char *Name : {"logs", "continues", "innerBreak", "innerLoopBreak",
                           "switchBreak", "gotoInside", "lambdaThrows",
                           "otherFlag", "readsFlag", "changedAfter"})
    EXPECT_EQ(P.exit(Name), nullptr) << Name;
}

TEST(CancellationHandlers, CancellationTests) {
  Parsed P(R"cpp(
#include <stop_token>
Task<void> token(folly::CancellationToken tok) {
  while (true) { try { co_await work(); } catch (...) { if (!tok.isCancellationRequested()) log("x"); } }
}
Task<void> inCondition(folly::CancellationToken tok) {
  while (!tok.isCancellationRequested()) { try { co_await work(); } catch (...) { log("x"); } }
}
Task<void> stopToken(std::stop_token st) {
  for (;;) { try { co_await work(); } catch (...) { log(st.stop_requested() ? "a" : "b"); } }
}
Task<void> stopTokenVariable(std::stop_token st, bool (*f)(std::stop_token)) {
  while (f(st)) { try { co_await work(); } catch (...) { log("x"); } }
}
Task<void> dynamicCast() {
  while (true) {
    try { co_await work(); }
    catch (const std::exception &e) {
      if (!dynamic_cast<const folly::OperationCancelled *>(&e)) log(e.what());
    }
  }
}
struct Coded : std::exception { int code() const; };
Task<void> comparesCode() {
  while (true) { try { co_await work(); } catch (const Coded &e) { if (e.code() != 1) log("x"); } }
}
struct Wrapper { template <typename E> bool is() const; };
Task<void> templateArgument(Wrapper w) {
  while (true) { try { co_await work(); } catch (...) { if (!w.is<folly::OperationCancelled>()) log("x"); } }
}
template <typename Tok> Task<void> dependentToken(Tok tok) {
  while (true) { try { co_await work(); } catch (...) { if (!tok.isCancellationRequested()) log("x"); } }
}
)cpp");
  ASSERT_TRUE(P.ok());
  CancellationTestNames Names = P.follyTests();
  for (const char *Name : {"token", "inCondition", "stopToken",
                           "stopTokenVariable", "dynamicCast", "comparesCode",
                           "templateArgument", "dependentToken"}) {
    TryInLoop T = P.only(Name);
    ASSERT_NE(T.Try, nullptr) << Name;
    EXPECT_TRUE(testsCancellation(*T.Try->getHandler(0), T, Names)) << Name;
  }
}

TEST(CancellationHandlers, NoCancellationTest) {
  Parsed P(R"cpp(
Task<void> ownType() {
  while (true) { try { co_await work(); } catch (const folly::OperationCancelled &e) { log(e.what()); } }
}
Task<void> plainFlag(const bool &running) {
  while (running) { try { co_await work(); } catch (const std::exception &e) { log(e.what()); } }
}
Task<void> tokenPassed(folly::CancellationToken tok) {
  while (true) { try { co_await folly::coro::co_withCancellation(tok, work()); } catch (...) { log("x"); } }
}
)cpp");
  ASSERT_TRUE(P.ok());
  CancellationTestNames Names = P.follyTests();
  for (const char *Name : {"ownType", "plainFlag", "tokenPassed"}) {
    TryInLoop T = P.only(Name);
    ASSERT_NE(T.Try, nullptr) << Name;
    EXPECT_FALSE(testsCancellation(*T.Try->getHandler(0), T, Names)) << Name;
  }
}

TEST(CancellationHandlers, EnumeratorOfAnUnscopedEnum) {
  Parsed P(R"cpp(
namespace net::error { enum basic_errors { operation_aborted = 125, other }; }
struct Failure : std::exception { int value() const; };
Task<void> f() {
  while (true) { try { co_await work(); } catch (const Failure &e) { if (e.value() == net::error::operation_aborted) log("x"); } }
}
Task<void> g() {
  while (true) { try { co_await work(); } catch (const Failure &e) { if (e.value() == net::error::other) log("x"); } }
}
)cpp");
  ASSERT_TRUE(P.ok());
  CancellationTestNames Names{{"net::error::operation_aborted"}, {}};
  TryInLoop F = P.only("f"), G = P.only("g");
  EXPECT_TRUE(testsCancellation(*F.Try->getHandler(0), F, Names));
  EXPECT_FALSE(testsCancellation(*G.Try->getHandler(0), G, Names));
}

TEST(CancellationHandlers, WhatCanBeCancelled) {
  Parsed P(R"cpp(
Task<void> awaits() { while (true) { try { co_await work(); } catch (...) {} } }
Task<void> syncOnly() { while (true) { try { log("x"); } catch (...) {} } }
Task<void> shielded() {
  while (true) {
    try { co_await folly::coro::co_withCancellation(folly::CancellationToken{}, work()); } catch (...) {}
  }
}
Task<void> inLambda() {
  while (true) {
    try { auto l = []() -> Task<void> { co_await work(); }; (void)l; } catch (...) {}
  }
}
Task<void> nestedKeeps() {
  while (true) {
    try { try { co_await work(); } catch (...) { log("x"); } } catch (...) {}
  }
}
Task<void> nestedPassesOn() {
  while (true) {
    try { try { co_await work(); } catch (...) { throw; } } catch (...) {}
  }
}
folly::coro::AsyncGenerator<int> yields() { while (true) { try { co_yield 1; } catch (...) {} } }
template <typename C> Task<void> dependent(C &c) { while (true) { try { co_await c.poll(); } catch (...) {} } }
)cpp");
  ASSERT_TRUE(P.ok());
  CancellationTypes Types = P.folly();
  const FrameworkTable &Folly = frameworkTable(Framework::Folly);
  auto Cancellable = [&](const char *Name) {
    TryInLoop T = P.only(Name);
    return T.Try && canBeCancelled(T, P.Model, Folly, Types, P.ctx());
  };
  for (const char *Yes : {"awaits", "yields", "dependent"})
    EXPECT_TRUE(Cancellable(Yes)) << Yes;
  for (const char *No : {"syncOnly", "shielded", "inLambda"})
    EXPECT_FALSE(Cancellable(No)) << No;
  // The outer try of nestedKeeps: the inner handler keeps the cancellation.
  std::vector<TryInLoop> Nested = P.tries("nestedKeeps");
  ASSERT_EQ(Nested.size(), 2u);
  EXPECT_FALSE(canBeCancelled(Nested[0], P.Model, Folly, Types, P.ctx()));
  EXPECT_TRUE(canBeCancelled(Nested[1], P.Model, Folly, Types, P.ctx()));
  // The inner handler of nestedPassesOn rethrows: the outer try sees it.
  std::vector<TryInLoop> PassesOn = P.tries("nestedPassesOn");
  ASSERT_EQ(PassesOn.size(), 2u);
  EXPECT_TRUE(canBeCancelled(PassesOn[0], P.Model, Folly, Types, P.ctx()));
}

TEST(CancellationHandlers, CppcoroNeedsACancellableToken) {
  Parsed P(R"cpp(
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/operation_cancelled.hpp>
#include <cppcoro/task.hpp>
cppcoro::task<void> op(cppcoro::cancellation_token = {});
cppcoro::task<void> withToken(cppcoro::cancellation_token tok) {
  while (true) { try { co_await op(tok); } catch (...) {} }
}
cppcoro::task<void> withoutToken() {
  while (true) { try { co_await op(); co_await op(cppcoro::cancellation_token{}); } catch (...) {} }
}
)cpp",
           "");
  ASSERT_TRUE(P.ok());
  const FrameworkTable &T = frameworkTable(Framework::Cppcoro);
  CancellationTypes Types(T.CancellationExceptions, T.CancellationExceptionBases,
                          P.ctx());
  EXPECT_TRUE(canBeCancelled(P.only("withToken"), P.Model, T, Types, P.ctx()));
  EXPECT_FALSE(canBeCancelled(P.only("withoutToken"), P.Model, T, Types, P.ctx()));
}

} // namespace
