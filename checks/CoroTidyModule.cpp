//===- CoroTidyModule.cpp - Registers every coro-* check ------------------===//

#include "checks/Registry.h"
#include "lib/LlvmCompat.h"
#include <cstdlib>

using namespace clang::tidy;

namespace coro_tidy {

#define CORO_CHECK(Class, Name, Summary)                                       \
  std::unique_ptr<ClangTidyCheck> create##Class(llvm::StringRef,              \
                                                ClangTidyContext *);
#include "checks/CoroChecks.def"

llvm::ArrayRef<CheckInfo> registeredChecks() {
  static const CheckInfo Checks[] = {
#define CORO_CHECK(Class, Name, Summary) {Name, Summary, #Class},
#include "checks/CoroChecks.def"
  };
  return Checks;
}

#ifndef CORO_TIDY_DOCS_URL
#define CORO_TIDY_DOCS_URL                                                     \
  "https://github.com/coro-tidy/coro-tidy/blob/main/docs/checks"
#endif
#ifndef CORO_TIDY_HOMEPAGE_URL
#define CORO_TIDY_HOMEPAGE_URL "https://github.com/coro-tidy/coro-tidy"
#endif

static std::string docsUrl() {
  const char *FromEnv = std::getenv("CORO_TIDY_DOCS_URL");
  return FromEnv && *FromEnv ? FromEnv : CORO_TIDY_DOCS_URL;
}

std::string checkDocUrl(llvm::StringRef CheckName) {
  std::string Url = docsUrl();
  size_t At = Url.find("{check}");
  if (At != std::string::npos)
    return Url.replace(At, 7, CheckName.str());
  return (llvm::StringRef(Url).rtrim('/') + "/" + CheckName + ".md").str();
}

std::string docsBaseUrl() {
  std::string Url = docsUrl();
  return llvm::StringRef(Url).take_front(Url.find("{check}")).rtrim('/').str();
}

llvm::StringRef projectUrl() { return CORO_TIDY_HOMEPAGE_URL; }

namespace {
class CoroTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
#define CORO_CHECK(Class, Name, Summary)                                       \
  Factories.registerCheckFactory(Name, create##Class);
#include "checks/CoroChecks.def"
  }
};
} // namespace

} // namespace coro_tidy

static ClangTidyModuleRegistry::Add<coro_tidy::CoroTidyModule>
    X("coro-module", "Resource-cleanup hazards in C++20 coroutine code.");

// Referenced by the tools that link the module in, so that the linker keeps
// this object and its registration.
volatile int CoroTidyModuleAnchorSource = 0;
