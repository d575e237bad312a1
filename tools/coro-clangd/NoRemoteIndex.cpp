//===- NoRemoteIndex.cpp - clangd without the remote index ----------------===//
//
// Debian's libclangDaemon was built with remote-index support, which needs
// gRPC. coro-clangd is built without it: the one entry point clangd calls
// reports "no remote index", as clangd's own build without gRPC does.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include <memory>

namespace clang::clangd {
class SymbolIndex;
namespace remote {
std::unique_ptr<clang::clangd::SymbolIndex> getClient(llvm::StringRef Address,
                                                      llvm::StringRef IndexRoot) {
  return nullptr;
}
} // namespace remote
} // namespace clang::clangd
