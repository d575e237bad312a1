//===- CoroClangdMain.cpp - clangd with the coro-* checks -----------------===//
//
// Stock clangd. Its clang-tidy integration builds checks from the module
// registry, which our module joins. Projects enable the checks in
// .clang-tidy; clangd runs them as fast checks (FastChecks.cpp). Filters on
// stdin and stdout (MessageFilter.h) keep it alive on well-framed bodies
// that are not messages, on which stock clangd exits, and link the coro-*
// diagnostics to the project's documentation.
//
//===----------------------------------------------------------------------===//

#include "tools/Identity.h"
#include "tools/coro-clangd/MessageFilter.h"

namespace clang::clangd {
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

extern volatile int CoroTidyModuleAnchorSource;
[[maybe_unused]] static int CoroTidyModuleAnchorDestination =
    CoroTidyModuleAnchorSource;

int main(int argc, char *argv[]) {
  coro_tidy::printVersionLineIfAsked("coro-clangd", argc, argv);
  coro_tidy::startMessageFilter(argc, argv);
  int RC = clang::clangd::clangdMain(argc, argv);
  coro_tidy::finishMessageFilter();
  return RC;
}
