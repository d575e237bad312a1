//===- FixTitles.h - What a fix does, in a few words --------------*- C++ -*-===//
//
// Where does a fix's short title ("insert 'co_await'") reach the user? A
// clang-tidy warning has no place for one, yet editors and SARIF show a
// title per fix. So the checks give each fix a title (CoroCheck::emitWithFix)
// and it goes where it shows:
//  - on the command line (clang-tidy, coro-tidy, the plugin), the fix stays
//    on the warning, where --fix applies it, and the title is recorded here,
//    in this process, for the SARIF log coro-tidy writes after the run;
//  - in an editor (clangd: its clang-tidy context says diagnostics are
//    self-contained, one fix applied at a time), the fix goes on a note at
//    the warning that says the title. clangd names a quick fix after the
//    note it comes from (for a fix on the warning it makes up "change 'x' to
//    'y'" for one edit, and repeats the whole warning for several), and
//    takes the warning's range from the warning alone (a fix's removed range
//    that holds the warning's location would become it).
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_FIXTITLES_H
#define CORO_TIDY_LIB_FIXTITLES_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace coro_tidy::fixtitles {

/// Remembers that the fix of check \p Check made of \p Hints is titled
/// \p Title.
void record(llvm::StringRef Check, llvm::ArrayRef<clang::FixItHint> Hints,
            llvm::StringRef Title, const clang::SourceManager &SM);

/// The title recorded for the fix of \p Check made of \p Replacements (as
/// clang-tidy exports them), if any.
std::optional<std::string>
titleOf(llvm::StringRef Check,
        llvm::ArrayRef<clang::tooling::Replacement> Replacements);

} // namespace coro_tidy::fixtitles

#endif // CORO_TIDY_LIB_FIXTITLES_H
