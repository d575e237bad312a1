//===- CoroCheck.cpp - Base of every coro-* check -------------------------===//

#include "lib/CoroCheck.h"
#include "clang-tidy/utils/OptionsUtils.h"

namespace coro_tidy {

ModelOptions
readModelOptions(const clang::tidy::ClangTidyCheck::OptionsView &Options) {
  ModelOptions Result;
  for (const GlobalOption &Option : globalOptions())
    for (llvm::StringRef Name : clang::tidy::utils::options::parseStringList(
             Options.getLocalOrGlobal(Option.Key, "")))
      (Result.*Option.Field).push_back(Name.trim().str());
  return Result;
}

} // namespace coro_tidy
