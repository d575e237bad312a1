//===- MessageFilter.h - coro-clangd's filters on the LSP channel -*- C++ -*-===//
//
// What passes between the editor and clangd, both ways?
//  - In: clangd exits on a well-framed body that is valid JSON but not a
//    message (`[]`, `"str"`, `{}`, a `method` that is not a string). The
//    filter on stdin drops such bodies with one log line, and passes
//    everything else through unchanged (invalid JSON included: clangd logs
//    it and goes on).
//  - Out: clangd links every clang-tidy diagnostic to a page of clang-tidy's
//    own documentation, which has none for the coro-* checks. The filter on
//    stdout points those links (codeDescription.href) to the project's
//    documentation (checkDocUrl, the page SARIF's helpUri names too), and
//    passes everything else through unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_TOOLS_CORO_CLANGD_MESSAGEFILTER_H
#define CORO_TIDY_TOOLS_CORO_CLANGD_MESSAGEFILTER_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace coro_tidy {

/// Whether \p Body may reach clangd: not valid JSON (clangd survives it), or
/// an object with a string `method` or with an `id`.
bool isDeliverable(llvm::StringRef Body);

/// \p Body, a message from clangd, with the documentation link of every
/// coro-* diagnostic in it pointing to the project's docs; nullopt when
/// there is nothing to change.
std::optional<std::string> withProjectDocLinks(llvm::StringRef Body);

/// Puts the filters between the process's stdin and stdout and clangd, when
/// they are the LSP channel in the standard framing (stdin not a terminal;
/// no --check, no --input-style, no response file, no CLANGD_FLAGS, no
/// --help or --version in \p Args). Returns false when it did not (then
/// nothing changed).
bool startMessageFilter(int Argc, char **Argv);

/// Forwards what clangd wrote and has not been passed on yet; call once
/// clangd is done.
void finishMessageFilter();

} // namespace coro_tidy

#endif // CORO_TIDY_TOOLS_CORO_CLANGD_MESSAGEFILTER_H
