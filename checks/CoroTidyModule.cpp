//===- CoroTidyModule.cpp - Registers every coro-* check ------------------===//

#include "checks/Registry.h"
#include "lib/LlvmCompat.h"

using namespace clang::tidy;

namespace coro_tidy {

#define CORO_CHECK(Class, Name, Summary)                                       \
  std::unique_ptr<ClangTidyCheck> create##Class(llvm::StringRef,              \
                                                ClangTidyContext *);
#include "checks/CoroChecks.def"

llvm::ArrayRef<CheckInfo> registeredChecks() {
  static const CheckInfo Checks[] = {
#define CORO_CHECK(Class, Name, Summary) {Name, Summary},
#include "checks/CoroChecks.def"
  };
  return Checks;
}

std::string checkDocUrl(llvm::StringRef CheckName) {
  return ("https://github.com/coro-tidy/coro-tidy/blob/main/docs/checks/" +
          CheckName + ".md")
      .str();
}

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
