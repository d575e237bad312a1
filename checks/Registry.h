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
  const char *Class; // the check's class, "FireAndForgetCheck"
};

/// Every check of CoroChecks.def, in its order.
llvm::ArrayRef<CheckInfo> registeredChecks();

/// Where the documentation of \p CheckName lives: SARIF's helpUri, the
/// link of an editor's diagnostic. From one base URL, the build's
/// CORO_TIDY_DOCS_URL (CMake) unless the environment variable of that name
/// is set: "{check}" in it is replaced by the check's name; without one,
/// the URL is BASE/<check>.md.
std::string checkDocUrl(llvm::StringRef CheckName);

/// The base URL checkDocUrl starts from, without a trailing '/' (without
/// "{check}" and what follows it).
std::string docsBaseUrl();

/// The project's home page (SARIF's tool.driver.informationUri).
llvm::StringRef projectUrl();

} // namespace coro_tidy

/// Defines the factory the module registers; one line at the end of each
/// check's .cpp file.
#define CORO_TIDY_CHECK_FACTORY(Class)                                         \
  std::unique_ptr<clang::tidy::ClangTidyCheck> create##Class(                  \
      llvm::StringRef Name, clang::tidy::ClangTidyContext *Context) {          \
    return std::make_unique<Class>(Name, Context);                             \
  }

#endif // CORO_TIDY_CHECKS_REGISTRY_H
