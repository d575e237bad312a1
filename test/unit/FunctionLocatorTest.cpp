//===- FunctionLocatorTest.cpp - The enclosing function of a statement ----===//

#include "lib/AstHelpers.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"
#include <map>
#include <string>

using namespace clang;
using namespace clang::ast_matchers;
using namespace coro_tidy;

namespace {

const char *const Code = R"cc(
  void target(int);
  namespace outer {
  struct Widget {
    void method() { target(1); }
  };
  }
  void plain() {
    target(2);
    auto lambda = [] { target(3); };
    try {
    } catch (...) {
      target(4);
      auto in_handler = [] { target(5); };
    }
    struct Local {
      void run() { target(6); }
    };
  }
  auto global_lambda = [] { target(7); };
  template <typename T> void generic(T) { target(8); }
  int global = (target(9), 0);
)cc";

struct Located {
  std::string Function; // "" when there is none
  bool InCatchHandler;
};

/// The context of each `target(N)` call, by N.
std::map<int, Located> locateAll() {
  std::unique_ptr<ASTUnit> AST =
      tooling::buildASTFromCodeWithArgs(Code, {"-std=c++20"}, "input.cc");
  EXPECT_TRUE(AST && !AST->getDiagnostics().hasErrorOccurred());
  std::map<int, Located> Result;
  FunctionLocator Locator;
  for (const BoundNodes &Nodes :
       match(callExpr(callee(functionDecl(hasName("target"))),
                      hasArgument(0, integerLiteral().bind("n")))
                 .bind("call"),
             AST->getASTContext())) {
    const auto *Call = Nodes.getNodeAs<CallExpr>("call");
    int N = Nodes.getNodeAs<IntegerLiteral>("n")->getValue().getZExtValue();
    StmtContext C = Locator.contextOf(*Call, AST->getASTContext());
    std::string Name;
    if (C.Function) {
      if (const auto *Method = dyn_cast<CXXMethodDecl>(C.Function);
          Method && Method->getParent()->isLambda())
        Name = "lambda";
      else
        Name = C.Function->getNameAsString();
    }
    Result[N] = {Name, C.InCatchHandler};
  }
  return Result;
}

TEST(FunctionLocator, FindsTheInnermostFunctionAndCatchHandlers) {
  std::map<int, Located> L = locateAll();
  ASSERT_EQ(L.size(), 9u);
  EXPECT_EQ(L[1].Function, "method");
  EXPECT_EQ(L[2].Function, "plain");
  EXPECT_FALSE(L[2].InCatchHandler);
  EXPECT_EQ(L[3].Function, "lambda");
  EXPECT_EQ(L[4].Function, "plain");
  EXPECT_TRUE(L[4].InCatchHandler);
  EXPECT_EQ(L[5].Function, "lambda"); // a lambda in a handler is its own function
  EXPECT_FALSE(L[5].InCatchHandler);
  EXPECT_EQ(L[6].Function, "run");
  EXPECT_EQ(L[7].Function, "lambda");
  EXPECT_EQ(L[8].Function, "generic");
  EXPECT_EQ(L[9].Function, ""); // a global initializer is in no function
}

} // namespace
