//===- Configuration.h - The coro options a configuration sets ----*- C++ -*-===//
//
// Answers one question for coro-tidy's driver: which `coro.*` and `coro-*.`
// option keys does the configuration of the files set, and are they options
// coro-tidy knows? It reads the configuration as clang-tidy does
// (--config-file, --config, or the .clang-tidy files above each file), warns
// once for each unknown key with the closest known one, and adds the global
// `coro.*` options with their effective values to --dump-config's output
// (clang-tidy only dumps options whose prefix is a check).
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_TOOLS_CONFIGURATION_H
#define CORO_TIDY_TOOLS_CONFIGURATION_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace coro_tidy {

struct CoroConfiguration {
  /// The sources that set check options, lowest priority first, each with
  /// its name (a .clang-tidy path, the --config-file path or "--config").
  std::vector<clang::tidy::ClangTidyOptionsProvider::OptionsSource> Sources;

  /// Reads the configuration that applies to \p Files (the current
  /// directory when there are none). A configuration that does not parse
  /// is left to clang-tidy to report.
  static CoroConfiguration read(const std::optional<std::string> &Config,
                                const std::optional<std::string> &ConfigFile,
                                llvm::ArrayRef<std::string> Files);

  /// One line for each unknown `coro.*` / `coro-*.` key of each source.
  /// Returns the number of lines.
  unsigned warnUnknownKeys(llvm::raw_ostream &OS) const;

  /// --dump-config's YAML with the global options and their values added,
  /// when it enables a coro-* check; otherwise \p Dumped unchanged.
  std::string withGlobalOptions(llvm::StringRef Dumped) const;
};

/// Every option key coro-tidy reads: the global `coro.*` options, each
/// check's own and each check's local `<check>.coro.*` overrides.
std::vector<std::string> knownCoroOptionKeys();

/// The known key closest to \p Key by edit distance, or "" when none is
/// close.
std::string closestCoroOptionKey(llvm::StringRef Key);

} // namespace coro_tidy

#endif // CORO_TIDY_TOOLS_CONFIGURATION_H
