//===- MessageFilter.h - Keeps coro-clangd alive on malformed messages -*- C++ -*-===//
//
// Which LSP messages may reach clangd? clangd exits on a well-framed body
// that is valid JSON but not a message (`[]`, `"str"`, `{}`, a `method` that
// is not a string). The filter sits between stdin and clangd, drops such
// bodies with one log line, and passes everything else through unchanged
// (invalid JSON included: clangd logs it and goes on).
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_TOOLS_CORO_CLANGD_MESSAGEFILTER_H
#define CORO_TIDY_TOOLS_CORO_CLANGD_MESSAGEFILTER_H

#include "llvm/ADT/StringRef.h"

namespace coro_tidy {

/// Whether \p Body may reach clangd: not valid JSON (clangd survives it), or
/// an object with a string `method` or with an `id`.
bool isDeliverable(llvm::StringRef Body);

/// Puts the filter between the process's stdin and clangd, when stdin is
/// the LSP channel in the standard framing (not a terminal; no --check, no
/// --input-style, no response file and no CLANGD_FLAGS). Returns false when
/// it did not (then nothing changed).
bool startMessageFilter(int Argc, char **Argv);

} // namespace coro_tidy

#endif // CORO_TIDY_TOOLS_CORO_CLANGD_MESSAGEFILTER_H
