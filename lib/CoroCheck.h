//===- CoroCheck.h - Base of every coro-* check -------------------*- C++ -*-===//
//
// Gives each check the coroutine model, configured from the global `coro.*`
// options, restricts checks to C++20 and later, and answers the questions
// every check asks before it reports: is this user code, and was this
// location reported already (a template's pattern and its instantiations
// are one spelled location).
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_COROCHECK_H
#define CORO_TIDY_LIB_COROCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "lib/CoroModel.h"
#include "llvm/ADT/DenseSet.h"

namespace coro_tidy {

/// Reads the global `coro.*` options (a check-local `<check>.coro.X` wins).
ModelOptions readModelOptions(const clang::tidy::ClangTidyCheck::OptionsView &Options);

class CoroCheck : public clang::tidy::ClangTidyCheck {
public:
  CoroCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), Model(readModelOptions(Options)) {}

  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20;
  }
  void onStartOfTranslationUnit() override { Reported.clear(); }

protected:
  CoroModel &model() { return Model; }

  /// A boolean check option: `true` or `false` (also `1`/`0`, any case).
  /// Anything else is a configuration error naming the key and the value
  /// (clang-tidy itself takes any integer), and \p Default is used.
  bool boolOption(llvm::StringRef Key, bool Default);

  /// Whether a diagnostic at \p Loc, inside \p Function (the function,
  /// lambda or method around it; may be null), may be reported: not in a
  /// system header or a system macro, not in the implementation of a
  /// framework (its namespaces, outside the main file), not in a function
  /// that failed to compile or a template instantiation in a unit with
  /// errors.
  bool isUserCode(clang::SourceLocation Loc, const clang::Decl *Function,
                  const clang::ASTContext &Ctx);
  /// The same for a local variable, inside the function that declares it.
  bool isUserCode(const clang::VarDecl &Var, const clang::ASTContext &Ctx);

  /// Emits \p Diag, a warning being built at \p Loc, with \p Hints as its
  /// fix, which \p Title says in a few words ("insert 'co_await'"). The fix
  /// goes on the warning, or in an editor on a note saying the title
  /// (lib/FixTitles.h).
  /// Without hints, the warning alone.
  void emitWithFix(clang::DiagnosticBuilder Diag, clang::SourceLocation Loc,
                   llvm::StringRef Title,
                   llvm::ArrayRef<clang::FixItHint> Hints,
                   const clang::SourceManager &SM);

  /// The coroutine whose body a `coroutineBodyStmt().bind("body")` match
  /// found (a function, method or lambda call operator), with its body in
  /// \p Body; null when it is not user code.
  const clang::FunctionDecl *
  matchedCoroutine(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                   const clang::CoroutineBodyStmt *&Body);

  /// True the first time \p Loc is reported in this translation unit.
  bool reportOnce(clang::SourceLocation Loc) {
    return Reported.insert(Loc).second;
  }

private:
  CoroModel Model;
  llvm::DenseSet<clang::SourceLocation> Reported;
};

/// A check whose fix-its add an #include: the IncludeStyle option and an
/// inserter that never adds what the file includes already.
class CoroCheckWithIncludes : public CoroCheck {
public:
  static constexpr llvm::StringLiteral IncludeStyleKey = "IncludeStyle";

  CoroCheckWithIncludes(llvm::StringRef Name,
                        clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, IncludeStyleKey, Inserter.getStyle());
  }
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override {
    Inserter.registerPreprocessor(PP);
  }

protected:
  /// The insertion of \p Header (with its <> or "") into the file of
  /// \p Loc, unless that file includes it already.
  std::optional<clang::FixItHint> includeFix(clang::SourceLocation Loc,
                                             llvm::StringRef Header,
                                             const clang::SourceManager &SM);

private:
  clang::tidy::utils::IncludeInserter Inserter;
};

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_COROCHECK_H
