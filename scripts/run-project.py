#!/usr/bin/env python3
"""Runs coro-tidy over every file of a compilation database, in parallel.

  run-project.py -p BUILD [-j N] [--checks GLOBS] [--sarif FILE]
                 [--sarif-root DIR] [--fix] [--exclude GLOB ...]
                 [--baseline FILE] [--write-baseline FILE]
                 [--coro-tidy BIN] [--clang-apply-replacements BIN] [--quiet]
                 [--extra-arg ARG ...] [FILE-REGEX ...]

(installed as coro-tidy-project). Prints "[i/N] file" as each unit finishes,
followed by its diagnostics, then a summary per check (a finding in a header
that several units include is counted once). Paths are printed relative to
the current directory when they are under it, absolute otherwise, in the
progress lines and the diagnostics alike. A unit that does not compile (or
wrote no log) is named in the merged SARIF log's tool notifications and marks
it executionSuccessful: false; the other units' findings are all there; the
log's path (and --sarif-root) are checked before the analysis.

--exclude GLOB (repeatable) leaves out vendored or generated code: units
whose path matches are not analysed, and findings in matching headers are
not reported. A glob matches the whole path or its last components ("*"
also crosses "/"): "third_party/*", "*.pb.cc", "/opt/sdk/*".

--write-baseline FILE records today's findings, each by its fingerprint:
the check, the file (relative to FILE's directory) and the text of the
reported line with its spacing normalised, not the line number, so that
edits elsewhere in the file do not change it. --baseline FILE then reports
only the findings that are not in it, fails the run (exit 1) when there is
one, and says how many baselined findings are gone.

--sarif FILE merges the per-unit SARIF logs into one run for the whole
project (written atomically). --fix collects every unit's fixes with
--export-fixes, applies them once with clang-apply-replacements (which also
removes the duplicates coming from shared headers) and prints what it
applied, per file and check; fixes from units that do not compile are not
applied.

The exit status is 1 when a unit failed (it does not compile, a
configuration error, or a finding promoted with --warnings-as-errors) or,
with --baseline, when there is a new finding; 0 otherwise.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# A diagnostic's first line; its source excerpt and notes follow it.
DIAG = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|fatal error|note): "
                  r"(.*?)(?: \[([^\]]+)\])?$")
NOISE = re.compile(r"^(\d+ warnings? (generated|treated as errors?)\.?|"
                   r"Suppressed \d+ warnings.*|Use -header-filter.*|"
                   r"\d+ warnings? treated as errors?)$")
PROCESSING = re.compile(r"^(Error while processing )(.*)(\.)$")
BASELINE_VERSION = 1


def default_tool(name, built):
    """The tool next to this script (installed), in the build, or on PATH."""
    candidates = []
    if built:
        candidates = [os.path.join(HERE, built),
                      os.path.join(ROOT, "build", "bin", built)]
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which(name) or name


def shown(path):
    """How a path is printed: relative when under the current directory."""
    path = os.path.normpath(os.path.abspath(path))
    rel = os.path.relpath(path)
    return path if rel == os.pardir or rel.startswith(os.pardir + os.sep) \
        else rel


def glob_regex(glob):
    """A glob as a regex on absolute paths, in the syntax both Python and
    POSIX extended regexes (clang-tidy's --exclude-header-filter) read."""
    out = "^" if glob.startswith("/") else "(^|/)"
    i = 0
    while i < len(glob):
        c = glob[i]
        if c == "*":
            out += ".*"
        elif c == "?":
            out += "[^/]"
        elif c == "[" and "]" in glob[i + 1:]:
            end = glob.index("]", i + 1)
            body = glob[i + 1:end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out += "[" + body + "]"
            i = end
        elif c in ".^$+(){}|\\":
            out += "\\" + c
        else:
            out += c
        i += 1
    return out + "$"


def load_database(build):
    """The files of build/compile_commands.json, each with its directory;
    one error line on a bad database."""
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
    files = collections.OrderedDict()
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
        directory = os.path.abspath(entry["directory"])
        name = os.path.normpath(os.path.join(directory, entry["file"]))
        files.setdefault(name, os.path.normpath(directory))
    return files


class Baseline:
    """Findings by fingerprint: (check, file, normalised line text), each
    with how many times it occurs. Files are relative to the baseline's
    directory, with "/" separators."""

    def __init__(self, path):
        self.base = os.path.dirname(os.path.abspath(path))
        self.lines = {}

    def fingerprint(self, check, path, line):
        rel = os.path.relpath(path, self.base)
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            rel = path
        return (check, rel.replace(os.sep, "/"), self.line_text(path, line))

    def line_text(self, path, line):
        if path not in self.lines:
            try:
                with open(path, "rb") as f:
                    self.lines[path] = f.read().decode(
                        "utf-8", "replace").splitlines()
            except OSError:
                self.lines[path] = []
        text = self.lines[path]
        return " ".join(text[line - 1].split()) if 0 < line <= len(text) \
            else ""

    @staticmethod
    def read(path):
        """The counts of a baseline file; one error line when unreadable."""
        try:
            with open(path) as f:
                data = json.load(f)
            counts = collections.Counter()
            if data.get("version") != BASELINE_VERSION:
                raise ValueError("unknown version %r" % data.get("version"))
            for item in data["findings"]:
                counts[(item["check"], item["file"], item["line"])] += \
                    int(item.get("count", 1))
            return counts
        except OSError as e:
            sys.exit("run-project: error: cannot read baseline %s: %s" % (
                path, e.strerror))
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            sys.exit("run-project: error: %s is not a coro-tidy baseline: %s"
                     % (path, e))

    @staticmethod
    def render(counts):
        items = [{"check": c, "file": f, "line": l, "count": n}
                 for (c, f, l), n in sorted(counts.items())]
        return json.dumps({"version": BASELINE_VERSION, "tool": "coro-tidy",
                           "findings": items}, indent=2) + "\n"


def fixes_in(path):
    """The fixes of one --export-fixes file: (check, file, offset, message)
    of the diagnostic, and the files its replacements change."""
    try:
        import yaml
    except ImportError:
        return None
    with open(path) as f:
        data = yaml.safe_load(f) or {}
    result = []
    for diag in data.get("Diagnostics") or []:
        message = diag.get("DiagnosticMessage") or {}
        build = diag.get("BuildDirectory") or ""
        changed = sorted({os.path.normpath(os.path.join(build, r["FilePath"]))
                          for r in message.get("Replacements") or []})
        if changed:
            key = (diag.get("DiagnosticName"),
                   os.path.normpath(os.path.join(build,
                                                 message.get("FilePath", ""))),
                   message.get("FileOffset"), message.get("Message"))
            result.append((key, changed))
    return result


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


class Unit:
    """What one coro-tidy run said about its unit."""

    def __init__(self, name):
        self.name = name
        self.does_not_compile = False
        self.config_error = False
        self.promoted = 0    # new findings promoted by --warnings-as-errors
        self.tolerated = 0   # promoted findings that are baselined/excluded

    def status(self, returncode):
        if self.does_not_compile:
            return "does not compile"
        if self.config_error:
            return "configuration error"
        if self.promoted:
            return "findings"
        if returncode != 0 and not self.tolerated:
            return "coro-tidy error (exit %d)" % returncode
        return None


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
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="skip units and headers whose path matches GLOB")
    p.add_argument("--baseline", metavar="FILE",
                   help="report and fail only on findings not in FILE")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record the findings of this run in FILE")
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
    database = load_database(build)
    files = list(database)
    if args.files:
        wanted = [re.compile(r) for r in args.files]
        files = [f for f in files if any(r.search(f) for r in wanted)]
    excludes = [re.compile(glob_regex(g)) for g in args.exclude]

    def excluded(path):
        return any(r.search(path) for r in excludes)

    skipped = [f for f in files if excluded(f)]
    files = [f for f in files if not excluded(f)]
    if not files:
        sys.exit("run-project: error: no files to analyse in %s" % build)
    known = Baseline.read(args.baseline) if args.baseline else None
    remaining = collections.Counter(known) if known is not None else None
    matcher = Baseline(args.baseline or ".")
    recorder = Baseline(args.write_baseline) if args.write_baseline \
        else matcher
    recorded = collections.Counter()

    temp = tempfile.mkdtemp(prefix="coro-tidy-run-")
    lock = threading.Lock()
    done = [0]
    findings = collections.OrderedDict()  # (file, line, col, msg) -> check
    codes = {}                            # unit index -> (shown name, exit)
    baselined = {}                        # the same key -> in the baseline
    failed = collections.defaultdict(list)
    broken = set()                        # indices of units not compiling

    def classify(unit, block, directory):
        """Rewrites a diagnostic's paths; whether to print it."""
        m = DIAG.match(block[0])
        path = os.path.normpath(os.path.join(directory, m.group(1)))
        for i, line in enumerate(block):
            n = DIAG.match(line)
            if n and (i == 0 or n.group(4) == "note"):
                block[i] = shown(os.path.join(directory, n.group(1))) + \
                    line[len(n.group(1)):]
        level, tags = m.group(4), (m.group(6) or "").split(",")
        if any(t.startswith("clang-diagnostic-") for t in tags) and \
                level in ("error", "fatal error"):
            unit.does_not_compile = True
            return True
        if "clang-tidy-config" in tags:
            unit.config_error = level != "warning" or unit.config_error
            return True
        check = next((t for t in tags if t and not t.startswith("-")), None)
        if level == "note" or check is None or check.startswith(
                "clang-diagnostic-"):
            return True
        promoted = level == "error" and "-warnings-as-errors" in tags
        if excluded(path):
            unit.tolerated += promoted
            return False
        key = (path, int(m.group(2)), int(m.group(3)), m.group(5))
        if key not in findings:
            line = int(m.group(2))
            recorded[recorder.fingerprint(check, path, line)] += 1
            mark = matcher.fingerprint(check, path, line)
            old = remaining is not None and remaining[mark] > 0
            if old:
                remaining[mark] -= 1
            baselined[key] = old
            findings[key] = check
        if baselined[key]:
            unit.tolerated += promoted
            return False
        unit.promoted += promoted
        return True

    def analyse(index, name):
        cmd = [args.coro_tidy, "-p", build, "--quiet"]
        if args.checks:
            cmd.append("--checks=" + args.checks)
        if args.config_file:
            cmd.append("--config-file=" + args.config_file)
        if args.header_filter:
            cmd.append("--header-filter=" + args.header_filter)
        if excludes:
            cmd.append("--exclude-header-filter=" +
                       "|".join(r.pattern for r in excludes))
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
                              stderr=subprocess.STDOUT, text=True,
                              errors="replace")
        with lock:
            done[0] += 1
            print("[%d/%d] %s" % (done[0], len(files), shown(name)),
                  flush=True)
            unit = Unit(name)
            # Blocks: a diagnostic with its excerpt and notes; other lines
            # (a tool error) stand alone.
            blocks = []
            for line in proc.stdout.splitlines():
                if NOISE.match(line):
                    continue
                n = PROCESSING.match(line)
                if n:
                    line = n.group(1) + shown(n.group(2)) + n.group(3)
                m = DIAG.match(line)
                if m and m.group(4) != "note" or not blocks or \
                        not DIAG.match(blocks[-1][0]):
                    blocks.append([line])
                else:
                    blocks[-1].append(line)
            for block in blocks:
                show = classify(unit, block, database[name]) \
                    if DIAG.match(block[0]) else True
                if show and not args.quiet:
                    print("\n".join(block))
            status = unit.status(proc.returncode)
            codes[index] = (shown(name), proc.returncode)
            if unit.does_not_compile:
                broken.add(index)
            if status:
                failed[status].append(shown(name))
                print("run-project: %s failed: %s" % (shown(name), status))
            sys.stdout.flush()

    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for future in [pool.submit(analyse, i, f)
                           for i, f in enumerate(files)]:
                future.result()
        return finish(args, files, skipped, temp, findings, baselined,
                      failed, broken, known, remaining, recorded, excluded,
                      database, codes)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def finish(args, files, skipped, temp, findings, baselined, failed, broken,
           known, remaining, recorded, excluded, database, codes):
    """The summary, the baseline, the merged SARIF log and the fixes."""
    new = [check for key, check in findings.items() if not baselined[key]]
    per_check = collections.Counter(new)
    print("Summary: %d %sfinding(s) in %d unit(s)%s" % (
        len(new), "new " if known is not None else "", len(files),
        " (%d excluded)" % len(skipped) if skipped else ""))
    for check in sorted(per_check):
        print("  %-40s %d" % (check, per_check[check]))
    for status in sorted(failed):
        print("  %d unit(s) failed: %s: %s" % (
            len(failed[status]), status, ", ".join(sorted(failed[status]))))
    result = 1 if failed else 0

    if known is not None:
        # A baselined finding is gone when its file was analysed: in the
        # whole run, or as one of the selected units.
        analysed = None if not args.files else \
            {os.path.relpath(f, os.path.dirname(os.path.abspath(
                args.baseline))).replace(os.sep, "/") for f in files}
        gone = sum(n for (check, path, line), n in remaining.items()
                   if n > 0 and (analysed is None or path in analysed))
        print("Baseline: %d finding(s) in the baseline not shown, %d gone "
              "since it was written" % (sum(baselined.values()), gone))
        if new:
            result = 1
    if args.write_baseline:
        write_atomically(args.write_baseline, Baseline.render(recorded))
        print("Baseline: %d finding(s) written to %s" % (
            sum(recorded.values()), args.write_baseline))

    if args.sarif:
        logs, missing = [], []
        for i in range(len(files)):
            path = os.path.join(temp, "%d.sarif" % i)
            if os.path.exists(path):
                with open(path) as f:
                    logs.append(json.load(f))
            elif i in codes:
                missing.append(codes[i])
        merged = merge_sarif(logs, missing)
        write_atomically(args.sarif, json.dumps(merged, indent=2) + "\n")
        print("SARIF: %d result(s) from %d of %d unit(s) written to %s" % (
            len(merged["runs"][0]["results"]), len(logs), len(files),
            args.sarif))

    if args.fix:
        for i in broken:
            path = os.path.join(temp, "%d.yaml" % i)
            if os.path.exists(path):
                os.remove(path)
        if broken:
            print("run-project: the fixes of %d unit(s) that do not compile "
                  "are not applied" % len(broken))
        exported = sorted(n for n in os.listdir(temp) if n.endswith(".yaml"))
        if not exported:
            print("No fixes to apply.")
            return result
        applied, readable = {}, True
        for name in exported:
            fixes = fixes_in(os.path.join(temp, name))
            readable = readable and fixes is not None
            for key, changed in fixes or []:
                applied.setdefault(key, changed)
        print("Applying fixes ...", flush=True)
        rc = subprocess.call([args.clang_apply_replacements, temp])
        if rc != 0:
            print("run-project: clang-apply-replacements failed")
            return 1
        if readable:
            summarise_fixes(applied)
        else:
            print("Fixes applied (install python3-yaml for a summary per "
                  "file and check).")
    return result


def summarise_fixes(applied):
    per_file = collections.Counter()
    for (check, _, _, _), changed in applied.items():
        for path in changed:
            per_file[(shown(path), check)] += 1
    print("Applied %d fix(es) to %d file(s):" % (
        len(applied), len({path for path, _ in per_file})))
    for (path, check), n in sorted(per_file.items()):
        print("  %-40s %-32s %d" % (path, check, n))


if __name__ == "__main__":
    sys.exit(main())
