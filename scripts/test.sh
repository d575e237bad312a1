#!/usr/bin/env bash
# The whole test suite: sets up and builds (scripts/setup.sh), then runs every
# lit test (check tests, real-library tests, plugin, clangd/LSP, SARIF,
# whole-project runs, the model's unit tests).
#   scripts/test.sh [--llvm N] [lit args...]   e.g. scripts/test.sh --filter fire-and-forget
# --llvm N builds and tests against LLVM N (22, the default, or 19), in
# $CORO_TIDY_BUILD_DIR or the default build directory of scripts/setup.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
llvm_args=()
if [ "${1:-}" = "--llvm" ]; then
  [ $# -ge 2 ] || { echo "test: --llvm needs a version (22 or 19)" >&2; exit 2; }
  llvm_args=(--llvm "$2")
  shift 2
fi
if [ -n "${CORO_TIDY_BUILD_DIR:-}" ]; then
  build=$CORO_TIDY_BUILD_DIR
elif [ ${#llvm_args[@]} -gt 0 ] && [ "${llvm_args[1]}" != 22 ]; then
  build=$root/build-${llvm_args[1]}
else
  build=$root/build
fi
"$root/scripts/setup.sh" "${llvm_args[@]}" "$build"
lit=$(sed -n 's/^CORO_TIDY_LIT:FILEPATH=//p' "$build/CMakeCache.txt")

results=$(mktemp -d)/lit.json
set +e
"$lit" -sv --order=lexical -o "$results" "$build/test" "$@"
status=$?
set -e
python3 - "$results" <<'PY'
import json, sys
try:
    tests = json.load(open(sys.argv[1]))["tests"]
except (OSError, ValueError, KeyError):
    sys.exit("test: lit wrote no results")
ok = sum(t["code"] in ("PASS", "XFAIL") for t in tests)
bad = sum(t["code"] in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT") for t in tests)
skipped = len(tests) - ok - bad
print(f"{ok} passed, {bad} failed, {skipped} skipped")
PY
exit $status
