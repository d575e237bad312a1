#!/usr/bin/env bash
# Installs what coro-tidy needs on a fresh Debian bookworm machine (idempotent),
# then configures and builds it. Used by both README commands.
#   scripts/setup.sh [build-dir]        (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}

# Debian packages: LLVM 22 toolchain and libraries, real frameworks for the
# real-library tests, and build helpers. Only what is missing is installed.
packages=(clang-22 clang-tidy-22 clangd-22 libclang-22-dev llvm-22-dev llvm-22-tools lld-22
          cmake ninja-build ccache python3 libgtest-dev
          libboost1.81-dev libasio-dev qcoro-qt6-dev pre-commit git clang-tools-22
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
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 >/dev/null
fi
cmake --build "$build" -- ${CORO_TIDY_BUILD_TARGETS:-}
