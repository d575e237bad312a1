//===- CoroTidyMain.cpp - clang-tidy with the coro-* checks ---------------===//
//
// The stock clang-tidy driver: every flag and behaviour of clang-tidy-22, with
// the coro module registered next to the built-in ones.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"

extern volatile int CoroTidyModuleAnchorSource;
// Keeps the module's registration object in the link.
[[maybe_unused]] static int CoroTidyModuleAnchorDestination =
    CoroTidyModuleAnchorSource;

int main(int argc, const char **argv) {
  return clang::tidy::clangTidyMain(argc, argv);
}
