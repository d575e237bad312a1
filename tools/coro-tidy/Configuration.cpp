//===- Configuration.cpp - The coro options a configuration sets ----------===//

#include "tools/coro-tidy/Configuration.h"
#include "lib/LlvmCompat.h"
#include "checks/Registry.h"
#include "lib/CoroModel.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace llvm;
using clang::tidy::ClangTidyOptions;

namespace coro_tidy {

namespace {

bool isCoroKey(StringRef Key) {
  return Key.starts_with("coro.") || Key.starts_with("coro-");
}

std::optional<ClangTidyOptions> parse(StringRef Text, StringRef Name) {
  ErrorOr<ClangTidyOptions> Parsed =
      clang::tidy::parseConfiguration(MemoryBufferRef(Text, Name));
  if (!Parsed)
    return std::nullopt;
  return std::move(*Parsed);
}

} // namespace

std::vector<std::string> knownCoroOptionKeys() {
  static const std::vector<std::string> Keys = [] {
    StringSet<> Set;
    for (const GlobalOption &Option : globalOptions())
      Set.insert(Option.Key);
    // Each check's own options, as the checks store them.
    ClangTidyOptions Opts = ClangTidyOptions::getDefaults();
    Opts.Checks = "-*,coro-*";
    for (const auto &Entry : coro_tidy::compat::checkOptions(Opts))
      if (isCoroKey(Entry.getKey()))
        Set.insert(Entry.getKey());
    for (const CheckInfo &Check : registeredChecks())
      for (const GlobalOption &Option : globalOptions())
        Set.insert((Twine(Check.Name) + "." + Option.Key).str());
    std::vector<std::string> Result;
    for (const auto &Key : Set.keys())
      Result.push_back(Key.str());
    llvm::sort(Result);
    return Result;
  }();
  return Keys;
}

std::string closestCoroOptionKey(StringRef Key) {
  unsigned Best = 6; // as clang-tidy's --verify-config: at most 5 edits
  std::string Closest;
  for (const std::string &Known : knownCoroOptionKeys()) {
    unsigned Distance = Key.edit_distance_insensitive(Known, true, Best);
    if (Distance < Best) {
      Best = Distance;
      Closest = Known;
    }
  }
  return Closest;
}

CoroConfiguration
CoroConfiguration::read(const std::optional<std::string> &Config,
                        const std::optional<std::string> &ConfigFile,
                        ArrayRef<std::string> Files) {
  CoroConfiguration Result;
  if (ConfigFile) {
    auto Text = MemoryBuffer::getFile(*ConfigFile);
    if (Text)
      if (auto Opts = parse((*Text)->getBuffer(), *ConfigFile))
        Result.Sources.emplace_back(std::move(*Opts), *ConfigFile);
    return Result;
  }
  if (Config) {
    if (auto Opts = parse(*Config, "--config"))
      Result.Sources.emplace_back(std::move(*Opts), "--config");
    return Result;
  }
  clang::tidy::FileOptionsProvider Provider(
      clang::tidy::ClangTidyGlobalOptions(), ClangTidyOptions(),
      ClangTidyOptions(), vfs::getRealFileSystem());
  std::vector<std::string> Paths(Files.begin(), Files.end());
  if (Paths.empty())
    Paths.push_back("dummy"); // as clang-tidy: a file in this directory
  StringSet<> Seen;
  for (const std::string &File : Paths) {
    SmallString<256> Abs(File);
    sys::fs::make_absolute(Abs);
    for (auto &Source : Provider.getRawOptions(Abs))
      if (!Source.first.CheckOptions.empty() &&
          Seen.insert(Source.second).second)
        Result.Sources.push_back(std::move(Source));
  }
  return Result;
}

unsigned CoroConfiguration::warnUnknownKeys(raw_ostream &OS) const {
  std::vector<std::string> Known = knownCoroOptionKeys();
  unsigned Lines = 0;
  for (const auto &[Opts, Source] : Sources) {
    std::vector<std::string> Keys;
    for (const auto &Entry : Opts.CheckOptions)
      if (isCoroKey(Entry.getKey()) &&
          !std::binary_search(Known.begin(), Known.end(),
                              Entry.getKey().str()))
        Keys.push_back(Entry.getKey().str());
    llvm::sort(Keys);
    for (const std::string &Key : Keys) {
      OS << "coro-tidy: warning: unknown option '" << Key << "' in '"
         << Source << "'";
      std::string Closest = closestCoroOptionKey(Key);
      if (!Closest.empty())
        OS << "; did you mean '" << Closest << "'?";
      else
        OS << "; --dump-config lists the coro options";
      OS << "\n";
      ++Lines;
    }
  }
  return Lines;
}

std::string CoroConfiguration::withGlobalOptions(StringRef Dumped) const {
  std::optional<ClangTidyOptions> Opts = parse(Dumped, "--dump-config");
  if (!Opts || !Opts->Checks)
    return Dumped.str();
  clang::tidy::GlobList Enabled(*Opts->Checks);
  if (!llvm::any_of(registeredChecks(), [&](const CheckInfo &Check) {
        return Enabled.contains(Check.Name);
      }))
    return Dumped.str();
  for (const GlobalOption &Option : globalOptions()) {
    std::string Value;
    for (const auto &[Source, Name] : Sources) {
      auto It = Source.CheckOptions.find(Option.Key);
      if (It != Source.CheckOptions.end())
        Value = It->getValue().Value;
    }
    Opts->CheckOptions[Option.Key] = ClangTidyOptions::ClangTidyValue(Value);
  }
  return clang::tidy::configurationAsText(*Opts) + "\n";
}

} // namespace coro_tidy
