//===- CoroTidyMain.cpp - clang-tidy with the coro-* checks ---------------===//
//
// The stock clang-tidy driver: every flag and behaviour of the clang-tidy it
// is built against (22 or 19), with the coro module registered next to the
// built-in ones. On top of it:
//  - --version starts with coro-tidy's version and its LLVM's, and --help
//    lists the options below (tools/Identity.h);
//  - --export-sarif=FILE [--sarif-root=DIR]: SARIF 2.1.0 next to the normal
//    output, converted from the --export-fixes YAML after the run (also for
//    a unit that does not compile: the log says so); the file is checked to
//    be writable, and the root to exist, before the analysis;
//  - clear one-line errors and a non-zero exit, before any analysis, for a
//    missing compilation database (with -p, or for a source file when no
//    flags follow "--"), an unknown check in --checks and a missing or
//    unreadable source file; invalid check option values are
//    errors (clang-tidy-config is added to --warnings-as-errors);
//  - a warning for each unknown coro.* / coro-*. option key, naming the
//    closest known one, and the global coro.* options in --dump-config.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/GlobList.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "tools/coro-tidy/Configuration.h"
#include "lib/LlvmCompat.h"
#include "tools/Identity.h"
#include "tools/coro-tidy/Sarif.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

extern volatile int CoroTidyModuleAnchorSource;
// Keeps the module's registration object in the link.
[[maybe_unused]] static int CoroTidyModuleAnchorDestination =
    CoroTidyModuleAnchorSource;

using namespace llvm;

namespace {

int fail(const Twine &Message) {
  errs() << "coro-tidy: error: " << Message << "\n";
  return 1;
}

/// clang-tidy options that take their value as the next argument when not
/// written as --opt=value.
bool takesValue(StringRef Name) {
  static const char *const Names[] = {
      "p",           "checks",       "config",
      "config-file", "export-fixes", "extra-arg",
      "extra-arg-before", "format-style", "header-filter",
      "exclude-header-filter", "line-filter", "load",
      "removed-arg", "store-check-profile", "vfsoverlay",
      "warnings-as-errors", "export-sarif", "sarif-root"};
  for (const char *N : Names)
    if (Name == N)
      return true;
  return false;
}

/// The command line, split into clang-tidy options and source files, with
/// our own options taken out.
struct CommandLine {
  std::vector<std::string> Args; // argv[0] and the arguments for clang-tidy
  std::vector<std::string> Sources;
  bool HasFixedFlags = false; // a "--" follows
  std::optional<std::string> Sarif, SarifRoot, ExportFixes, BuildPath,
      Checks, WarningsAsErrors, Config, ConfigFile;
  bool Fix = false, Load = false, CustomChecks = false, DumpConfig = false;
};

std::optional<std::string> parse(int Argc, const char **Argv,
                                 CommandLine &CL) {
  CL.Args.push_back(Argv[0]);
  for (int I = 1; I < Argc; ++I) {
    StringRef Arg = Argv[I];
    if (Arg == "--") {
      CL.HasFixedFlags = true;
      for (; I < Argc; ++I)
        CL.Args.push_back(Argv[I]);
      break;
    }
    if (Arg.starts_with("@")) { // a response file: clang-tidy expands it
      CL.Args.push_back(Arg.str());
      continue;
    }
    if (!Arg.starts_with("-") || Arg == "-") {
      if (Arg != "-" && !Arg.empty()) // placeholders of run-clang-tidy 22, 19
        CL.Sources.push_back(Arg.str());
      CL.Args.push_back(Arg.str());
      continue;
    }
    StringRef Body = Arg.drop_while([](char C) { return C == '-'; });
    auto [Name, Value] = Body.split('=');
    bool HasValue = Body.contains('=');
    std::string Val = Value.str();
    if (!HasValue && takesValue(Name)) {
      if (I + 1 >= Argc)
        return ("option '" + Arg + "' needs a value").str();
      Val = Argv[++I];
    }
    std::string Canonical = ("--" + Name + "=" + Val).str();
    if (Name == "export-sarif") {
      if (Val.empty())
        return std::string("--export-sarif needs a file name");
      CL.Sarif = Val;
      continue; // ours: not passed on
    }
    if (Name == "sarif-root") {
      CL.SarifRoot = Val;
      continue;
    }
    if (Name == "export-fixes") {
      if (Val.empty())
        return std::string("--export-fixes needs a file name");
      CL.ExportFixes = Val;
      continue; // written by us, through a temporary file
    }
    if (Name == "p")
      CL.BuildPath = Val;
    else if (Name == "checks")
      CL.Checks = Val;
    else if (Name == "warnings-as-errors") {
      CL.WarningsAsErrors = Val;
      continue; // re-added below
    } else if (Name == "fix" || Name == "fix-errors" || Name == "fix-notes")
      CL.Fix = true;
    else if (Name == "load")
      CL.Load = true;
    else if (Name == "config")
      CL.Config = Val;
    else if (Name == "config-file")
      CL.ConfigFile = Val;
    else if (Name == "dump-config")
      CL.DumpConfig = true;
    else if (Name == "experimental-custom-checks")
      CL.CustomChecks = true;
    CL.Args.push_back(takesValue(Name) ? Canonical : Arg.str());
  }
  return std::nullopt;
}

/// An unknown check in --checks would silently enable nothing: report it.
std::optional<std::string> unknownCheck(const CommandLine &CL) {
  if (!CL.Checks || CL.Load || CL.CustomChecks)
    return std::nullopt;
  clang::tidy::ClangTidyOptions Opts;
  Opts.Checks = "*";
  std::vector<std::string> All = coro_tidy::compat::checkNames(Opts);
  SmallVector<StringRef> Globs;
  StringRef(*CL.Checks).split(Globs, ',', -1, /*KeepEmpty=*/false);
  for (StringRef Glob : Globs) {
    Glob = Glob.trim();
    if (Glob.empty() || Glob.starts_with("-") ||
        Glob.starts_with("clang-diagnostic-"))
      continue;
    clang::tidy::GlobList Filter(Glob);
    bool Matches = llvm::any_of(
        All, [&](const std::string &Name) { return Filter.contains(Name); });
    if (!Matches)
      return ("unknown check '" + Glob +
              "' in --checks: it matches no check (see --list-checks "
              "--checks='*')")
          .str();
  }
  return std::nullopt;
}

std::optional<std::string> unreadableSource(const CommandLine &CL) {
  for (const std::string &Source : CL.Sources) {
    int FD;
    if (std::error_code EC = sys::fs::openFileForRead(Source, FD))
      return "cannot read source file '" + Source + "': " + EC.message();
    sys::fs::file_t File = sys::fs::convertFDToNativeFile(FD);
    sys::fs::closeFile(File);
    if (sys::fs::is_directory(Source))
      return "cannot read source file '" + Source + "': it is a directory";
  }
  return std::nullopt;
}

/// clang-tidy would go on "without flags" and report compiler errors that
/// only mean the flags are missing.
std::optional<std::string> missingDatabase(const CommandLine &CL) {
  if (CL.HasFixedFlags || CL.Sources.empty())
    return std::nullopt;
  std::string Err;
  if (CL.BuildPath) {
    if (clang::tooling::CompilationDatabase::autoDetectFromDirectory(
            *CL.BuildPath, Err))
      return std::nullopt;
    return "no compilation database (compile_commands.json) found in '" +
           *CL.BuildPath + "' or its parents";
  }
  for (const std::string &Source : CL.Sources) {
    SmallString<256> Abs(Source);
    sys::fs::make_absolute(Abs);
    if (!sys::fs::exists(Abs))
      continue; // reported as an unreadable source
    if (!clang::tooling::CompilationDatabase::autoDetectFromSource(Abs, Err))
      return "no compilation database for '" + Source +
             "' (no compile_commands.json or compile_flags.txt in its "
             "directory or its parents); pass -p <build-dir> or the compiler "
             "flags after '--'";
  }
  return std::nullopt;
}

/// A source that the compilation database has no command for would be
/// skipped with a note and a zero exit: in CI that reads as a clean run.
std::optional<std::string> notInDatabase(const CommandLine &CL) {
  if (CL.HasFixedFlags || CL.Sources.empty())
    return std::nullopt;
  std::string Err;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  for (const std::string &Source : CL.Sources) {
    SmallString<256> Abs(Source);
    sys::fs::make_absolute(Abs);
    sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
    if (CL.BuildPath) {
      if (!DB)
        DB = clang::tooling::CompilationDatabase::autoDetectFromDirectory(
            *CL.BuildPath, Err);
    } else {
      DB = clang::tooling::CompilationDatabase::autoDetectFromSource(Abs, Err);
    }
    if (DB && DB->getCompileCommands(Abs).empty())
      return "'" + Source +
             "' is not in the compilation database; add it to "
             "compile_commands.json or pass the compiler flags after '--'";
  }
  return std::nullopt;
}

/// The same file, written or not yet.
bool samePath(StringRef A, StringRef B) {
  SmallString<256> AbsA(A), AbsB(B);
  sys::fs::make_absolute(AbsA);
  sys::fs::make_absolute(AbsB);
  sys::path::remove_dots(AbsA, true);
  sys::path::remove_dots(AbsB, true);
  bool Equivalent = false;
  return AbsA == AbsB ||
         (!sys::fs::equivalent(AbsA, AbsB, Equivalent) && Equivalent);
}

/// An output path must not be an input: the run would overwrite the code it
/// reads.
std::optional<std::string> badOutputs(const CommandLine &CL) {
  if (CL.Sarif && CL.ExportFixes && samePath(*CL.Sarif, *CL.ExportFixes))
    return "--export-sarif and --export-fixes name the same file '" +
           *CL.Sarif + "'";
  for (const std::optional<std::string> *Out : {&CL.Sarif, &CL.ExportFixes})
    if (*Out)
      for (const std::string &Source : CL.Sources)
        if (samePath(**Out, Source))
          return "the output '" + **Out + "' is one of the input files";
  return std::nullopt;
}

/// An output that could not be written would only fail after the whole
/// analysis: try it first (a directory, a missing one, no permission).
std::optional<std::string> unwritableOutputs(const CommandLine &CL) {
  for (const std::optional<std::string> *Out : {&CL.Sarif, &CL.ExportFixes}) {
    if (!*Out)
      continue;
    const std::string &Path = **Out;
    if (sys::fs::is_directory(Path))
      return "cannot write '" + Path + "': it is a directory";
    SmallString<256> Probe;
    int FD;
    if (std::error_code EC =
            sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Probe))
      return "cannot create a file next to '" + Path + "': " + EC.message();
    sys::fs::closeFile(FD);
    sys::fs::remove(Probe);
  }
  if (CL.SarifRoot && !sys::fs::is_directory(*CL.SarifRoot))
    return "--sarif-root '" + *CL.SarifRoot + "' " +
           (sys::fs::exists(*CL.SarifRoot) ? "is not a directory"
                                           : "does not exist");
  return std::nullopt;
}

/// clang-tidy's --dump-config, with the global coro.* options added: they
/// are no check's, so clang-tidy leaves them out.
int dumpConfig(const CommandLine &CL,
               const coro_tidy::CoroConfiguration &Config) {
  SmallString<128> Temp;
  int FD;
  if (std::error_code EC =
          sys::fs::createTemporaryFile("coro-tidy-config", "yaml", FD, Temp))
    return fail("cannot create a temporary file: " + EC.message());
  outs().flush();
  std::fflush(stdout);
  int Saved = ::dup(STDOUT_FILENO);
  ::dup2(FD, STDOUT_FILENO);
  ::close(FD);
  std::vector<const char *> Argv;
  for (const std::string &A : CL.Args)
    Argv.push_back(A.c_str());
  Argv.push_back(nullptr);
  int RC = clang::tidy::clangTidyMain(static_cast<int>(Argv.size() - 1),
                                      Argv.data());
  outs().flush();
  ::dup2(Saved, STDOUT_FILENO);
  ::close(Saved);
  auto Dumped = MemoryBuffer::getFile(Temp);
  sys::fs::remove(Temp);
  if (!Dumped)
    return fail("cannot read the dumped configuration: " +
                Dumped.getError().message());
  StringRef Text = (*Dumped)->getBuffer();
  outs() << (RC == 0 ? Config.withGlobalOptions(Text) : Text.str());
  return RC;
}

bool isCompilerError(const clang::tooling::Diagnostic &D) {
  return D.DiagLevel == clang::tooling::Diagnostic::Error &&
         StringRef(D.DiagnosticName).starts_with("clang-diagnostic-");
}

} // namespace

int main(int argc, const char **argv) {
  CommandLine CL;
  if (auto Err = parse(argc, argv, CL))
    return fail(*Err);
  if (CL.Sarif && CL.Fix)
    return fail("--export-sarif cannot be combined with --fix, --fix-errors "
                "or --fix-notes (the fixed files would no longer match the "
                "reported locations); export SARIF first, then fix");
  if (auto Err = unknownCheck(CL))
    return fail(*Err);
  coro_tidy::CoroConfiguration Config = coro_tidy::CoroConfiguration::read(
      CL.Config, CL.ConfigFile, CL.Sources);
  Config.warnUnknownKeys(errs());
  if (CL.DumpConfig)
    return dumpConfig(CL, Config);
  if (auto Err = unreadableSource(CL))
    return fail(*Err);
  if (auto Err = missingDatabase(CL))
    return fail(*Err);
  if (auto Err = notInDatabase(CL))
    return fail(*Err);
  if (auto Err = badOutputs(CL))
    return fail(*Err);
  if (auto Err = unwritableOutputs(CL))
    return fail(*Err);

  // An invalid check option value is a configuration error, not a warning.
  std::string WAE = CL.WarningsAsErrors ? *CL.WarningsAsErrors : "";
  if (!WAE.empty())
    WAE += ",";
  WAE += "clang-tidy-config";
  CL.Args.insert(CL.Args.begin() + 1, "--warnings-as-errors=" + WAE);

  // clang-tidy exports the fixes into a temporary file; the user's
  // --export-fixes file and the SARIF log are written from it afterwards,
  // each through a temporary file beside it, so that a failed write never
  // leaves a partial file (clang-tidy's own writer does not check).
  SmallString<128> TempYaml;
  if (CL.Sarif || CL.ExportFixes) {
    if (std::error_code EC = sys::fs::createTemporaryFile(
            "coro-tidy-diagnostics", "yaml", TempYaml))
      return fail("cannot create a temporary file: " + EC.message());
    sys::fs::remove(TempYaml); // clang-tidy writes it only with findings
    // clang-tidy exits from inside when its write fails: remove it then too.
    static std::string TempToRemove;
    TempToRemove = std::string(TempYaml);
    std::atexit([] { sys::fs::remove(TempToRemove); });
    CL.Args.insert(CL.Args.begin() + 1,
                   ("--export-fixes=" + TempYaml).str());
  }

  // A full disk or a file size limit must fail a write, not kill the
  // process: LLVM's crash handlers (registered once, here first) would turn
  // SIGXFSZ into a crash, so the signal is ignored and the write fails.
  sys::PrintStackTraceOnErrorSignal(CL.Args[0]);
  ::signal(SIGXFSZ, SIG_IGN);

  std::vector<const char *> Argv;
  for (const std::string &A : CL.Args)
    Argv.push_back(A.c_str());
  Argv.push_back(nullptr);
  int Argc = static_cast<int>(Argv.size() - 1);
  coro_tidy::printVersionLineIfAsked("coro-tidy", Argc, Argv.data());
  coro_tidy::addSarifOptionsToHelp();
  int RC = clang::tidy::clangTidyMain(Argc, Argv.data());
  if (TempYaml.empty())
    return RC;

  std::optional<std::string> Yaml;
  if (sys::fs::exists(TempYaml)) {
    auto Buffer = MemoryBuffer::getFile(TempYaml);
    sys::fs::remove(TempYaml);
    if (!Buffer)
      return fail("cannot read the exported diagnostics: " +
                  Buffer.getError().message());
    Yaml = (*Buffer)->getBuffer().str();
  }
  if (CL.ExportFixes && Yaml)
    if (Error E = coro_tidy::writeFileAtomically(*CL.ExportFixes, *Yaml))
      return fail(toString(std::move(E)));
  if (!CL.Sarif)
    return RC;

  std::vector<clang::tooling::Diagnostic> Diags;
  if (Yaml) {
    auto Read = coro_tidy::parseExportedDiagnostics(*Yaml);
    if (!Read)
      return fail(toString(Read.takeError()) + "; no SARIF written");
    Diags = std::move(*Read);
  }

  bool CompilerErrors = false;
  for (const auto &D : Diags) {
    if (D.DiagnosticName == "clang-tidy-config")
      return fail("invalid configuration; no SARIF written to '" + *CL.Sarif +
                  "'");
    CompilerErrors |= coro_tidy::isCompilerError(D);
  }
  // A failure is only expected from findings promoted by
  // --warnings-as-errors; anything else means clang-tidy stopped early (it
  // said why), and the log would be incomplete.
  bool Promoted = llvm::any_of(Diags, [](const auto &D) {
    return D.DiagLevel == clang::tooling::Diagnostic::Error;
  });
  if (RC != 0 && !Promoted)
    return fail("the analysis did not complete; no SARIF written to '" +
                *CL.Sarif + "'");

  coro_tidy::SarifOptions Opts;
  if (CL.SarifRoot)
    Opts.SourceRoot = *CL.SarifRoot;
  Opts.Units = CL.Sources;
  auto Sarif = coro_tidy::renderSarif(Diags, Opts);
  if (!Sarif)
    return fail(toString(Sarif.takeError()) + "; no SARIF written");
  if (Error E = coro_tidy::writeFileAtomically(*CL.Sarif, *Sarif))
    return fail(toString(std::move(E)));
  // The log is complete for the units that compile; one that does not is
  // named in it, and fails the run.
  if (CompilerErrors)
    return fail("compiler errors; the SARIF log '" + *CL.Sarif +
                "' names the unit in its tool notifications "
                "(executionSuccessful: false)");
  return RC;
}
