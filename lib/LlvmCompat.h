//===- LlvmCompat.h - What differs between the supported LLVMs -*- C++ -*-===//
//
// Answers "how is this clang-tidy API spelled in the LLVM we build against?".
// coro-tidy builds against LLVM 22 and 19; this header is the only place
// that tests LLVM_VERSION_MAJOR. Everything else includes it instead of the
// clang-tidy header that differs.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_LLVMCOMPAT_H
#define CORO_TIDY_LIB_LLVMCOMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#include <string>
#include <vector>

// LLVM 22 declares the module registry in ClangTidyModule.h (and deprecates
// ClangTidyModuleRegistry.h); 19 declares it in ClangTidyModuleRegistry.h.
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace coro_tidy::compat {

/// The names of the checks \p Opts enables, analyzer alpha checkers allowed
/// (LLVM 22 adds a flag for its experimental custom checks, left off).
inline std::vector<std::string>
checkNames(const clang::tidy::ClangTidyOptions &Opts) {
#if LLVM_VERSION_MAJOR >= 22
  return clang::tidy::getCheckNames(Opts,
                                    /*AllowEnablingAnalyzerAlphaCheckers=*/true,
                                    /*ExperimentalCustomChecks=*/false);
#else
  return clang::tidy::getCheckNames(Opts,
                                    /*AllowEnablingAnalyzerAlphaCheckers=*/true);
#endif
}

/// The options that the checks \p Opts enables store, with their values.
inline clang::tidy::ClangTidyOptions::OptionMap
checkOptions(const clang::tidy::ClangTidyOptions &Opts) {
#if LLVM_VERSION_MAJOR >= 22
  return clang::tidy::getCheckOptions(
      Opts, /*AllowEnablingAnalyzerAlphaCheckers=*/false,
      /*ExperimentalCustomChecks=*/false);
#else
  return clang::tidy::getCheckOptions(
      Opts, /*AllowEnablingAnalyzerAlphaCheckers=*/false);
#endif
}

} // namespace coro_tidy::compat

#endif // CORO_TIDY_LIB_LLVMCOMPAT_H
