#!/usr/bin/env bash
# Installs what coro-tidy needs on a fresh Debian bookworm machine (idempotent),
# then configures and builds it. Used by both README commands.
#   scripts/setup.sh [--llvm N] [build-dir]
# N is the LLVM major version to build against: 22 (the default) or 19. The
# default build directory is build/ for 22 and build-N/ for another version.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
llvm=22
if [ "${1:-}" = "--llvm" ]; then
  [ $# -ge 2 ] || { echo "setup: --llvm needs a version (22 or 19)" >&2; exit 2; }
  llvm=$2
  shift 2
fi
case "$llvm" in
  22|19) ;;
  *) echo "setup: unsupported LLVM version '$llvm' (22 or 19)" >&2; exit 2 ;;
esac
if [ "$llvm" = 22 ]; then default_build=$root/build; else default_build=$root/build-$llvm; fi
build=${1:-$default_build}

# Debian packages: the LLVM toolchain and libraries, real frameworks for the
# real-library tests, and build helpers. Only what is missing is installed.
packages=(clang-$llvm clang-tidy-$llvm clangd-$llvm libclang-$llvm-dev llvm-$llvm-dev
          llvm-$llvm-tools lld-$llvm clang-tools-$llvm
          cmake ninja-build ccache python3 libgtest-dev
          libboost1.81-dev libasio-dev qcoro-qt6-dev pre-commit git clang-tools-22 python3-yaml groff-base
          neovim)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The official SARIF schema and a validator for the SARIF tests, from npm
# (pinned in test/tools/sarif-schema/package-lock.json; no install scripts).
command -v npm >/dev/null || missing_npm=1
if [ -n "${missing_npm:-}" ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
schema="$root/test/tools/sarif-schema"
if [ ! -d "$schema/node_modules/@microsoft/jest-sarif" ]; then
  echo "setup: installing the SARIF schema (npm ci in test/tools/sarif-schema)"
  npm ci --prefix "$schema" --ignore-scripts --no-audit --no-fund --silent
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCORO_TIDY_LLVM_VERSION="$llvm" \
    -DCMAKE_C_COMPILER="clang-$llvm" -DCMAKE_CXX_COMPILER="clang++-$llvm" >/dev/null
else
  configured=$(sed -n 's/^CORO_TIDY_LLVM_VERSION:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
  if [ "${configured:-22}" != "$llvm" ]; then
    echo "setup: $build is configured for LLVM ${configured:-22}, not $llvm; use another build directory" >&2
    exit 2
  fi
fi
cmake --build "$build" -- ${CORO_TIDY_BUILD_TARGETS:-}
