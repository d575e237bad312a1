//===- MessageFilter.cpp - coro-clangd's filters on the LSP channel -------===//

#include "tools/coro-clangd/MessageFilter.h"
#include "checks/Registry.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <unistd.h>

namespace coro_tidy {

bool isDeliverable(llvm::StringRef Body) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return true;
  }
  const llvm::json::Object *O = V->getAsObject();
  if (!O)
    return false;
  if (const llvm::json::Value *Method = O->get("method"))
    return Method->getAsString().has_value();
  return O->get("id") != nullptr;
}

namespace {

/// Points the codeDescription of every coro-* diagnostic under \p V to the
/// project's docs; true if anything changed.
bool relink(llvm::json::Value &V) {
  bool Changed = false;
  if (llvm::json::Array *A = V.getAsArray()) {
    for (llvm::json::Value &E : *A)
      Changed |= relink(E);
    return Changed;
  }
  llvm::json::Object *O = V.getAsObject();
  if (!O)
    return false;
  std::optional<llvm::StringRef> Code = O->getString("code");
  llvm::json::Object *Description = O->getObject("codeDescription");
  if (Code && Description &&
      llvm::any_of(registeredChecks(), [&](const CheckInfo &Info) {
        return *Code == Info.Name;
      })) {
    std::string Url = checkDocUrl(*Code);
    if (Description->getString("href") != llvm::StringRef(Url)) {
      (*Description)["href"] = Url;
      Changed = true;
    }
  }
  for (auto &KV : *O)
    Changed |= relink(KV.second);
  return Changed;
}

/// Writes all of \p Data to \p FD; false once the reader is gone.
bool writeAll(int FD, llvm::StringRef Data) {
  while (!Data.empty()) {
    ssize_t N = ::write(FD, Data.data(), Data.size());
    if (N < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    Data = Data.drop_front(N);
  }
  return true;
}

/// What a filter does with one body: nullopt drops it, otherwise the body
/// to send on (\p Body itself when unchanged).
using Transform =
    llvm::function_ref<std::optional<std::string>(llvm::StringRef Body)>;

/// Copies LSP frames from \p In to \p Out through \p T. Anything it cannot
/// frame is passed through as it is, from there on.
void pump(int In, int Out, Transform T) {
  std::string Buffer;
  bool Raw = false;
  char Chunk[65536];
  for (;;) {
    ssize_t N = ::read(In, Chunk, sizeof(Chunk));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Buffer.append(Chunk, N);
    while (!Raw) {
      size_t HeaderEnd = Buffer.find("\r\n\r\n");
      if (HeaderEnd == std::string::npos)
        break;
      llvm::StringRef Headers(Buffer.data(), HeaderEnd);
      size_t Length = 0;
      bool HasLength = false;
      llvm::SmallVector<llvm::StringRef> Lines;
      Headers.split(Lines, "\r\n");
      for (llvm::StringRef Line : Lines) {
        auto [Key, Value] = Line.split(':');
        if (Key.trim().equals_insensitive("content-length"))
          HasLength = !Value.trim().getAsInteger(10, Length);
      }
      if (!HasLength) {
        Raw = true; // the other side reports what it cannot frame
        break;
      }
      size_t Start = HeaderEnd + 4;
      // A length no message has (or that would overflow) is clangd's to
      // report: pass everything through from here on.
      if (Length > (size_t(1) << 30)) {
        Raw = true;
        break;
      }
      if (Buffer.size() - Start < Length)
        break;
      llvm::StringRef Body(Buffer.data() + Start, Length);
      std::optional<std::string> Sent = T(Body);
      if (Sent) {
        bool Ok = *Sent == Body
                      ? writeAll(Out, llvm::StringRef(Buffer.data(),
                                                      Start + Length))
                      : writeAll(Out, "Content-Length: " +
                                          std::to_string(Sent->size()) +
                                          "\r\n\r\n" + *Sent);
        if (!Ok)
          return;
      }
      Buffer.erase(0, Start + Length);
    }
    if (Raw) {
      if (!writeAll(Out, Buffer))
        return;
      Buffer.clear();
    }
  }
  if (!Buffer.empty())
    writeAll(Out, Buffer);
  ::close(Out);
}

std::optional<std::string> incoming(llvm::StringRef Body) {
  if (isDeliverable(Body))
    return Body.str();
  llvm::errs() << "E[coro-clangd] dropped a message that is neither a "
                  "request, a notification nor a response: "
               << Body.take_front(80) << "\n";
  return std::nullopt;
}

std::optional<std::string> outgoing(llvm::StringRef Body) {
  if (std::optional<std::string> Changed = withProjectDocLinks(Body))
    return Changed;
  return Body.str();
}

/// Replaces \p FD by the write end of a pipe (Read: the read end) or, with
/// \p Input, by its read end (Read: the write end); the original FD is
/// returned in \p Original.
bool splice(int FD, bool Input, int &Original, int &Other) {
  int Pipe[2];
  if (::pipe(Pipe) != 0)
    return false;
  int Mine = Input ? Pipe[0] : Pipe[1];
  Other = Input ? Pipe[1] : Pipe[0];
  Original = ::dup(FD);
  if (Original < 0 || ::dup2(Mine, FD) < 0) {
    ::close(Pipe[0]);
    ::close(Pipe[1]);
    if (Original >= 0)
      ::close(Original);
    return false;
  }
  ::close(Mine);
  return true;
}

std::once_flag Finished;
std::thread *Output = nullptr;

} // namespace

std::optional<std::string> withProjectDocLinks(llvm::StringRef Body) {
  if (!Body.contains("\"coro-") || !Body.contains("codeDescription"))
    return std::nullopt;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return std::nullopt;
  }
  if (!relink(*V))
    return std::nullopt;
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << *V;
  return Out;
}

bool startMessageFilter(int Argc, char **Argv) {
  // Only the standard framing is filtered: any other input style (however
  // it is given: an argument, a response file, CLANGD_FLAGS) goes to clangd
  // untouched, as do runs that do not read LSP from stdin.
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg.starts_with("@"))
      return false;
    Arg = Arg.ltrim('-');
    if (Arg.starts_with("check") || Arg.starts_with("input-style") ||
        Arg.starts_with("input-mirror") || Arg == "help" || Arg == "h" ||
        Arg == "version")
      return false;
  }
  if (const char *Flags = ::getenv("CLANGD_FLAGS"); Flags && *Flags)
    return false;
  if (::isatty(0))
    return false;
  int In, ToClangd;
  if (!splice(0, /*Input=*/true, In, ToClangd))
    return false;
  std::thread([In, ToClangd] { pump(In, ToClangd, incoming); }).detach();
  int Out, FromClangd;
  if (!splice(1, /*Input=*/false, Out, FromClangd))
    return true;
  Output = new std::thread([Out, FromClangd] {
    pump(FromClangd, Out, outgoing);
  });
  std::atexit(finishMessageFilter); // also when clangd calls exit()
  return true;
}

void finishMessageFilter() {
  std::call_once(Finished, [] {
    if (!Output)
      return;
    llvm::outs().flush();
    std::fflush(stdout);
    ::close(1); // the filter sees the end of clangd's output
    Output->join();
  });
}

} // namespace coro_tidy
