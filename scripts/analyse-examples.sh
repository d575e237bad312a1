#!/usr/bin/env bash
# The main job: set up and build coro-tidy (scripts/setup.sh), analyse the
# example project in examples/ through its compile database, print the
# findings, then apply every fix-it to a temporary copy and print the result
# as a diff (the copy is recompiled to show the fixes compile).
#   scripts/analyse-examples.sh [--llvm N]   (N: 22, the default, or 19)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
llvm=22
if [ "${1:-}" = "--llvm" ]; then
  [ $# -ge 2 ] || { echo "analyse-examples: --llvm needs a version (22 or 19)" >&2; exit 2; }
  llvm=$2
fi
if [ "$llvm" = 22 ]; then default_build=$root/build; else default_build=$root/build-$llvm; fi
build=${CORO_TIDY_BUILD_DIR:-$default_build}
"$root/scripts/setup.sh" --llvm "$llvm" "$build" >/dev/null
tidy="$build/bin/coro-tidy"
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")

configure() { # source-dir build-dir: writes compile_commands.json
  cmake -S "$1" -B "$2" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
}
sources() { # build-dir: the files of the compile database
  python3 -c 'import json,sys; print("\n".join(sorted(e["file"] for e in json.load(open(sys.argv[1])))))' \
    "$1/compile_commands.json"
}

echo "== coro-tidy findings in examples/ =="
configure "$root/examples" "$build/examples"
mapfile -t files < <(sources "$build/examples")
"$tidy" -p "$build/examples" --quiet "${files[@]}" 2>/dev/null || true

echo
echo "== fix-its, applied to a temporary copy =="
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/a" "$work/b"
cp -r "$root/examples" "$work/a/examples"
cp -r "$root/examples" "$work/b/examples"
configure "$work/b/examples" "$work/build"
mapfile -t copies < <(sources "$work/build")
"$tidy" -p "$work/build" --quiet --fix "${copies[@]}" >/dev/null 2>&1 || true
(cd "$work" && diff -ru a/examples b/examples) || true
echo
if cmake --build "$work/build" >/dev/null 2>&1; then
  echo "the fixed copy builds."
else
  echo "the fixed copy does not build:" >&2
  cmake --build "$work/build" >&2
  exit 1
fi
