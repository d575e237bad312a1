/*===- PluginLoader.c - The plugin file that clang-tidy --load opens ------===//
//
// CoroTidyPlugin.so, the file users pass to `clang-tidy --load`, is this
// loader: it uses no LLVM symbol, so it loads into a clang-tidy of any LLVM
// version. When the host clang-tidy is the LLVM version the checks were
// built for (the major and minor version of the host's libLLVM, asked through
// its C API's LLVMGetVersion), it loads the checks, CoroTidyPlugin-llvmN.so
// beside it, binding every symbol at once. Otherwise, or when that fails, it
// says so in one line and exits with 1: a plugin built for one LLVM would
// otherwise die in the middle of the run on a missing symbol.
//
//===----------------------------------------------------------------------===*/

#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* dladdr, RTLD_DEFAULT */
#endif
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#if !defined(CORO_TIDY_LLVM_MAJOR) || !defined(CORO_TIDY_LLVM_MINOR) ||         \
    !defined(CORO_TIDY_PLUGIN_CHECKS)
#error "built by tools/CMakeLists.txt, which defines the LLVM version"
#endif

static void refuse(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  fputs("error: ", stderr);
  vfprintf(stderr, Format, Args);
  fputc('\n', stderr);
  va_end(Args);
  fflush(NULL);
  _exit(1);
}

typedef void (*GetVersionFn)(unsigned *Major, unsigned *Minor, unsigned *Patch);

__attribute__((constructor)) static void loadChecks(void) {
  Dl_info Self;
  const char *Path = "CoroTidyPlugin.so";
  if (dladdr((void *)&loadChecks, &Self) && Self.dli_fname)
    Path = Self.dli_fname;

  GetVersionFn GetVersion = (GetVersionFn)dlsym(RTLD_DEFAULT, "LLVMGetVersion");
  if (GetVersion) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    GetVersion(&Major, &Minor, &Patch);
    if (Major != CORO_TIDY_LLVM_MAJOR || Minor != CORO_TIDY_LLVM_MINOR)
      refuse("%s is built for LLVM %d.%d and cannot be loaded into this "
             "clang-tidy, which is LLVM %u.%u.%u; use clang-tidy-%d, or "
             "build coro-tidy for LLVM %u (scripts/setup.sh --llvm %u)",
             Path, CORO_TIDY_LLVM_MAJOR, CORO_TIDY_LLVM_MINOR, Major, Minor,
             Patch, CORO_TIDY_LLVM_MAJOR, Major, Major);
  }

  char Checks[4096];
  const char *Slash = strrchr(Path, '/');
  int DirLength = Slash ? (int)(Slash - Path + 1) : 0;
  if (snprintf(Checks, sizeof Checks, "%.*s%s", DirLength, Path,
               CORO_TIDY_PLUGIN_CHECKS) >= (int)sizeof Checks)
    refuse("%s: the path of the plugin is too long", Path);
  if (!dlopen(Checks, RTLD_NOW | RTLD_GLOBAL))
    refuse("%s cannot load its checks (built for LLVM %d.%d): %s", Path,
           CORO_TIDY_LLVM_MAJOR, CORO_TIDY_LLVM_MINOR, dlerror());
}
