//===- CoroCheck.cpp - Base of every coro-* check -------------------------===//

#include "lib/CoroCheck.h"
#include "lib/FixIts.h"
#include "lib/AstHelpers.h"
#include "lib/FixTitles.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace coro_tidy {

ModelOptions
readModelOptions(const clang::tidy::ClangTidyCheck::OptionsView &Options) {
  ModelOptions Result;
  for (const GlobalOption &Option : globalOptions())
    for (llvm::StringRef Name : clang::tidy::utils::options::parseStringList(
             Options.getLocalOrGlobal(Option.Key, "")))
      (Result.*Option.Field).push_back(Name.trim().str());
  return Result;
}

bool CoroCheck::isUserCode(SourceLocation Loc, const Decl *Function,
                           const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (Loc.isInvalid() || SM.isInSystemHeader(Loc) || isInSystemMacro(Loc, SM))
    return false;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Function);
  if (!FD)
    return true;
  if (FD->isInvalidDecl())
    return false;
  // Errors raised while instantiating a template are not marked in its
  // body: in a unit with errors, trust only what was written.
  if (FD->isTemplateInstantiation() &&
      Ctx.getDiagnostics().hasUncompilableErrorOccurred())
    return false;
  // A framework's own implementation, included with -I instead of -isystem.
  if (!SM.isInMainFile(SM.getExpansionLoc(Loc))) {
    const NamedDecl *Named = FD;
    if (const auto *Method = dyn_cast<CXXMethodDecl>(FD);
        Method && Method->getParent()->isLambda())
      Named = dyn_cast<NamedDecl>(
          Decl::castFromDeclContext(Method->getParent()->getDeclContext()));
    if (Named && Model.frameworkOf(Named) != Framework::Unknown)
      return false;
  }
  return true;
}

bool CoroCheck::isUserCode(const VarDecl &Var, const ASTContext &Ctx) {
  return isUserCode(Var.getLocation(),
                    dyn_cast<Decl>(Var.getDeclContext()), Ctx);
}

bool CoroCheck::boolOption(llvm::StringRef Key, bool Default) {
  std::optional<llvm::StringRef> Value = Options.get(Key);
  if (!Value)
    return Default;
  llvm::StringRef V = Value->trim();
  if (V.equals_insensitive("true") || V == "1")
    return true;
  if (V.equals_insensitive("false") || V == "0")
    return false;
  // clang-tidy's own wording for a bad boolean.
  configurationDiag("invalid configuration value '%0' for option '%1.%2'; "
                    "expected a bool")
      << *Value << getID() << Key;
  return Default;
}

void CoroCheck::emitWithFix(DiagnosticBuilder Diag, SourceLocation Loc,
                            llvm::StringRef Title,
                            llvm::ArrayRef<FixItHint> Hints,
                            const SourceManager &SM) {
  if (Hints.empty())
    return;
  if (!areDiagsSelfContained()) {
    for (const FixItHint &Hint : Hints)
      Diag << Hint;
    fixtitles::record(getID(), Hints, Title, SM);
    return;
  }
  { DiagnosticBuilder Warning = Diag; } // emitted before its note
  auto Note = diag(Loc, "%0", DiagnosticIDs::Note) << Title;
  for (const FixItHint &Hint : Hints)
    Note << Hint;
}

const FunctionDecl *CoroCheck::matchedCoroutine(
    const ast_matchers::MatchFinder::MatchResult &Result,
    const CoroutineBodyStmt *&Body) {
  Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  if (!Body || !Body->getBody() || !Body->getPromiseDecl())
    return nullptr;
  const auto *FD =
      dyn_cast<FunctionDecl>(Body->getPromiseDecl()->getDeclContext());
  if (!FD || !isUserCode(Body->getBeginLoc(), FD, *Result.Context))
    return nullptr;
  return FD;
}

CoroCheckWithIncludes::CoroCheckWithIncludes(StringRef Name,
                                             tidy::ClangTidyContext *Context)
    : CoroCheck(Name, Context),
      Inserter(Options.getLocalOrGlobal(IncludeStyleKey,
                                        tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {}

std::optional<FixItHint>
CoroCheckWithIncludes::includeFix(SourceLocation Loc, StringRef Header,
                                  const SourceManager &SM) {
  return fixit::insertInclude(Inserter, SM, SM.getFileID(Loc), Header);
}

} // namespace coro_tidy
