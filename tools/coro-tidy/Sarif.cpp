//===- Sarif.cpp - clang-tidy's exported diagnostics as SARIF 2.1.0 -------===//
//
// One run; tool.driver carries a rule per coro-* check of the registry (with
// its docs page as help) and per other check seen; a result per diagnostic
// with its location, GitHub's line hash, its notes as related locations and
// its fix-its as a SARIF fix described by its title. Diagnostics without a
// file location (driver warnings) and compiler errors become tool execution
// notifications, since GitHub code scanning wants a location on every result
// and a compiler error is no finding.
//
//===----------------------------------------------------------------------===//

#include "tools/coro-tidy/Sarif.h"
#include "checks/Registry.h"
#include "lib/FixTitles.h"
#include "tools/coro-tidy/Fingerprint.h"
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

/// The docs page of each coro-* check, as the build found them.
const std::map<StringRef, StringRef> &docPages() {
  static const std::map<StringRef, StringRef> Pages = {
#include "CheckDocs.inc"
  };
  return Pages;
}

/// Markdown emphasis, code spans and links taken out: `a` **b** [c](d) -> a b c
std::string plainText(StringRef Markdown) {
  std::string Out;
  for (size_t I = 0; I < Markdown.size(); ++I) {
    char C = Markdown[I];
    if (C == '`' || (C == '*' && I + 1 < Markdown.size() &&
                     Markdown[I + 1] == '*')) {
      if (C == '*')
        ++I;
      continue;
    }
    if (C == ']' && I + 1 < Markdown.size() && Markdown[I + 1] == '(') {
      size_t Close = Markdown.find(')', I);
      if (Close != StringRef::npos) {
        I = Close;
        continue;
      }
    }
    if (C == '[')
      continue;
    Out += C;
  }
  return Out;
}

/// The paragraphs of \p Page before its first section, without its title.
std::vector<std::string> introduction(StringRef Page) {
  std::vector<std::string> Paragraphs;
  std::string Current;
  SmallVector<StringRef> Lines;
  Page.split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.rtrim("\r");
    if (Line.starts_with("## "))
      break;
    if (Line.starts_with("# "))
      continue;
    if (Line.trim().empty()) {
      if (!Current.empty())
        Paragraphs.push_back(std::move(Current));
      Current.clear();
      continue;
    }
    if (!Current.empty())
      Current += ' ';
    Current += Line.trim().str();
  }
  if (!Current.empty())
    Paragraphs.push_back(std::move(Current));
  return Paragraphs;
}

/// \p Target, a link of a docs page, as an absolute URL from the docs base.
std::string resolveLink(StringRef Target) {
  if (Target.contains("://") || Target.starts_with("#") ||
      Target.starts_with("mailto:"))
    return Target.str();
  std::string Base = docsBaseUrl();
  size_t Scheme = Base.find("://");
  size_t Root = Base.find('/', Scheme == std::string::npos ? 0 : Scheme + 3);
  SmallVector<std::string> Segments;
  if (Root != std::string::npos) {
    SmallVector<StringRef> Parts;
    StringRef(Base).drop_front(Root + 1).split(Parts, '/', -1, false);
    for (StringRef P : Parts)
      Segments.push_back(P.str());
    Base.resize(Root);
  }
  SmallVector<StringRef> Parts;
  Target.split(Parts, '/');
  for (StringRef P : Parts) {
    if (P == "..") {
      if (!Segments.empty())
        Segments.pop_back();
    } else if (P != ".") {
      Segments.push_back(P.str());
    }
  }
  for (const std::string &Seg : Segments)
    Base += "/" + Seg;
  return Base;
}

/// \p Page with its relative links made absolute (a SARIF viewer shows the
/// help away from the docs).
std::string absoluteLinks(StringRef Page) {
  std::string Out;
  size_t I = 0;
  while (true) {
    size_t Open = Page.find("](", I);
    size_t Close =
        Open == StringRef::npos ? StringRef::npos : Page.find(')', Open + 2);
    if (Close == StringRef::npos) {
      Out += Page.drop_front(I).str();
      return Out;
    }
    Out += Page.slice(I, Open + 2).str();
    Out += resolveLink(Page.slice(Open + 2, Close));
    I = Close;
  }
}

/// The rule of a registered check.
json::Object rule(const CheckInfo &Info) {
  StringRef Class = Info.Class;
  Class.consume_back("Check");
  std::string Url = checkDocUrl(Info.Name);
  json::Object Rule{
      {"id", Info.Name},
      {"name", Class.str()},
      {"shortDescription", json::Object{{"text", Info.Summary}}},
      {"helpUri", Url},
      {"defaultConfiguration", json::Object{{"level", "warning"}}},
      {"properties",
       json::Object{{"tags", json::Array{"correctness", "coroutines"}}}},
  };
  auto Page = docPages().find(Info.Name);
  std::vector<std::string> Intro;
  if (Page != docPages().end())
    Intro = introduction(Page->second);
  if (Intro.empty()) {
    Rule["fullDescription"] = json::Object{{"text", Info.Summary}};
    Rule["help"] = json::Object{
        {"text", std::string(Info.Summary) + "\n\nDocumentation: " + Url}};
    return Rule;
  }
  std::string Text;
  for (const std::string &P : Intro)
    Text += plainText(P) + "\n\n";
  Text += "Documentation: " + Url;
  Rule["fullDescription"] = json::Object{{"text", plainText(Intro.front())}};
  Rule["help"] = json::Object{{"text", Text},
                              {"markdown", absoluteLinks(Page->second)}};
  return Rule;
}

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

  /// The text at [Offset, Offset + Length) of \p File, which position() has
  /// read.
  std::string text(StringRef File, unsigned Offset, unsigned Length) {
    auto It = Files.find(File);
    if (It == Files.end())
      return "";
    return It->second.Buffer->getBuffer().substr(Offset, Length).str();
  }

  /// GitHub's hash of line \p Line (1-based) of \p File, which position()
  /// has read; empty past the end.
  std::string lineHash(StringRef File, unsigned Line) {
    auto It = Files.find(File);
    if (It == Files.end())
      return "";
    Entry &E = It->second;
    if (!E.HashesDone) {
      E.Hashes = lineHashes(E.Buffer->getBuffer());
      E.HashesDone = true;
    }
    return Line >= 1 && Line <= E.Hashes.size() ? E.Hashes[Line - 1] : "";
  }

private:
  struct Entry {
    std::unique_ptr<MemoryBuffer> Buffer;
    std::vector<size_t> LineStarts;
    std::vector<std::string> Hashes;
    bool HashesDone = false;
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
  explicit Converter(const SarifOptions &Opts) : Units(Opts.Units) {
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
      Rules.push_back(rule(Info));
    }
    std::set<std::string> Others;
    for (const Diagnostic &D : Diags)
      if (!D.Message.FilePath.empty() && !isCompilerError(D) &&
          !RuleIndex.count(D.DiagnosticName))
        Others.insert(D.DiagnosticName);
    for (const std::string &Name : Others) {
      RuleIndex[Name] = Rules.size();
      Rules.push_back(json::Object{{"id", Name}, {"name", Name}});
    }

    json::Array Results, Notifications;
    bool Successful = true;
    for (const Diagnostic &D : Diags) {
      if (isCompilerError(D)) {
        Successful = false;
        auto Loc = location(D.Message, D.BuildDirectory);
        if (!Loc)
          return Loc.takeError();
        std::string Unit = shown(Units.size() == 1 ? Units.front()
                                                   : D.Message.FilePath);
        json::Object Note{
            {"level", "error"},
            {"message",
             message("'" + Unit +
                     "' does not compile, so its findings may be "
                     "incomplete: " +
                     D.Message.Message)},
            {"descriptor", json::Object{{"id", D.DiagnosticName}}},
        };
        if (!Loc->empty())
          Note["locations"] = json::Array{std::move(*Loc)};
        Notifications.push_back(std::move(Note));
        continue;
      }
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
                                     {"informationUri", projectUrl()},
                                     {"rules", std::move(Rules)},
                                 }}}},
        {"columnKind", "unicodeCodePoints"},
        {"invocations",
         json::Array{json::Object{
             {"executionSuccessful", Successful},
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

  static json::Object message(const Twine &Text) {
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
    if (!D.Message.FilePath.empty()) {
      std::string Path = absolutePath(D.Message.FilePath, D.BuildDirectory);
      auto Start = Files.position(Path, D.Message.FileOffset);
      if (!Start)
        return Start.takeError();
      std::string Hash = Files.lineHash(Path, Start->Line);
      if (!Hash.empty())
        R["partialFingerprints"] =
            json::Object{{"primaryLocationLineHash", Hash}};
    }

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
    std::vector<clang::tooling::Replacement> All;
    for (const auto &Entry : D.Message.Fix)
      for (const clang::tooling::Replacement &Rep : Entry.getValue()) {
        ByFile[absolutePath(Rep.getFilePath(), D.BuildDirectory)].push_back(
            Rep);
        All.push_back(Rep);
      }
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
      std::optional<std::string> Title =
          fixtitles::titleOf(D.DiagnosticName, All);
      if (!Title)
        Title = describe(ByFile);
      R["fixes"] = json::Array{json::Object{
          {"description", message(*Title)},
          {"artifactChanges", std::move(Changes)},
      }};
    }
    return R;
  }

  /// \p Path as a notification names it: relative to the source root when
  /// under it.
  std::string shown(StringRef Path) const {
    std::string Abs = absolutePath(Path, "");
    StringRef P(Abs);
    if (!Root.empty() && P.starts_with(Root) && P.size() > Root.size() &&
        P[Root.size()] == '/')
      return P.drop_front(Root.size() + 1).str();
    return Path.str();
  }

  /// What a fix without a recorded title does, from its edits, as clangd
  /// says it for one edit: "insert 'x'", "remove 'x'", "change 'x' to 'y'".
  std::string describe(
      const std::map<std::string, std::vector<clang::tooling::Replacement>>
          &ByFile) {
    size_t Count = 0;
    for (const auto &[Path, Reps] : ByFile)
      Count += Reps.size();
    auto Snippet = [](StringRef Code) {
      StringRef Line = Code.split('\n').first.take_front(50);
      return (Line.size() == Code.size() ? Line : Line + "...").str();
    };
    if (Count == 1) {
      const auto &[Path, Reps] = *ByFile.begin();
      const clang::tooling::Replacement &Rep = Reps.front();
      std::string Removed = Files.text(Path, Rep.getOffset(), Rep.getLength());
      StringRef Inserted = Rep.getReplacementText();
      if (!Removed.empty() && !Inserted.empty())
        return "change '" + Snippet(Removed) + "' to '" + Snippet(Inserted) +
               "'";
      if (!Removed.empty())
        return "remove '" + Snippet(Removed) + "'";
      return "insert '" + Snippet(Inserted) + "'";
    }
    return "apply the suggested edits (" + std::to_string(Count) + ")";
  }

  std::vector<std::string> Units;
  std::string Root;
  std::map<std::string, size_t> RuleIndex;
  SourceFiles Files;
};

} // namespace

bool isCompilerError(const Diagnostic &D) {
  return D.DiagLevel == Diagnostic::Error &&
         StringRef(D.DiagnosticName).starts_with("clang-diagnostic-");
}

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
