//===- FixTitles.cpp - What a fix does, in a few words --------------------===//

#include "lib/FixTitles.h"
#include <algorithm>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

using namespace clang;

namespace coro_tidy::fixtitles {
namespace {

/// A fix, as far as its identity goes: the check, and each edit's file,
/// offset and new text, in order. (Lengths are left out: clang-tidy measures
/// token ranges with its own language options.)
using Edit = std::tuple<std::string, unsigned, std::string>;
using Key = std::pair<std::string, std::vector<Edit>>;

struct Registry {
  std::mutex Lock;
  std::map<Key, std::string> Titles;
};

Registry &registry() {
  static Registry R;
  return R;
}

Key keyOf(llvm::StringRef Check,
          llvm::ArrayRef<tooling::Replacement> Replacements) {
  Key K{Check.str(), {}};
  for (const tooling::Replacement &R : Replacements)
    K.second.emplace_back(R.getFilePath().str(), R.getOffset(),
                          R.getReplacementText().str());
  llvm::sort(K.second);
  return K;
}

} // namespace

void record(llvm::StringRef Check, llvm::ArrayRef<FixItHint> Hints,
            llvm::StringRef Title, const SourceManager &SM) {
  std::vector<tooling::Replacement> Replacements;
  for (const FixItHint &H : Hints) {
    if (H.RemoveRange.isInvalid() || !H.RemoveRange.getBegin().isFileID())
      return;
    // Built as clang-tidy builds the replacements it exports.
    Replacements.emplace_back(SM, H.RemoveRange, H.CodeToInsert);
  }
  if (Replacements.empty())
    return;
  Key K = keyOf(Check, Replacements);
  std::lock_guard<std::mutex> G(registry().Lock);
  registry().Titles[std::move(K)] = Title.str();
}

std::optional<std::string>
titleOf(llvm::StringRef Check,
        llvm::ArrayRef<tooling::Replacement> Replacements) {
  Key K = keyOf(Check, Replacements);
  std::lock_guard<std::mutex> G(registry().Lock);
  auto It = registry().Titles.find(K);
  if (It == registry().Titles.end())
    return std::nullopt;
  return It->second;
}

} // namespace coro_tidy::fixtitles
