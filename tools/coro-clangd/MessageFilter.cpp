//===- MessageFilter.cpp - Keeps coro-clangd alive on malformed messages --===//

#include "tools/coro-clangd/MessageFilter.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
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

/// Copies LSP frames from \p In to \p Out, dropping undeliverable bodies.
/// Anything it cannot frame is passed through as it is, from there on.
void filter(int In, int Out) {
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
        Raw = true; // clangd reports what it cannot frame
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
      if (isDeliverable(Body)) {
        if (!writeAll(Out, llvm::StringRef(Buffer.data(), Start + Length)))
          return;
      } else {
        llvm::errs() << "E[coro-clangd] dropped a message that is neither a "
                        "request, a notification nor a response: "
                     << Body.take_front(80) << "\n";
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

} // namespace

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
  int Pipe[2];
  if (::pipe(Pipe) != 0)
    return false;
  int Original = ::dup(0);
  if (Original < 0 || ::dup2(Pipe[0], 0) < 0) {
    ::close(Pipe[0]);
    ::close(Pipe[1]);
    if (Original >= 0)
      ::close(Original);
    return false;
  }
  ::close(Pipe[0]);
  std::thread(filter, Original, Pipe[1]).detach();
  return true;
}

} // namespace coro_tidy
