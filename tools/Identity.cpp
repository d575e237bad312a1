//===- Identity.cpp - What the tools say about themselves -----------------===//

#include "tools/Identity.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

#ifndef CORO_TIDY_VERSION
#error "CORO_TIDY_VERSION is defined by tools/CMakeLists.txt"
#endif

namespace coro_tidy {

std::string versionLine(llvm::StringRef Tool) {
  if (Tool == "coro-tidy")
    return "coro-tidy " CORO_TIDY_VERSION " (LLVM " LLVM_VERSION_STRING ")";
  return (Tool + " (coro-tidy " CORO_TIDY_VERSION ", LLVM " LLVM_VERSION_STRING
          ")").str();
}

void printVersionLineIfAsked(llvm::StringRef Tool, int Argc,
                             const char *const *Argv) {
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "--")
      return;
    if (Arg == "--version" || Arg == "-version") {
      llvm::outs() << versionLine(Tool) << "\n";
      return;
    }
  }
}

void addSarifOptionsToHelp() {
  // clang-tidy's category is not exported: take it from one of its options.
  // (a StringMap in LLVM 19, a DenseMap in 22: both find by name)
  auto &Options = llvm::cl::getRegisteredOptions();
  auto Checks = Options.find("checks");
  if (Checks == Options.end() || Checks->second->Categories.empty())
    return;
  llvm::cl::OptionCategory &Category = *Checks->second->Categories.front();
  // Registered for --help only: main() takes both out of the command line.
  static llvm::cl::opt<std::string> ExportSarif(
      "export-sarif",
      llvm::cl::desc("Write the diagnostics and their fix-its as a SARIF\n"
                     "2.1.0 log to <filename>, next to the normal output\n"
                     "(coro-tidy; not with --fix)."),
      llvm::cl::value_desc("filename"), llvm::cl::cat(Category));
  static llvm::cl::opt<std::string> SarifRoot(
      "sarif-root",
      llvm::cl::desc("With --export-sarif: write the URIs of files under\n"
                     "<directory> relative to it, with uriBaseId\n"
                     "%SRCROOT% (coro-tidy)."),
      llvm::cl::value_desc("directory"), llvm::cl::cat(Category));
}

} // namespace coro_tidy
