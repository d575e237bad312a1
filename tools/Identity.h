//===- Identity.h - What the tools say about themselves ---------*- C++ -*-===//
//
// --version and --help of coro-tidy and coro-clangd. --version prints one
// line naming the tool, coro-tidy's version and the LLVM it is built
// against, before the stock lines of clang-tidy or clangd; --help lists
// coro-tidy's own options (which it takes out of the command line before
// clang-tidy parses it) among clang-tidy's.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_TOOLS_IDENTITY_H
#define CORO_TIDY_TOOLS_IDENTITY_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace coro_tidy {

/// "coro-tidy 0.1.0 (LLVM 22.1.8)", or for another \p Tool
/// "coro-clangd (coro-tidy 0.1.0, LLVM 22.1.8)".
std::string versionLine(llvm::StringRef Tool);

/// When the command line asks for --version (before any "--"), prints
/// versionLine(Tool) to stdout; the stock version printer follows.
void printVersionLineIfAsked(llvm::StringRef Tool, int Argc,
                             const char *const *Argv);

/// Adds --export-sarif and --sarif-root to clang-tidy's --help, in its
/// "clang-tidy options" category. Call before clangTidyMain.
void addSarifOptionsToHelp();

} // namespace coro_tidy

#endif // CORO_TIDY_TOOLS_IDENTITY_H
