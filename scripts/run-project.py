#!/usr/bin/env python3
"""Runs coro-tidy over every file of a compilation database, in parallel.

  scripts/run-project.py -p BUILD [-j N] [--checks GLOBS] [--sarif FILE]
                         [--sarif-root DIR] [--fix] [--coro-tidy BIN]
                         [--clang-apply-replacements BIN] [--quiet]
                         [--extra-arg ARG ...] [FILE-REGEX ...]

Prints "[i/N] file" as each unit finishes, followed by its diagnostics, then
a summary per check (a finding in a header that several units include is
counted once). --sarif FILE merges the per-unit SARIF logs into one run for
the whole project (written atomically; checked to be writable, and
--sarif-root to exist, before the analysis). A unit that does not compile
(or wrote no log) is named in the log's tool notifications and marks it
executionSuccessful: false; the other units' findings are all there. --fix collects every unit's fixes with
--export-fixes and applies them once with clang-apply-replacements, which
also removes the duplicates coming from shared headers.

The exit status is 1 when any unit failed (a compiler error, a configuration
error or a finding promoted with --warnings-as-errors), 0 otherwise.
"""
import argparse
import collections
import concurrent.futures
import json
import signal
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAG = re.compile(r"^(.*?):(\d+):(\d+): (warning|error): (.*) \[([^\]]+)\]$")


def default_tool(name, built):
    candidate = os.path.join(ROOT, "build", "bin", built) if built else None
    if candidate and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which(name) or name


def load_database(build):
    """The files of build/compile_commands.json; one error line on a bad one."""
    path = os.path.join(build, "compile_commands.json")
    try:
        with open(path) as f:
            entries = json.load(f)
    except OSError as e:
        sys.exit("run-project: error: cannot read %s: %s" % (path, e.strerror))
    except ValueError as e:
        sys.exit("run-project: error: %s is not valid JSON: %s" % (path, e))
    if not isinstance(entries, list):
        sys.exit("run-project: error: %s is not a list of compile commands"
                 % path)
    if not entries:
        sys.exit("run-project: error: %s is empty: it has no compile commands"
                 % path)
    files = []
    for number, entry in enumerate(entries, 1):
        problem = None
        if not isinstance(entry, dict):
            problem = "is not an object"
        elif not isinstance(entry.get("file"), str):
            problem = "has no \"file\""
        elif not isinstance(entry.get("directory"), str):
            problem = "has no \"directory\""
        elif "command" not in entry and "arguments" not in entry:
            problem = "has neither \"command\" nor \"arguments\""
        if problem:
            sys.exit("run-project: error: entry %d of %s %s" % (number, path,
                                                                problem))
        name = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if name not in files:
            files.append(name)
    return files


def merge_sarif(logs, missing=()):
    """Merges single-run SARIF logs into one run; duplicates (the same
    finding in a header seen from several units) are kept once. A unit in
    missing (name, exit status) wrote no log: a notification names it, and
    the run is marked unsuccessful, as a unit that does not compile is."""
    rules, rule_ids, results, seen = [], {}, [], set()
    bases, notifications, successful = {}, [], not missing
    for name, status in missing:
        notifications.append({
            "level": "error",
            "message": {"text": "'%s' was not analysed: coro-tidy exited "
                                "with %d and wrote no SARIF log (its output "
                                "says why)" % (name, status)}})
    template = None
    for log in logs:
        for run in log["runs"]:
            template = template or run
            for rule in run["tool"]["driver"].get("rules", []):
                if rule["id"] not in rule_ids:
                    rule_ids[rule["id"]] = len(rules)
                    rules.append(rule)
            bases.update(run.get("originalUriBaseIds", {}))
            for inv in run.get("invocations", []):
                successful = successful and inv["executionSuccessful"]
                for note in inv.get("toolExecutionNotifications", []):
                    if note not in notifications:
                        notifications.append(note)
            for result in run.get("results", []):
                key = json.dumps([result["ruleId"], result["message"],
                                  result.get("locations")], sort_keys=True)
                if key in seen:
                    continue
                seen.add(key)
                result = dict(result, ruleIndex=rule_ids[result["ruleId"]])
                results.append(result)
    run = {
        "tool": {"driver": dict(template["tool"]["driver"], rules=rules)
                 if template else {"name": "coro-tidy", "rules": []}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": successful,
                         "toolExecutionNotifications": notifications}],
        "results": results,
    }
    if bases:
        run["originalUriBaseIds"] = bases
    return {"$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/"
                       "errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0", "runs": [run]}


def write_atomically(path, text):
    """Writes through a temporary file beside path: never a partial file.
    Fails with one error line, and never replaces what is not a regular
    file (a device, a FIFO, a symlink)."""
    if os.path.lexists(path) and (os.path.islink(path) or
                                  not os.path.isfile(path)):
        sys.exit("run-project: error: cannot write %s: it exists and is not a "
                 "regular file" % path)
    directory = os.path.dirname(os.path.abspath(path))
    temp = None
    try:
        fd, temp = tempfile.mkstemp(dir=directory, prefix=".run-project-")
        with os.fdopen(fd, "w") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except OSError as e:
        if temp and os.path.exists(temp):
            os.remove(temp)
        sys.exit("run-project: error: cannot write %s: %s" % (path,
                                                              e.strerror))


def check_writable(path):
    """Fails now, not after the analysis, when path cannot be written."""
    if os.path.isdir(path):
        sys.exit("run-project: error: cannot write %s: it is a directory"
                 % path)
    try:
        fd, probe = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)),
                                     prefix=".run-project-")
        os.close(fd)
        os.remove(probe)
    except OSError as e:
        sys.exit("run-project: error: cannot write %s: %s" % (path,
                                                              e.strerror))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-p", dest="build", required=True,
                   help="directory with compile_commands.json")
    p.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--checks", help="passed to coro-tidy --checks")
    p.add_argument("--config-file", help="passed to coro-tidy --config-file")
    p.add_argument("--header-filter", help="passed to coro-tidy")
    p.add_argument("--warnings-as-errors", help="passed to coro-tidy")
    p.add_argument("--extra-arg", action="append", default=[])
    p.add_argument("--sarif", help="write one SARIF log for the whole run")
    p.add_argument("--sarif-root", help="make SARIF URIs relative to DIR")
    p.add_argument("--fix", action="store_true",
                   help="apply every fix-it with clang-apply-replacements")
    p.add_argument("--coro-tidy", default=default_tool("coro-tidy",
                                                       "coro-tidy"))
    p.add_argument("--clang-apply-replacements",
                   default=default_tool("clang-apply-replacements-22", None))
    p.add_argument("--quiet", action="store_true",
                   help="print only progress and the summary")
    p.add_argument("files", nargs="*", help="regexes selecting files")
    args = p.parse_args()

    # A file size limit (as on a full disk) fails the write, with one line.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    build = os.path.abspath(args.build)
    if args.sarif:
        check_writable(args.sarif)
    if args.sarif_root and not os.path.isdir(args.sarif_root):
        sys.exit("run-project: error: --sarif-root %s %s" % (
            args.sarif_root, "is not a directory"
            if os.path.exists(args.sarif_root) else "does not exist"))
    files = load_database(build)
    if args.files:
        wanted = [re.compile(r) for r in args.files]
        files = [f for f in files if any(r.search(f) for r in wanted)]
    if not files:
        sys.exit("run-project: error: no files to analyse in %s" % build)

    temp = tempfile.mkdtemp(prefix="coro-tidy-run-")
    lock = threading.Lock()
    done = [0]
    findings = collections.OrderedDict()
    failed = []
    status = {}

    def analyse(index, name):
        cmd = [args.coro_tidy, "-p", build, "--quiet"]
        if args.checks:
            cmd.append("--checks=" + args.checks)
        if args.config_file:
            cmd.append("--config-file=" + args.config_file)
        if args.header_filter:
            cmd.append("--header-filter=" + args.header_filter)
        if args.warnings_as_errors:
            cmd.append("--warnings-as-errors=" + args.warnings_as_errors)
        cmd += ["--extra-arg=" + a for a in args.extra_arg]
        if args.fix:
            cmd.append("--export-fixes=%s/%d.yaml" % (temp, index))
        if args.sarif:
            cmd.append("--export-sarif=%s/%d.sarif" % (temp, index))
            if args.sarif_root:
                cmd.append("--sarif-root=" + args.sarif_root)
        cmd.append(name)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
        with lock:
            done[0] += 1
            shown = os.path.relpath(name)
            status[index] = (shown, proc.returncode)
            print("[%d/%d] %s" % (done[0], len(files), shown), flush=True)
            for line in proc.stdout.splitlines():
                m = DIAG.match(line)
                if m:
                    key = m.group(1, 2, 3, 5)
                    for check in m.group(6).split(","):
                        if not check.startswith("-"):
                            findings.setdefault(key, check)
                            break
                if not args.quiet and not line.startswith(
                        ("Suppressed ", "Use -header-filter")) \
                        and not re.match(r"^\d+ warnings? generated\.$", line):
                    print(line)
            if proc.returncode != 0:
                failed.append(shown)
                print("run-project: %s failed (exit %d)" % (shown,
                                                            proc.returncode))
            sys.stdout.flush()

    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for future in [pool.submit(analyse, i, f)
                           for i, f in enumerate(files)]:
                future.result()

        per_check = collections.Counter(findings.values())
        print("Summary: %d finding(s) in %d unit(s)" % (len(findings),
                                                        len(files)))
        for check in sorted(per_check):
            print("  %-40s %d" % (check, per_check[check]))
        if failed:
            print("  %d unit(s) failed: %s" % (len(failed),
                                               ", ".join(sorted(failed))))

        if args.sarif:
            logs, missing = [], []
            for i in range(len(files)):
                path = os.path.join(temp, "%d.sarif" % i)
                if os.path.exists(path):
                    with open(path) as f:
                        logs.append(json.load(f))
                else:
                    missing.append(status[i])
            merged = merge_sarif(logs, missing)
            write_atomically(args.sarif, json.dumps(merged, indent=2) + "\n")
            print("SARIF: %d result(s) from %d of %d unit(s) written to %s" % (
                len(merged["runs"][0]["results"]), len(logs), len(files),
                args.sarif))

        if args.fix:
            if any(n.endswith(".yaml") for n in os.listdir(temp)):
                print("Applying fixes ...", flush=True)
                rc = subprocess.call([args.clang_apply_replacements, temp])
                if rc != 0:
                    print("run-project: clang-apply-replacements failed")
                    return 1
            else:
                print("No fixes to apply.")
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
