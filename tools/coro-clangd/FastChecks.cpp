//===- FastChecks.cpp - The coro-* checks count as fast in coro-clangd ----===//
//
// clangd runs only the clang-tidy checks its measured list calls fast (unless
// a project's .clangd sets FastCheckFilter), and drops the others silently.
// The coro-* checks are cheap (docs/performance.md), so coro-clangd answers
// "fast" for them and leaves every other answer to clangd's list: the link
// wraps clangd's query (--wrap, see tools/CMakeLists.txt) with this one.
//
//===----------------------------------------------------------------------===//

#include "checks/Registry.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

// The mangled name of clang::clangd::isFastTidyCheck(llvm::StringRef).
#define CORO_FAST_CHECK_SYMBOL "_ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE"

std::optional<bool> clangdIsFastTidyCheck(llvm::StringRef Check) asm(
    "__real_" CORO_FAST_CHECK_SYMBOL);
std::optional<bool> coroIsFastTidyCheck(llvm::StringRef Check) asm(
    "__wrap_" CORO_FAST_CHECK_SYMBOL);

std::optional<bool> coroIsFastTidyCheck(llvm::StringRef Check) {
  for (const coro_tidy::CheckInfo &Info : coro_tidy::registeredChecks())
    if (Check == Info.Name)
      return true;
  return clangdIsFastTidyCheck(Check);
}
