//===- CoroCheck.h - Base of every coro-* check -------------------*- C++ -*-===//
//
// Gives each check the coroutine model, configured from the global `coro.*`
// options, and restricts checks to C++20 and later.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_COROCHECK_H
#define CORO_TIDY_LIB_COROCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/CoroModel.h"

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

protected:
  CoroModel &model() { return Model; }

private:
  CoroModel Model;
};

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_COROCHECK_H
