#!/usr/bin/env bash
# coro-tidy's own code (lib/, checks/, tools/) built with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DCORO_TIDY_SANITIZE=address,undefined), into
# build-sanitize/, then the check tests, the robustness tests (the mutation
# suite among them) and the unit tests run with it. Any report fails the run.
#   scripts/test-sanitized.sh [lit args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# The sanitizer build is on LLVM 22, whose clang has the runtimes.
llvm_root=/usr/lib/llvm-22
build=${CORO_TIDY_SANITIZE_BUILD_DIR:-$root/build-sanitize}
# The regular set-up installs what the build needs; the sanitizer runtimes
# are clang's own (libclang-rt-22-dev).
CORO_TIDY_BUILD_TARGETS=coro-tidy "$root/scripts/setup.sh" >/dev/null
if ! dpkg-query -W -f='${Status}' libclang-rt-22-dev 2>/dev/null | grep -q 'ok installed'; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends libclang-rt-22-dev >/dev/null
fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER="$llvm_root/bin/clang" -DCMAKE_CXX_COMPILER="$llvm_root/bin/clang++" \
    -DCORO_TIDY_SANITIZE=address,undefined >/dev/null
fi
cmake --build "$build" --target coro-tidy coro-model-tests
# LLVM frees some of its global state only at exit, on purpose: leaks are
# not ours to report. LLVM's allocators poison and unpoison their memory
# only where they were compiled with ASan: an inline copy in our code and
# the uninstrumented libraries would disagree, so manual poisoning is off
# (heap, stack and global checks stay on). Every other report stops the
# process with an error.
export ASAN_OPTIONS=detect_leaks=0:detect_odr_violation=0:allow_user_poisoning=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
"$llvm_root/bin/lit" -sv "$build/test/checks" "$build/test/robustness" \
  "$build/test/unit" "$@"
