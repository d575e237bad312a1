//===- CleanupRegionsTest.cpp - Unit tests of the async-finally finder ----===//

#include "lib/CleanupRegions.h"
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

// A tiny task type and the folly cancellation exception, inline.
const char *Prelude = R"cpp(
#include <coroutine>
#include <exception>
#include <stdexcept>
#include <folly/OperationCancelled.h>
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
Task work();
Task cleanup(int = 0);
void parse();
)cpp";

struct Parsed {
  std::unique_ptr<ASTUnit> AST;
  CoroModel Model;

  explicit Parsed(llvm::StringRef Code)
      : AST(tooling::buildASTFromCodeWithArgs(
            (Prelude + Code).str(),
            {"-std=c++20", "-resource-dir", CORO_TIDY_CLANG_RESOURCE_DIR,
             "-isystem", CORO_TIDY_INPUTS},
            "input.cc")) {}

  bool ok() const { return AST && !AST->getDiagnostics().hasErrorOccurred(); }

  const Stmt *body(llvm::StringRef Name) {
    auto Found = match(functionDecl(hasName(Name), isDefinition()).bind("f"),
                       AST->getASTContext());
    if (Found.empty())
      return nullptr;
    const Stmt *B = Found[0].getNodeAs<FunctionDecl>("f")->getBody();
    if (const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(B))
      return Coro->getBody();
    return B;
  }

  std::vector<CleanupRegion> regions(llvm::StringRef Name) {
    const Stmt *B = body(Name);
    EXPECT_NE(B, nullptr) << Name.str();
    return B ? findCleanupRegions(*B, Model) : std::vector<CleanupRegion>{};
  }

  /// The source text of a statement, for readable expectations.
  std::string text(const Stmt *S) {
    const SourceManager &SM = AST->getSourceManager();
    return Lexer::getSourceText(
               CharSourceRange::getTokenRange(S->getSourceRange()), SM,
               AST->getLangOpts())
        .str();
  }
};

TEST(CleanupRegions, RegionRunsToTheRethrow) {
  Parsed P(R"cpp(
Task f() {
  std::exception_ptr eptr;
  try { co_await work(); } catch (...) { eptr = std::current_exception(); }
  co_await cleanup(1);
  if (eptr) std::rethrow_exception(eptr);
  co_await cleanup(2);
}
)cpp");
  ASSERT_TRUE(P.ok());
  auto Regions = P.regions("f");
  ASSERT_EQ(Regions.size(), 1u);
  ASSERT_EQ(Regions[0].Stmts.size(), 2u);
  EXPECT_EQ(P.text(Regions[0].Stmts[0]), "co_await cleanup(1)");
  EXPECT_EQ(P.text(Regions[0].Stmts[1]), "if (eptr) std::rethrow_exception(eptr)");
  EXPECT_EQ(Regions[0].Handler->getExceptionDecl(), nullptr);
}

TEST(CleanupRegions, FlagAndCancellationHandlerToTheEndOfTheBlock) {
  Parsed P(R"cpp(
Task f() {
  bool cancelled = false;
  try { co_await work(); }
  catch (const std::runtime_error &) { throw; }
  catch (const folly::OperationCancelled &) { cancelled = true; }
  co_await cleanup(1);
  co_await cleanup(2);
}
)cpp");
  ASSERT_TRUE(P.ok());
  auto Regions = P.regions("f");
  ASSERT_EQ(Regions.size(), 1u);
  EXPECT_EQ(Regions[0].Stmts.size(), 2u);
  EXPECT_EQ(Regions[0].Handler, Regions[0].Try->getHandler(1));
}

TEST(CleanupRegions, NotTheIdiom) {
  Parsed P(R"cpp(
Task rethrows() {
  std::exception_ptr eptr;
  try { co_await work(); } catch (...) { eptr = std::current_exception(); throw; }
  co_await cleanup();
}
Task returns() {
  bool failed = false;
  try { co_await work(); } catch (...) { failed = true; co_return; }
  co_await cleanup();
}
Task otherException() {
  bool failed = false;
  try { co_await work(); } catch (const std::runtime_error &) { failed = true; }
  co_await cleanup();
}
Task recordsNothing() {
  int n = 0;
  try { co_await work(); } catch (...) { n = 1; }
  co_await cleanup(n);
}
Task localFlag() {
  try { co_await work(); } catch (...) { bool failed = true; (void)failed; }
  co_await cleanup();
}
Task syncTry() {
  bool failed = false;
  try { parse(); } catch (...) { failed = true; }
  co_await cleanup(failed);
}
Task tryIsLast() {
  std::exception_ptr eptr;
  try { co_await work(); } catch (...) { eptr = std::current_exception(); }
}
Task inLambda() {
  auto l = []() -> Task {
    std::exception_ptr eptr;
    try { co_await work(); } catch (...) { eptr = std::current_exception(); }
    co_await cleanup();
  };
  co_await l();
}
)cpp");
  ASSERT_TRUE(P.ok());
  for (const char *Name : {"rethrows", "returns", "otherException",
                           "recordsNothing", "localFlag", "syncTry", "tryIsLast",
                           "inLambda"})
    EXPECT_TRUE(P.regions(Name).empty()) << Name;
}

TEST(CleanupRegions, NestedBlocksAndLoops) {
  Parsed P(R"cpp(
Task f(bool b) {
  for (int i = 0; i < 2; ++i) {
    bool failed = false;
    try { co_await work(); } catch (...) { failed = true; }
    if (b) { co_await cleanup(i); }
    if (failed) break;
    co_await cleanup(9);
  }
}
)cpp");
  ASSERT_TRUE(P.ok());
  auto Regions = P.regions("f");
  ASSERT_EQ(Regions.size(), 1u);
  ASSERT_EQ(Regions[0].Stmts.size(), 2u);
  EXPECT_EQ(P.text(Regions[0].Stmts[1]), "if (failed) break");
}

TEST(CleanupRegions, WhatRunsBeforeTheTry) {
  Parsed P(R"cpp(
Task f(bool b) {
  co_await cleanup(1);
  if (b) {
    co_await cleanup(2);
    bool failed = false;
    try { co_await work(); } catch (...) { failed = true; }
    co_await cleanup(3);
  }
}
)cpp");
  ASSERT_TRUE(P.ok());
  auto Regions = P.regions("f");
  ASSERT_EQ(Regions.size(), 1u);
  // The function body, ahead of the if; the if's block, ahead of the try.
  ASSERT_EQ(Regions[0].Before.size(), 2u);
  ASSERT_EQ(Regions[0].Before[0].size(), 1u);
  EXPECT_EQ(P.text(Regions[0].Before[0][0]), "co_await cleanup(1)");
  ASSERT_EQ(Regions[0].Before[1].size(), 2u);
  EXPECT_EQ(P.text(Regions[0].Before[1][0]), "co_await cleanup(2)");
}

TEST(CleanupRegions, ForEachAwaitRunsInOrderAndSkipsLambdas) {
  Parsed P(R"cpp(
Task g(int);
Task f() {
  co_await g(co_await cleanup(1));
  auto l = []() -> Task { co_await cleanup(2); };
  try { co_await cleanup(3); } catch (...) {}
  co_await cleanup(4);
}
)cpp");
  ASSERT_TRUE(P.ok());
  std::vector<std::string> Seen;
  auto Record = [&](const Expr &Await) {
    Seen.push_back(P.text(awaitOperand(Await)));
  };
  forEachAwait(*P.body("f"), Record);
  EXPECT_EQ(Seen, (std::vector<std::string>{"cleanup(1)",
                                            "g(co_await cleanup(1))",
                                            "cleanup(3)", "cleanup(4)"}));
  Seen.clear();
  forEachAwait(*P.body("f"), Record, /*SkipTryBlocks=*/true);
  EXPECT_EQ(Seen, (std::vector<std::string>{"cleanup(1)",
                                            "g(co_await cleanup(1))",
                                            "cleanup(4)"}));
}

} // namespace
