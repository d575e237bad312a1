//===- Fingerprint.h - GitHub's line hashes for SARIF results -----*- C++ -*-===//
//
// What is the partialFingerprints.primaryLocationLineHash of a result on a
// given line? GitHub code scanning tracks an alert across commits by it;
// its upload action computes it for a log that lacks it, from the source
// file, and coro-tidy writes the same value itself, so that logs uploaded
// any way match.
//
// The hash of a line is a rolling polynomial hash (base 37, modulo 2^64) of
// the 100 characters (UTF-16 code units) that start at the line, spaces and
// tabs left out, every line ending made one '\n', and past the end of the
// file one 0xFFFF then zeros. It is written as lowercase hex without leading
// zeros, then ':' and how many lines up to this one have that hash.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_TOOLS_FINGERPRINT_H
#define CORO_TIDY_TOOLS_FINGERPRINT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace coro_tidy {

/// The hash of each line of \p Text (UTF-8), the first line's first. A text
/// that ends in a line ending has one more, empty, line.
std::vector<std::string> lineHashes(llvm::StringRef Text);

} // namespace coro_tidy

#endif // CORO_TIDY_TOOLS_FINGERPRINT_H
