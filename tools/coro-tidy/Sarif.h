//===- Sarif.h - clang-tidy's exported diagnostics as SARIF 2.1.0 -*- C++ -*-===//
//
// Converts the diagnostics that clang-tidy writes with --export-fixes (the
// YAML of clang::tooling::TranslationUnitDiagnostics) into one SARIF 2.1.0
// log, for GitHub code scanning and SARIF viewers.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_TOOLS_SARIF_H
#define CORO_TIDY_TOOLS_SARIF_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace coro_tidy {

struct SarifOptions {
  /// When set, artifact URIs under this directory are written relative to it
  /// (with uriBaseId %SRCROOT%); other files get absolute file:// URIs.
  std::string SourceRoot;
  /// The source files of the run: a compiler error is reported as a tool
  /// notification naming the unit (the only source, or the file of the
  /// error when there are several).
  std::vector<std::string> Units;
};

/// Whether \p D is a compiler error (the unit does not compile).
bool isCompilerError(const clang::tooling::Diagnostic &D);

/// Parses the diagnostics of an --export-fixes file's contents. Empty means
/// "no diagnostics".
llvm::Expected<std::vector<clang::tooling::Diagnostic>>
parseExportedDiagnostics(llvm::StringRef Yaml);

/// Renders \p Diags as a SARIF 2.1.0 log (one run, tool.driver "coro-tidy"):
/// a rule per check with its docs page as help, a result per finding with
/// GitHub's line hash as partial fingerprint and each fix described by its
/// title (lib/FixTitles.h). Compiler errors are not findings: they become
/// tool execution notifications, and the invocation is marked unsuccessful.
/// Fails when a file a diagnostic points into cannot be read (its offsets are
/// turned into lines and columns).
llvm::Expected<std::string>
renderSarif(llvm::ArrayRef<clang::tooling::Diagnostic> Diags,
            const SarifOptions &Opts);

/// Writes \p Contents to \p Path atomically: a temporary file next to it,
/// then a rename. On failure no file is left at \p Path. An existing
/// \p Path that is not a regular file (a device, a FIFO, a symlink) is an
/// error, never replaced.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents);

} // namespace coro_tidy

#endif // CORO_TIDY_TOOLS_SARIF_H
