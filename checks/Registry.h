//===- Registry.h - The coro-* checks, as data --------------------*- C++ -*-===//

#ifndef CORO_TIDY_CHECKS_REGISTRY_H
#define CORO_TIDY_CHECKS_REGISTRY_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>

namespace coro_tidy {

struct CheckInfo {
  const char *Name;
  const char *Summary;
};

/// Every check of CoroChecks.def, in its order.
llvm::ArrayRef<CheckInfo> registeredChecks();

/// Where the documentation of \p CheckName lives (for SARIF helpUri).
std::string checkDocUrl(llvm::StringRef CheckName);

} // namespace coro_tidy

/// Defines the factory the module registers; one line at the end of each
/// check's .cpp file.
#define CORO_TIDY_CHECK_FACTORY(Class)                                         \
  std::unique_ptr<clang::tidy::ClangTidyCheck> create##Class(                  \
      llvm::StringRef Name, clang::tidy::ClangTidyContext *Context) {          \
    return std::make_unique<Class>(Name, Context);                             \
  }

#endif // CORO_TIDY_CHECKS_REGISTRY_H
