#!/usr/bin/env bash
# The whole test suite: sets up and builds (scripts/setup.sh), then runs every
# lit test (check tests, real-library tests, plugin, clangd/LSP, SARIF,
# whole-project runs, the model's unit tests).
#   scripts/test.sh [lit args...]       e.g. scripts/test.sh --filter fire-and-forget
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CORO_TIDY_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh" "$build"

results=$(mktemp -d)/lit.json
set +e
/usr/lib/llvm-22/bin/lit -sv --order=lexical -o "$results" "$build/test" "$@"
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
