#!/usr/bin/env bash
# The shell steps of the GitHub Action (action.yml), runnable anywhere:
#   scripts/action.sh install        coro-tidy on PATH: the one there, a .deb, or built from this checkout
#   scripts/action.sh changed-files  the changed C++ sources that the compilation database compiles
#   scripts/action.sh run            analyse them into one SARIF log; record the outcome
# Settings come from the environment (the action's inputs):
#   CORO_TIDY_BASE      the commit to compare with (a pull request's base); empty or
#                       all zeros: every file of the compilation database
#   CORO_TIDY_HEAD      the commit analysed (default HEAD)
#   CORO_TIDY_BUILD_DIR the directory with compile_commands.json (default build)
#   CORO_TIDY_CHECKS, CORO_TIDY_WARNINGS_AS_ERRORS (defaults -*,coro-* and coro-*),
#   CORO_TIDY_SARIF     the log to write (default coro-tidy.sarif)
#   CORO_TIDY_BASELINE  a baseline file (run-project.py --baseline), optional
#   CORO_TIDY_JOBS      parallel units (default: the number of CPUs)
#   CORO_TIDY           the coro-tidy binary (default: the one on PATH)
#   CORO_TIDY_DEB       install: a .deb to install instead of building
# "run" exits 0 once the log is written, whatever the findings, so that the
# log can be uploaded first; the outcome is in $GITHUB_OUTPUT (when set):
#   files=N  sarif=PATH (empty when nothing was analysed)  failed=true|false
set -euo pipefail
shopt -s inherit_errexit
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${CORO_TIDY_BUILD_DIR:-build}
checks=${CORO_TIDY_CHECKS:--*,coro-*}
gate=${CORO_TIDY_WARNINGS_AS_ERRORS-coro-*}
sarif=${CORO_TIDY_SARIF:-coro-tidy.sarif}
head=${CORO_TIDY_HEAD:-HEAD}

say() { echo "coro-tidy-action: $*" >&2; }

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >> "$GITHUB_OUTPUT"; fi
  echo "$1=$2"
}

install() {
  if command -v coro-tidy > /dev/null; then
    say "using $(command -v coro-tidy)"
    return
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  if [ -n "${CORO_TIDY_DEB:-}" ]; then
    $sudo apt-get install -y --no-install-recommends "$(realpath "$CORO_TIDY_DEB")"
    return
  fi
  # Build from this checkout (the action's own, at the ref the workflow pins).
  local out=${RUNNER_TEMP:-/tmp}/coro-tidy-build
  "$root/scripts/setup.sh" "$out" > /dev/null
  if [ -n "${GITHUB_PATH:-}" ]; then echo "$out/bin" >> "$GITHUB_PATH"; fi
  say "built $out/bin/coro-tidy"
}

# The sources to analyse, one a line, as the compilation database names them.
changed_files() {
  local top base=${CORO_TIDY_BASE:-}
  top=$(git rev-parse --show-toplevel)
  if [ -n "$base" ] && [ -z "${base//0/}" ]; then base=""; fi # a new branch
  local list
  list=$(mktemp)
  if [ -n "$base" ]; then
    # Three dots: what the head changed since it left the base.
    git diff --name-only --diff-filter=d -z "$base...$head" \
      | tr '\0' '\n' | sed "s|^|$top/|" > "$list"
  fi
  local status=0
  python3 - "$build/compile_commands.json" "$list" "${base:+diff}" <<'PY' || status=$?
import json, os, sys
database, listed, diff = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    entries = json.load(open(database))
except (OSError, ValueError) as e:
    sys.exit("coro-tidy-action: cannot read %s: %s" % (database, e))
sources = []
for e in entries:
    name = os.path.realpath(os.path.join(e["directory"], e["file"]))
    if name not in sources:
        sources.append(name)
if diff:
    changed = {os.path.realpath(l) for l in open(listed).read().splitlines() if l}
    sources = [s for s in sources if s in changed]
print("\n".join(sources))
PY
  rm -f "$list"
  return "$status"
}

run() {
  if [ -n "${GITHUB_ACTIONS:-}" ]; then
    git config --global --add safe.directory "$(pwd)" 2> /dev/null || true
  fi
  local files=() line list
  list=$(changed_files) # fails the step on a missing or bad database
  while IFS= read -r line; do
    [ -n "$line" ] && files+=("$line")
  done <<< "$list"
  output files "${#files[@]}"
  if [ ${#files[@]} -eq 0 ]; then
    say "no changed C++ source in $build/compile_commands.json"
    output sarif ""
    output failed false
    return
  fi
  local tidy=${CORO_TIDY:-$(command -v coro-tidy || echo coro-tidy)}
  local args=(-p "$build" --coro-tidy "$tidy" --checks="$checks"
              --sarif "$sarif" --sarif-root "$(git rev-parse --show-toplevel)")
  [ -n "$gate" ] && args+=(--warnings-as-errors="$gate")
  [ -n "${CORO_TIDY_BASELINE:-}" ] && args+=(--baseline "$CORO_TIDY_BASELINE")
  [ -n "${CORO_TIDY_JOBS:-}" ] && args+=(-j "$CORO_TIDY_JOBS")
  # One anchored regex per file: run-project.py selects units by regex.
  local f
  for f in "${files[@]}"; do
    args+=("^$(printf '%s' "$f" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$")
  done
  local status=0
  python3 "$root/scripts/run-project.py" "${args[@]}" || status=$?
  if [ -f "$sarif" ]; then output sarif "$sarif"; else output sarif ""; fi
  if [ "$status" -ne 0 ]; then output failed true; else output failed false; fi
}

case "${1:-}" in
  install) install ;;
  changed-files) changed_files ;;
  run) run ;;
  *) echo "usage: $0 install|changed-files|run" >&2; exit 2 ;;
esac
