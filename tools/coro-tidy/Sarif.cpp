//===- Sarif.cpp - clang-tidy's exported diagnostics as SARIF 2.1.0 -------===//
//
// One run; tool.driver carries a rule per coro-* check of the registry and per
// other check seen; a result per diagnostic with its location, its notes as
// related locations and its fix-its as a SARIF fix. Diagnostics without a
// file location (driver warnings) become tool execution notifications, since
// GitHub code scanning wants a location on every result.
//
//===----------------------------------------------------------------------===//

#include "tools/coro-tidy/Sarif.h"
#include "checks/Registry.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <set>

#ifndef CORO_TIDY_VERSION
#define CORO_TIDY_VERSION "0.0.0"
#endif

using namespace llvm;
using clang::tooling::Diagnostic;
using clang::tooling::DiagnosticMessage;

namespace coro_tidy {
namespace {

constexpr StringLiteral SchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json";
constexpr StringLiteral SrcRootId = "%SRCROOT%";

/// Turns byte offsets into 1-based lines and code-point columns.
class SourceFiles {
public:
  struct Position {
    unsigned Line, Column;
  };

  Expected<Position> position(StringRef File, unsigned Offset) {
    auto It = Files.find(File);
    if (It == Files.end()) {
      auto Buf = MemoryBuffer::getFile(File, /*IsText=*/false,
                                       /*RequiresNullTerminator=*/false);
      if (!Buf)
        return createStringError(Buf.getError(), "cannot read '%s': %s",
                                 File.str().c_str(),
                                 Buf.getError().message().c_str());
      Entry E;
      E.Buffer = std::move(*Buf);
      StringRef Text = E.Buffer->getBuffer();
      E.LineStarts.push_back(0);
      for (size_t I = 0; I < Text.size(); ++I)
        if (Text[I] == '\n')
          E.LineStarts.push_back(I + 1);
      It = Files.try_emplace(File, std::move(E)).first;
    }
    const Entry &E = It->second;
    StringRef Text = E.Buffer->getBuffer();
    if (Offset > Text.size())
      return createStringError(std::errc::invalid_argument,
                               "offset %u is past the end of '%s'", Offset,
                               File.str().c_str());
    auto Next = std::upper_bound(E.LineStarts.begin(), E.LineStarts.end(),
                                 static_cast<size_t>(Offset));
    size_t LineStart = *(Next - 1);
    unsigned Column = 1;
    for (size_t I = LineStart; I < Offset; ++I)
      if ((static_cast<unsigned char>(Text[I]) & 0xC0) != 0x80)
        ++Column;
    return Position{static_cast<unsigned>(Next - E.LineStarts.begin()),
                    Column};
  }

private:
  struct Entry {
    std::unique_ptr<MemoryBuffer> Buffer;
    std::vector<size_t> LineStarts;
  };
  StringMap<Entry> Files;
};

/// RFC 3986 percent-encoding of a path; '/' stays.
std::string encodePath(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || StringRef("/-._~").contains(C))
      Out += C;
    else {
      Out += '%';
      Out += "0123456789ABCDEF"[C >> 4];
      Out += "0123456789ABCDEF"[C & 15];
    }
  }
  return Out;
}

std::string absolutePath(StringRef Path, StringRef BuildDir) {
  SmallString<256> P(Path);
  if (!sys::path::is_absolute(P) && !BuildDir.empty()) {
    SmallString<256> Abs(BuildDir);
    sys::path::append(Abs, P);
    P = Abs;
  }
  sys::fs::make_absolute(P);
  sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

class Converter {
public:
  explicit Converter(const SarifOptions &Opts) {
    if (!Opts.SourceRoot.empty()) {
      SmallString<256> Root(Opts.SourceRoot);
      sys::fs::make_absolute(Root);
      sys::path::remove_dots(Root, true);
      this->Root = StringRef(Root).rtrim('/').str();
    }
  }

  Expected<std::string> run(ArrayRef<Diagnostic> Diags) {
    // Rules: every registered check, then every other check seen.
    json::Array Rules;
    for (const CheckInfo &Info : registeredChecks()) {
      RuleIndex[Info.Name] = Rules.size();
      Rules.push_back(json::Object{
          {"id", Info.Name},
          {"name", Info.Name},
          {"shortDescription", json::Object{{"text", Info.Summary}}},
          {"helpUri", checkDocUrl(Info.Name)},
          {"defaultConfiguration", json::Object{{"level", "warning"}}},
      });
    }
    std::set<std::string> Others;
    for (const Diagnostic &D : Diags)
      if (!D.Message.FilePath.empty() && !RuleIndex.count(D.DiagnosticName))
        Others.insert(D.DiagnosticName);
    for (const std::string &Name : Others) {
      RuleIndex[Name] = Rules.size();
      Rules.push_back(json::Object{{"id", Name}, {"name", Name}});
    }

    json::Array Results, Notifications;
    for (const Diagnostic &D : Diags) {
      if (D.Message.FilePath.empty()) {
        Notifications.push_back(json::Object{
            {"level", level(D.DiagLevel)},
            {"message", message(D.Message.Message)},
            {"descriptor", json::Object{{"id", D.DiagnosticName}}},
        });
        continue;
      }
      auto Result = result(D);
      if (!Result)
        return Result.takeError();
      Results.push_back(std::move(*Result));
    }

    json::Object Run{
        {"tool",
         json::Object{{"driver", json::Object{
                                     {"name", "coro-tidy"},
                                     {"version", CORO_TIDY_VERSION},
                                     {"rules", std::move(Rules)},
                                 }}}},
        {"columnKind", "unicodeCodePoints"},
        {"invocations",
         json::Array{json::Object{
             {"executionSuccessful", true},
             {"toolExecutionNotifications", std::move(Notifications)},
         }}},
        {"results", std::move(Results)},
    };
    if (!Root.empty())
      Run["originalUriBaseIds"] = json::Object{
          {SrcRootId, json::Object{{"uri", "file://" + encodePath(Root) + "/"}}}};
    json::Value Log = json::Object{
        {"$schema", SchemaUri},
        {"version", "2.1.0"},
        {"runs", json::Array{std::move(Run)}},
    };
    std::string Out;
    raw_string_ostream OS(Out);
    OS << formatv("{0:2}", Log) << "\n";
    return Out;
  }

private:
  static StringRef level(Diagnostic::Level L) {
    switch (L) {
    case Diagnostic::Error:
      return "error";
    case Diagnostic::Warning:
      return "warning";
    case Diagnostic::Remark:
      return "note";
    }
    return "warning";
  }

  static json::Object message(StringRef Text) {
    return json::Object{{"text", Text.str()}};
  }

  json::Object artifactLocation(StringRef AbsPath) const {
    StringRef P(AbsPath);
    if (!Root.empty() && P.starts_with(Root) &&
        P.size() > Root.size() && P[Root.size()] == '/')
      return json::Object{{"uri", encodePath(P.drop_front(Root.size() + 1))},
                          {"uriBaseId", SrcRootId}};
    return json::Object{{"uri", "file://" + encodePath(P)}};
  }

  /// A region from [Offset, Offset + Length) in \p AbsPath; with \p Range it
  /// also has the end and the byte extent (for fixes).
  Expected<json::Object> region(StringRef AbsPath, unsigned Offset,
                                unsigned Length, bool Range) {
    auto Start = Files.position(AbsPath, Offset);
    if (!Start)
      return Start.takeError();
    json::Object R{{"startLine", Start->Line}, {"startColumn", Start->Column}};
    if (Range) {
      auto End = Files.position(AbsPath, Offset + Length);
      if (!End)
        return End.takeError();
      R["endLine"] = End->Line;
      R["endColumn"] = End->Column;
      R["byteOffset"] = Offset;
      R["byteLength"] = Length;
    }
    return R;
  }

  Expected<json::Object> location(const DiagnosticMessage &M,
                                  StringRef BuildDir) {
    json::Object Loc;
    if (!M.FilePath.empty()) {
      std::string Path = absolutePath(M.FilePath, BuildDir);
      auto Region = region(Path, M.FileOffset, 0, false);
      if (!Region)
        return Region.takeError();
      Loc["physicalLocation"] = json::Object{
          {"artifactLocation", artifactLocation(Path)},
          {"region", std::move(*Region)},
      };
    }
    return Loc;
  }

  Expected<json::Object> result(const Diagnostic &D) {
    auto Loc = location(D.Message, D.BuildDirectory);
    if (!Loc)
      return Loc.takeError();
    json::Object R{
        {"ruleId", D.DiagnosticName},
        {"ruleIndex", RuleIndex[D.DiagnosticName]},
        {"level", level(D.DiagLevel)},
        {"message", message(D.Message.Message)},
        {"locations", json::Array{std::move(*Loc)}},
    };

    json::Array Related;
    int Id = 1;
    for (const DiagnosticMessage &Note : D.Notes) {
      auto NoteLoc = location(Note, D.BuildDirectory);
      if (!NoteLoc)
        return NoteLoc.takeError();
      (*NoteLoc)["id"] = Id++;
      (*NoteLoc)["message"] = message(Note.Message);
      Related.push_back(std::move(*NoteLoc));
    }
    if (!Related.empty())
      R["relatedLocations"] = std::move(Related);

    // One fix holding every replacement of the diagnostic, per file, in
    // file order.
    std::map<std::string, std::vector<clang::tooling::Replacement>> ByFile;
    for (const auto &Entry : D.Message.Fix)
      for (const clang::tooling::Replacement &Rep : Entry.getValue())
        ByFile[absolutePath(Rep.getFilePath(), D.BuildDirectory)].push_back(
            Rep);
    if (!ByFile.empty()) {
      json::Array Changes;
      for (auto &[Path, Reps] : ByFile) {
        llvm::sort(Reps, [](const auto &A, const auto &B) {
          return A.getOffset() < B.getOffset();
        });
        json::Array Replacements;
        for (const clang::tooling::Replacement &Rep : Reps) {
          auto Deleted =
              region(Path, Rep.getOffset(), Rep.getLength(), /*Range=*/true);
          if (!Deleted)
            return Deleted.takeError();
          Replacements.push_back(json::Object{
              {"deletedRegion", std::move(*Deleted)},
              {"insertedContent",
               json::Object{{"text", Rep.getReplacementText().str()}}},
          });
        }
        Changes.push_back(json::Object{
            {"artifactLocation", artifactLocation(Path)},
            {"replacements", std::move(Replacements)},
        });
      }
      R["fixes"] = json::Array{json::Object{
          {"description", message(D.Message.Message)},
          {"artifactChanges", std::move(Changes)},
      }};
    }
    return R;
  }

  std::string Root;
  std::map<std::string, size_t> RuleIndex;
  SourceFiles Files;
};

} // namespace

Expected<std::vector<Diagnostic>> parseExportedDiagnostics(StringRef Yaml) {
  if (Yaml.trim().empty())
    return std::vector<Diagnostic>{};
  clang::tooling::TranslationUnitDiagnostics TUD;
  yaml::Input In(Yaml);
  In >> TUD;
  if (In.error())
    return createStringError(In.error(), "cannot parse the exported fixes");
  return std::move(TUD.Diagnostics);
}

Expected<std::string> renderSarif(ArrayRef<Diagnostic> Diags,
                                  const SarifOptions &Opts) {
  return Converter(Opts).run(Diags);
}

Error writeFileAtomically(StringRef Path, StringRef Contents) {
  // Only a regular file is replaced: never a device, a FIFO or a symlink.
  sys::fs::file_status Status;
  if (!sys::fs::status(Path, Status, /*follow=*/false) &&
      Status.type() != sys::fs::file_type::regular_file)
    return createStringError(std::make_error_code(std::errc::invalid_argument),
                             "cannot write '%s': it exists and is not a "
                             "regular file",
                             Path.str().c_str());
  SmallString<256> Temp;
  int FD;
  SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, Temp))
    return createStringError(EC, "cannot create a file next to '%s': %s",
                             Path.str().c_str(), EC.message().c_str());
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
    OS.close();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      sys::fs::remove(Temp);
      return createStringError(EC, "cannot write '%s': %s",
                               Path.str().c_str(), EC.message().c_str());
    }
  }
  if (std::error_code EC = sys::fs::rename(Temp, Path)) {
    sys::fs::remove(Temp);
    return createStringError(EC, "cannot write '%s': %s", Path.str().c_str(),
                             EC.message().c_str());
  }
  return Error::success();
}

} // namespace coro_tidy
