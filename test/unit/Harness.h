//===- Harness.h - Parse a snippet and find its nodes, for unit tests -----===//

#ifndef CORO_TIDY_TEST_UNIT_HARNESS_H
#define CORO_TIDY_TEST_UNIT_HARNESS_H

#include "lib/CoroModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

namespace coro_tidy::test {

/// The compiler flags of the unit tests: C++20 and the stand-in headers.
inline std::vector<std::string> flags(std::vector<std::string> Extra = {}) {
  std::vector<std::string> Args = {
      "-std=c++20", "-resource-dir", CORO_TIDY_CLANG_RESOURCE_DIR,
      "-isystem", CORO_TIDY_INPUTS,
      "-isystem", std::string(CORO_TIDY_INPUTS) + "/std-generator"};
  Args.insert(Args.end(), Extra.begin(), Extra.end());
  return Args;
}

/// A parsed snippet, a model to ask about it, and ways to find its nodes.
struct Unit {
  std::unique_ptr<clang::ASTUnit> AST;
  CoroModel Model;

  explicit Unit(llvm::StringRef Code, std::vector<std::string> Args = flags(),
                const ModelOptions &Opts = {})
      : AST(clang::tooling::buildASTFromCodeWithArgs(Code, Args, "input.cc")),
        Model(Opts) {}

  bool ok() const { return AST && !AST->getDiagnostics().hasErrorOccurred(); }
  clang::ASTContext &ctx() { return AST->getASTContext(); }

  /// The definition of function \p Name.
  const clang::FunctionDecl *function(llvm::StringRef Name) {
    using namespace clang::ast_matchers;
    auto Found =
        match(functionDecl(hasName(Name), isDefinition()).bind("f"), ctx());
    return Found.empty() ? nullptr : Found[0].getNodeAs<clang::FunctionDecl>("f");
  }

  /// The written body of function \p Name (a coroutine's user body).
  const clang::CompoundStmt *body(llvm::StringRef Name) {
    const clang::FunctionDecl *FD = function(Name);
    if (!FD)
      return nullptr;
    const clang::Stmt *B = FD->getBody();
    if (const auto *Coro = llvm::dyn_cast_or_null<clang::CoroutineBodyStmt>(B))
      B = Coro->getBody();
    return llvm::dyn_cast_or_null<clang::CompoundStmt>(B);
  }

  /// The local variable \p Name of function \p Function.
  const clang::VarDecl *local(llvm::StringRef Function, llvm::StringRef Name) {
    using namespace clang::ast_matchers;
    auto Found = match(
        functionDecl(hasName(Function), isDefinition(),
                     hasBody(hasDescendant(varDecl(hasName(Name)).bind("v")))),
        ctx());
    return Found.empty() ? nullptr : Found[0].getNodeAs<clang::VarDecl>("v");
  }

  /// The source text of a node, for readable expectations.
  std::string text(const clang::Stmt *S) {
    if (!S)
      return "<null>";
    return clang::Lexer::getSourceText(
               clang::CharSourceRange::getTokenRange(S->getSourceRange()),
               AST->getSourceManager(), AST->getLangOpts())
        .str();
  }

  /// The first node of function \p Function whose text is \p Text and that
  /// \p Pred accepts.
  template <typename Node = clang::Stmt>
  const Node *find(llvm::StringRef Function, llvm::StringRef Text) {
    const clang::FunctionDecl *FD = function(Function);
    const Node *Found = nullptr;
    if (FD && FD->getBody())
      search(FD->getBody(), Text, Found);
    return Found;
  }

private:
  template <typename Node>
  void search(const clang::Stmt *S, llvm::StringRef Text, const Node *&Found) {
    if (!S || Found)
      return;
    if (const auto *N = llvm::dyn_cast<Node>(S))
      if (text(S) == Text) {
        Found = N;
        return;
      }
    for (const clang::Stmt *Child : S->children())
      search(Child, Text, Found);
  }
};

} // namespace coro_tidy::test

#endif // CORO_TIDY_TEST_UNIT_HARNESS_H
